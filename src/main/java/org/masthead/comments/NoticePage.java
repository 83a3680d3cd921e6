package org.masthead.comments;

import org.masthead.web.Frame;

/** A short page after a comment action: held for moderation, reported, unsubscribed... with a way back. */
public record NoticePage(Frame frame, String heading, String message, Comment comment, String backPath,
        String backLabel, String confirmAction, String confirmLabel) {}
