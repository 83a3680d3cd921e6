package org.masthead.articles;

import java.util.Set;

/**
 * Says which cached pages went stale, by the dependency keys pages are tagged with:
 * "article:7", "section:3", "tag:12", "author:2", "home" (every list of all stories) and "site".
 */
public record ContentChange(Set<String> keys) {
    public interface Listener {
        void changed(ContentChange change);
    }
}
