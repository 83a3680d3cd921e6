package org.masthead.articles;

import java.util.List;
import java.util.Map;

/** How many published comments each article has; the comments feature answers, lists of stories ask. */
public interface CommentCounts {
    Map<Long, Integer> counts(List<Long> articleIds);
}
