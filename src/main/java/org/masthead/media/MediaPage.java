package org.masthead.media;

import java.util.List;
import org.masthead.web.FormState;
import org.masthead.desk.DeskFrame;

/**
 * The media library: one page of pictures, found by {@code query}; {@code forArticle} (0: none) when a journalist
 * came to pick a picture for an article. {@code form} is the upload form with its errors.
 */
public record MediaPage(DeskFrame frame, List<Image> images, int page, int lastPage, String query, long forArticle,
        FormState form, long maxUploadMb, String notice) {

    public String pagePath(int number) {
        StringBuilder q = new StringBuilder();
        if (!query.isEmpty()) q.append("q=").append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        if (forArticle > 0) q.append(q.isEmpty() ? "" : "&").append("for=").append(forArticle);
        if (number > 1) q.append(q.isEmpty() ? "" : "&").append("page=").append(number);
        return "/desk/media/" + (q.isEmpty() ? "" : "?" + q);
    }
}
