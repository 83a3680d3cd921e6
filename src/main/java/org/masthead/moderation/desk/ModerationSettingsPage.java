package org.masthead.moderation.desk;

import java.util.List;
import org.masthead.desk.DeskFrame;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.classifier.Label;
import org.masthead.moderation.classifier.Thresholds;
import org.masthead.web.FormState;

/** The moderation settings form, as stored or as typed with its errors; {@code defaults}: the start-up thresholds. */
public record ModerationSettingsPage(DeskFrame frame, FormState form, Thresholds defaults, String notice) {

    /** One classifier label's row of the thresholds table. */
    public record Row(Label label, String holdField, String rejectField, double holdDefault, double rejectDefault) {
        public boolean rejects() {
            return rejectField != null;
        }
    }

    public List<Row> rows() {
        return java.util.Arrays.stream(Label.values()).map(l -> new Row(l, ModerationSettings.THRESHOLD + l.id(),
                ModerationSettings.REJECTING.contains(l) ? ModerationSettings.REJECT + l.id() : null,
                defaults.hold().get(l), defaults.reject().get(l))).toList();
    }

    public String domainsField() {
        return ModerationSettingsRoutes.DOMAINS;
    }
}
