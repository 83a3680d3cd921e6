package org.masthead.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One stored comment (instants in epoch milliseconds). */
public record CommentRow(long id, long articleId, Long parentId, long threadId, String path, int depth,
        String authorName, String authorEmail, Long readerId, String bodyText, String bodyHtml, String status,
        String ownerKeyHash, boolean notifyReplies, int likeCount, long createdAt, Long editedAt) {

    public boolean isPublished() {
        return status.equals("published");
    }

    /**
     * Reads {@link CommentStore#COLUMNS}, in that order. Written by hand because JDBI's constructor mapper matches
     * columns to parameters by reflection for every statement: measured at about a quarter of a millisecond per query.
     */
    public static final class Mapper implements RowMapper<CommentRow> {
        @Override
        public CommentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CommentRow(rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), rs.getLong(4), rs.getString(5),
                    rs.getInt(6), rs.getString(7), rs.getString(8), nullableLong(rs, 9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14), rs.getInt(15),
                    rs.getLong(16), nullableLong(rs, 17));
        }

        private static Long nullableLong(ResultSet rs, int column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }
    }
}
