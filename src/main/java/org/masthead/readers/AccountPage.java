package org.masthead.readers;

import org.masthead.web.Frame;

/** The signed-in reader's own page. */
public record AccountPage(Frame frame, Reader reader) {}
