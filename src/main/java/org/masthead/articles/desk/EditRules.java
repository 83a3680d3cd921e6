package org.masthead.articles.desk;

import java.util.Collection;
import org.masthead.accounts.Permission;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.Story;
import org.masthead.web.BadInput;

/**
 * Who may change and publish which article, checked on the server for every request: contributors write drafts,
 * authors also publish their own stories, editors edit and publish anyone's.
 */
final class EditRules {
    private EditRules() {}

    static boolean mayEdit(StaffMember me, Story story) {
        return me.role().may(Permission.EDIT_ANY) || isAuthor(me, story);
    }

    static void requireMayEdit(StaffMember me, Story story) {
        if (!mayEdit(me, story)) {
            throw new BadInput(403, "You may edit only the articles you write; ask an editor to change this one.");
        }
    }

    /** Whether {@code me} may publish, schedule or unpublish an article by these authors. */
    static boolean mayPublish(StaffMember me, Collection<String> authorSlugs) {
        return me.role().may(Permission.PUBLISH_ANY)
                || me.role().may(Permission.PUBLISH_OWN) && authorSlugs.contains(me.slug());
    }

    static void requireMayPublish(StaffMember me, Collection<String> authorSlugs) {
        if (mayPublish(me, authorSlugs)) return;
        throw new BadInput(403, me.role().may(Permission.PUBLISH_OWN)
                ? "You may publish only articles you are an author of; ask an editor to publish this one."
                : "As a " + me.role().id() + " you may save drafts but not publish, schedule or unpublish; ask an editor.");
    }

    /** A live (or scheduled) article changes in public when saved, so saving it counts as publishing. */
    static boolean isLive(Story story) {
        return story != null && (story.status() == ArticleStatus.PUBLISHED || story.status() == ArticleStatus.SCHEDULED);
    }

    private static boolean isAuthor(StaffMember me, Story story) {
        return story.authors().stream().anyMatch(a -> a.id() == me.id());
    }
}
