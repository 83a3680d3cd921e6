package org.masthead.articles.desk;

import java.util.List;
import org.masthead.articles.LineDiff;
import org.masthead.articles.Revisions;
import org.masthead.articles.Story;
import org.masthead.desk.DeskFrame;

/** An article's revisions, newest first, and the difference between two of them ({@code diff} empty if fewer than two). */
public record RevisionsPage(DeskFrame frame, Story story, List<Revisions.Summary> revisions, int from, int to,
        List<LineDiff.Line> diff, boolean mayRestore) {}
