package org.masthead.desk;

/** A short message after an action (a mail sent, a password set), with where to go next. */
public record NoticePage(DeskFrame frame, String heading, String message, String linkLabel, String linkHref) {}
