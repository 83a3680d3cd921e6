package org.masthead.moderation.desk;

import org.masthead.desk.DeskFrame;

/** A reader's history page; {@code error} and {@code noteText}: a note that was refused, kept for correcting. */
public record ReaderPage(DeskFrame frame, ReaderHistory history, String notice, String error, String noteText) {}
