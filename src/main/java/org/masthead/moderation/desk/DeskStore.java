package org.masthead.moderation.desk;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The desk's own tables: moderators' actions, their notes on readers, and readers' appeals. */
@RegisterConstructorMapper(ModeratorAction.class)
@RegisterConstructorMapper(ReaderNote.class)
@RegisterConstructorMapper(Appeal.class)
public interface DeskStore {
    @SqlUpdate("""
            INSERT INTO moderation_actions (comment_id, reader_email, action, reason, detail, staff_id, staff_name, created_at)
            VALUES (:commentId, :readerEmail, :action, :reason, :detail, :staffId, :staffName, :now)""")
    void record(Long commentId, String readerEmail, String action, String reason, String detail, long staffId,
            String staffName, long now);

    @SqlQuery("""
            SELECT id, comment_id, reader_email, action, reason, detail, staff_name, created_at FROM moderation_actions
             WHERE reader_email = :readerEmail ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<ModeratorAction> actionsOn(String readerEmail, int limit);

    /** The latest rejection of the comment: the statement of reasons its author sees. */
    @SqlQuery("""
            SELECT id, comment_id, reader_email, action, reason, detail, staff_name, created_at FROM moderation_actions
             WHERE comment_id = :commentId AND action = 'reject' ORDER BY created_at DESC, id DESC LIMIT 1""")
    Optional<ModeratorAction> lastRejection(long commentId);

    @SqlUpdate("""
            INSERT INTO reader_notes (reader_email, body, staff_id, staff_name, created_at)
            VALUES (:readerEmail, :body, :staffId, :staffName, :now)""")
    void addNote(String readerEmail, String body, long staffId, String staffName, long now);

    @SqlQuery("SELECT id, reader_email, body, staff_name, created_at FROM reader_notes WHERE reader_email = :readerEmail"
            + " ORDER BY created_at DESC, id DESC")
    List<ReaderNote> notesOn(String readerEmail);

    /** Stores the appeal unless the comment has one already; returns how many rows were added (0 or 1). */
    @SqlUpdate("INSERT INTO comment_appeals (comment_id, body, created_at) VALUES (:commentId, :body, :now) ON CONFLICT DO NOTHING")
    int appeal(long commentId, String body, long now);

    @SqlQuery("SELECT id, comment_id, body, outcome, created_at, decided_at, decided_by FROM comment_appeals"
            + " WHERE comment_id = :commentId")
    Optional<Appeal> appealFor(long commentId);

    @SqlQuery("""
            SELECT id, comment_id, body, outcome, created_at, decided_at, decided_by FROM comment_appeals
             WHERE outcome = 'open' ORDER BY created_at <direction>, id <direction> LIMIT :limit OFFSET :offset""")
    List<Appeal> openAppeals(@org.jdbi.v3.sqlobject.customizer.Define String direction, int limit, int offset);

    @SqlQuery("SELECT count(*) FROM comment_appeals WHERE outcome = 'open'")
    int openAppealCount();

    /** Closes an open appeal; returns 0 when it was already decided (by another moderator, a moment ago). */
    @SqlUpdate("""
            UPDATE comment_appeals SET outcome = :outcome, decided_at = :now, decided_by = :staffName
             WHERE comment_id = :commentId AND outcome = 'open'""")
    int decide(long commentId, String outcome, String staffName, long now);
}
