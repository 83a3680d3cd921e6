package org.masthead.readers;

import org.masthead.web.Frame;

/**
 * A short page about an account: "check your inbox", "confirmed", or a button to confirm what a link from an
 * email asks for (links only show; the POST acts, so mail scanners that open links change nothing).
 */
public record AccountNoticePage(Frame frame, String heading, String message, String confirmAction,
        String confirmLabel, String linkPath, String linkLabel) {

    static AccountNoticePage info(Frame frame, String heading, String message, String linkPath, String linkLabel) {
        return new AccountNoticePage(frame, heading, message, null, null, linkPath, linkLabel);
    }
}
