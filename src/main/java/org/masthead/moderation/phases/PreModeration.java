package org.masthead.moderation.phases;

import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;

/** When the site pre-moderates everything ({@code moderation.mode = all}), every comment waits for a moderator. */
public final class PreModeration implements Phase {
    private final Supplier<ModerationSettings> settings;

    public PreModeration(Supplier<ModerationSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        if (settings.get().mode() != ModerationSettings.Mode.ALL) return Optional.empty();
        return Optional.of(new Decision.Review(new Reason("pre-moderation", "all",
                "This site's moderators read every comment before it appears.")));
    }
}
