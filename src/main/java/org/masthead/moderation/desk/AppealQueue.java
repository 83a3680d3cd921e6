package org.masthead.moderation.desk;

import java.util.List;
import org.masthead.comments.CommentReviews;

/** A page of open appeals and their comments (in the same order), with how many are open in all. */
public record AppealQueue(List<Appeal> appeals, List<CommentReviews.Item> comments, int total) {}
