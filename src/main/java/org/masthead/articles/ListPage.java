package org.masthead.articles;

import org.masthead.web.Frame;

/**
 * A section, tag, author or date page: a heading, an optional description and one page of stories.
 * {@code basePath} is the list's own address; pagination links add {@code ?page=N} to it.
 */
public record ListPage(Frame frame, String kicker, String heading, String description, Page<Teaser> stories,
        String basePath) {

    public String pagePath(int number) {
        return number == 1 ? basePath : basePath + "?page=" + number;
    }
}
