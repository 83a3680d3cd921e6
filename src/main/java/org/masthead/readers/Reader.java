package org.masthead.readers;

/** A reader's account as the rest of the site sees it: never with its password hash. */
public record Reader(long id, String email, String name, boolean emailConfirmed) {}
