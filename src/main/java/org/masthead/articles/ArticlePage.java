package org.masthead.articles;

import java.util.List;
import org.masthead.comments.CommentSection;
import org.masthead.web.Frame;

/** The reader's article page. */
public record ArticlePage(Frame frame, Story story, List<Teaser> related, CommentSection comments) {}
