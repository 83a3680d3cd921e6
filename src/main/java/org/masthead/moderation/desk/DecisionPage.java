package org.masthead.moderation.desk;

import org.masthead.articles.ArticleRef;
import org.masthead.comments.Comment;
import org.masthead.web.Frame;

/** The statement of reasons as its author reads it, with the appeal form ({@code error}, {@code text}: a refusal). */
public record DecisionPage(Frame frame, Statement statement, Comment comment, ArticleRef article, String action,
        String error, String text) {}
