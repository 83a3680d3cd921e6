-- The moderators' desk: what moderators did to comments, their notes on readers, and readers' appeals.
-- A reader is known by the email address their comments carry (every comment has one; signed-in readers' comments
-- carry their account's), lower-cased, so guests and account holders are treated alike.

-- When a moderator approved the comment (NULL: never): the "approved" queue lists these, newest approval first.
ALTER TABLE comments ADD COLUMN approved_at BIGINT;
-- Reports up to this instant have been dealt with by a moderator; only newer ones put the comment back in the
-- "reported" queue.
ALTER TABLE comments ADD COLUMN reports_seen_at BIGINT;
CREATE INDEX comments_approved ON comments (approved_at);
CREATE INDEX comments_by_author ON comments (author_email, approved_at);

-- Every moderator action, one row each (also written to the staff audit log). For a rejection, reason is the
-- code of the statement of reasons shown to the author and detail an optional sentence for them.
CREATE TABLE moderation_actions (
    id ${id},
    comment_id   BIGINT REFERENCES comments (id) ON DELETE CASCADE,
    reader_email VARCHAR(320)  NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    reason       VARCHAR(40)   NOT NULL DEFAULT '',
    detail       VARCHAR(1000) NOT NULL DEFAULT '',
    staff_id     BIGINT        NOT NULL,
    staff_name   VARCHAR(100)  NOT NULL,
    created_at   BIGINT        NOT NULL
);
CREATE INDEX moderation_actions_comment ON moderation_actions (comment_id, created_at);
CREATE INDEX moderation_actions_reader ON moderation_actions (reader_email, created_at);

-- Moderators' notes on a reader, seen only by staff.
CREATE TABLE reader_notes (
    id ${id},
    reader_email VARCHAR(320)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    staff_id     BIGINT        NOT NULL,
    staff_name   VARCHAR(100)  NOT NULL,
    created_at   BIGINT        NOT NULL
);
CREATE INDEX reader_notes_reader ON reader_notes (reader_email, created_at);

-- A second look asked for by the author of a rejected comment: one per comment, ever (the UNIQUE key says so).
CREATE TABLE comment_appeals (
    id ${id},
    comment_id BIGINT        NOT NULL UNIQUE REFERENCES comments (id) ON DELETE CASCADE,
    body       VARCHAR(2000) NOT NULL,
    outcome    VARCHAR(20)   NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'upheld', 'reinstated')),
    created_at BIGINT        NOT NULL,
    decided_at BIGINT,
    decided_by VARCHAR(100)  NOT NULL DEFAULT ''
);
CREATE INDEX comment_appeals_open ON comment_appeals (outcome, created_at);
