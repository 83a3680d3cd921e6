package org.masthead.moderation.desk;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.masthead.accounts.StaffMember;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;
import org.masthead.comments.CommentReviews;
import org.masthead.comments.CommentRow;
import org.masthead.comments.Comments;
import org.masthead.moderation.sanctions.Commenter;
import org.masthead.moderation.sanctions.Sanction;
import org.masthead.moderation.sanctions.Sanctions;
import org.masthead.web.BadInput;

/**
 * What moderators do to comments and readers: approve, reject with a reason the author is told, notes on readers,
 * second looks asked for by authors. Every action is recorded in {@code moderation_actions}.
 */
public final class ModerationDesk {
    private static final int MAX_NOTE = 2000;
    private static final int MAX_AUTHOR_NOTE = 1000;
    /** A bulk action beyond this is more likely a mistake (or a forged form) than a moderator's choice. */
    static final int MAX_BULK = 100;

    private final Jdbi jdbi;
    private final Comments comments;
    private final CommentReviews reviews;
    private final Articles articles;
    private final StatementOfReasons statements;
    private final Sanctions sanctions;
    private final Clock clock;

    public ModerationDesk(Jdbi jdbi, Comments comments, Articles articles, StatementOfReasons statements,
            Sanctions sanctions, Clock clock) {
        this.jdbi = jdbi;
        this.comments = comments;
        this.reviews = new CommentReviews(jdbi);
        this.articles = articles;
        this.statements = statements;
        this.sanctions = sanctions;
        this.clock = clock;
    }

    public CommentReviews reviews() {
        return reviews;
    }

    public StatementOfReasons statements() {
        return statements;
    }

    /** Publishes a held comment, keeps a reported one, or reinstates a rejected one. */
    public CommentRow approve(StaffMember by, long commentId) {
        CommentRow row = comments.approve(commentId);
        record(by, row, "approve", "", "");
        return row;
    }

    /** Rejects the comment and tells its author why (on their view of it, and by email). */
    public CommentRow reject(StaffMember by, long commentId, RejectionReason reason, String noteToAuthor) {
        String note = checkedNote(noteToAuthor);
        CommentRow before = comments.find(commentId);
        CommentRow row = comments.reject(commentId);
        record(by, row, "reject", reason.code, note);
        if (!before.status().equals("rejected")) {
            String title = articles.ref(row.articleId()).map(ArticleRef::title).orElse("an article");
            statements.send(row, title, reason, note);
        }
        return row;
    }

    /** The same action on many comments; returns how many it applied to (deleted ones are skipped). */
    public int approveAll(StaffMember by, List<Long> ids) {
        checkBulk(ids);
        int done = 0;
        for (long id : ids) {
            if (skippable(id)) continue;
            approve(by, id);
            done++;
        }
        return done;
    }

    public int rejectAll(StaffMember by, List<Long> ids, RejectionReason reason, String noteToAuthor) {
        checkBulk(ids);
        checkedNote(noteToAuthor);
        int done = 0;
        for (long id : ids) {
            if (skippable(id)) continue;
            reject(by, id, reason, noteToAuthor);
            done++;
        }
        return done;
    }

    // --- sanctions ---

    /** What a moderator may impose on a writer: {@code days} only for a suspension (1 to 365). */
    public record Measure(Sanction.Kind kind, int days, String reason) {
        public Measure {
            reason = reason == null ? "" : reason.strip();
            if (kind == Sanction.Kind.SUSPEND && (days < 1 || days > 365)) {
                throw new BadInput("A suspension lasts from 1 to 365 days.");
            }
            if (reason.length() > 1000) throw new BadInput("Please give the reason in at most 1,000 characters.");
        }
    }

    /**
     * Imposes the measure on the writers of these comments (each writer once). A ban or suspension also rejects the
     * comments (with {@code rejection}, told to their authors); "always pre-moderate" leaves them as they are.
     * Returns how many writers it reached.
     */
    public int sanctionWriters(StaffMember by, List<Long> ids, Measure measure, RejectionReason rejection, String note) {
        checkBulk(ids);
        checkedNote(note);
        java.util.Set<String> done = new java.util.HashSet<>();
        for (CommentReviews.Item item : reviews.byIds(ids)) {
            CommentRow c = item.comment();
            if (measure.kind() != Sanction.Kind.PREMODERATE && !c.status().equals("deleted")) {
                reject(by, c.id(), rejection, note);
            }
            if (done.add(reader(c.authorEmail()))) impose(by, new Commenter(c.readerId(), c.authorEmail(), item.ipHash()), measure);
        }
        return done.size();
    }

    /** Imposes the measure on a reader known by email (from their history page). */
    public void sanctionReader(StaffMember by, String readerEmail, Measure measure) {
        String email = reader(readerEmail);
        List<CommentReviews.Item> latest = reviews.byAuthor(email, 1);
        Long readerId = latest.isEmpty() ? null : latest.get(0).comment().readerId();
        String ipHash = latest.isEmpty() ? null : latest.get(0).ipHash();
        impose(by, new Commenter(readerId, email, ipHash), measure);
    }

    private void impose(StaffMember by, Commenter who, Measure m) {
        Sanction s = switch (m.kind()) {
            case BAN -> sanctions.ban(who, m.reason(), by.name());
            case SUSPEND -> sanctions.suspend(who, clock.instant().plus(java.time.Duration.ofDays(m.days())), m.reason(),
                    by.name());
            case PREMODERATE -> sanctions.premoderate(who, m.reason(), by.name());
        };
        String detail = (s.endsAt() == null ? "" : "until " + s.endsAt() + (m.reason().isEmpty() ? "" : "; ")) + m.reason();
        jdbi.useExtension(DeskStore.class, st -> st.record(null, reader(who.email()), m.kind().id(), "", detail, by.id(),
                by.name(), clock.millis()));
    }

    /** Ends a sanction of this reader now; it stays in their history. */
    public void lift(StaffMember by, String readerEmail, long sanctionId) {
        String email = reader(readerEmail);
        boolean theirs = sanctions.of(null, email).stream().anyMatch(s -> s.id() == sanctionId);
        if (!theirs) throw new BadInput(404, "This reader has no such sanction.");
        Sanction lifted = sanctions.lift(sanctionId, by.name());
        jdbi.useExtension(DeskStore.class, st -> st.record(null, email, "lift", "", lifted.kind().id(), by.id(), by.name(),
                clock.millis()));
    }

    // --- readers ---

    /** A moderator's note on a reader (by the email their comments carry). */
    public void note(StaffMember by, String readerEmail, String text) {
        String email = reader(readerEmail);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) throw new BadInput("Please write the note.");
        if (body.length() > MAX_NOTE) throw new BadInput("A note can have at most " + MAX_NOTE + " characters.");
        jdbi.useExtension(DeskStore.class, s -> s.addNote(email, body, by.id(), by.name(), clock.millis()));
        jdbi.useExtension(DeskStore.class, s -> s.record(null, email, "note", "", "", by.id(), by.name(), clock.millis()));
    }

    /** Everything the desk knows about a reader: their comments (any status), moderators' notes and actions. */
    public ReaderHistory history(String readerEmail) {
        String email = reader(readerEmail);
        List<CommentReviews.Item> written = reviews.byAuthor(email, 200);
        Long readerId = written.stream().map(i -> i.comment().readerId()).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return jdbi.withExtension(DeskStore.class, s -> new ReaderHistory(email,
                written.isEmpty() ? email : written.get(0).comment().authorName(), written, sanctions.of(readerId, email),
                s.notesOn(email), s.actionsOn(email, 200), clock.instant()));
    }

    // --- statements of reasons and appeals ---

    /** Why the comment was rejected, for its author; empty when it is not (or no longer) rejected. */
    public Optional<Statement> statement(long commentId) {
        CommentRow row = comments.find(commentId);
        if (!row.status().equals("rejected")) return Optional.empty();
        return jdbi.withExtension(DeskStore.class, s -> s.lastRejection(commentId).map(action -> new Statement(row,
                RejectionReason.byCode(action.reason()).orElse(RejectionReason.RULES), action.detail(), action.at(),
                s.appealFor(commentId))));
    }

    /** The author asks for a second look: once per comment, while it is rejected. */
    public void appeal(long commentId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.length() > MAX_NOTE) throw new BadInput("Please explain in at most " + MAX_NOTE + " characters.");
        Statement statement = statement(commentId)
                .orElseThrow(() -> new BadInput(409, "This comment is not rejected, so there is nothing to look at again."));
        boolean stored = statement.appeal().isEmpty()
                && jdbi.withExtension(DeskStore.class, s -> s.appeal(commentId, body, clock.millis())) == 1;
        if (!stored) {
            throw new BadInput(409, "already-appealed", "You have already asked for a second look at this comment. "
                    + "A comment can be looked at again only once.");
        }
    }

    /** A moderator decides an appeal: reinstate publishes the comment, uphold keeps it rejected. */
    public void decideAppeal(StaffMember by, long commentId, boolean reinstate) {
        CommentRow row = comments.find(commentId);
        int decided = jdbi.withExtension(DeskStore.class,
                s -> s.decide(commentId, reinstate ? "reinstated" : "upheld", by.name(), clock.millis()));
        if (decided == 0) throw new BadInput(409, "This appeal has been decided already.");
        if (reinstate) comments.approve(commentId);
        record(by, row, reinstate ? "reinstate" : "uphold", "", "");
    }

    /** Open appeals with their comments, oldest first by default (they wait longest). */
    public AppealQueue appeals(boolean oldestFirst, int page, int perPage) {
        return jdbi.withExtension(DeskStore.class, s -> {
            List<Appeal> open = s.openAppeals(oldestFirst ? "ASC" : "DESC", perPage, (page - 1) * perPage);
            List<CommentReviews.Item> items = reviews.byIds(open.stream().map(Appeal::commentId).toList());
            return new AppealQueue(open, items, s.openAppealCount());
        });
    }

    // --- helpers ---

    private void record(StaffMember by, CommentRow row, String action, String reason, String detail) {
        jdbi.useExtension(DeskStore.class, s -> s.record(row.id(), reader(row.authorEmail()), action, reason, detail,
                by.id(), by.name(), clock.millis()));
    }

    private boolean skippable(long id) {
        return comments.find(id).status().equals("deleted");
    }

    private static void checkBulk(List<Long> ids) {
        if (ids.isEmpty()) throw new BadInput("Please select at least one comment.");
        if (ids.size() > MAX_BULK) throw new BadInput("Please select at most " + MAX_BULK + " comments at a time.");
    }

    private static String checkedNote(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_AUTHOR_NOTE) {
            throw new BadInput("The note to the author can have at most " + MAX_AUTHOR_NOTE + " characters.");
        }
        return text;
    }

    /** A reader is known by their email address, compared without regard to case. */
    static String reader(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.length() > 320 || !e.contains("@")) throw new BadInput(404, "There is no such reader.");
        return e;
    }
}
