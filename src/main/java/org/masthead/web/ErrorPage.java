package org.masthead.web;

/** A 404, 400 or 500 page in the site's design. */
public record ErrorPage(Frame frame, int status, String heading, String message) {}
