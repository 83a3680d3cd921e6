package org.masthead.moderation.desk;

import org.masthead.desk.DeskFrame;

/**
 * A reader's history page. {@code error} says why the last form was refused: {@code form} names which one ("note"
 * or "sanction"), and {@code noteText} keeps a refused note for correcting.
 */
public record ReaderPage(DeskFrame frame, ReaderHistory history, String notice, String error, String form,
        String noteText) {

    public String noteError() {
        return "note".equals(form) ? error : null;
    }

    public String sanctionError() {
        return "sanction".equals(form) ? error : null;
    }
}
