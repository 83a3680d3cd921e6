package org.masthead.media;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An uploaded picture, stored as JPEG (or, with transparency, PNG) files at several widths; alt text, caption and
 * credit travel with it. {@code originalName} is the file's name on the uploader's computer, for finding it again.
 */
public record Image(long id, String fileKey, int width, int height, String widths, String altText, String caption,
        String credit, String format, String originalName) {

    /** A story may be published with this picture only when a reader can tell what it shows and who made it. */
    public boolean describedForPublication() {
        return !altText.isBlank() && !caption.isBlank() && !credit.isBlank();
    }

    public List<Integer> availableWidths() {
        return Arrays.stream(widths.split(",")).map(Integer::parseInt).toList();
    }

    public String url(int w) {
        return "/media/" + fileKey + "-" + w + "." + format;
    }

    /** The middle width: a sensible {@code src} for browsers that ignore {@code srcset}. */
    public String defaultUrl() {
        List<Integer> ws = availableWidths();
        return url(ws.get(ws.size() / 2));
    }

    public String largestUrl() {
        List<Integer> ws = availableWidths();
        return url(ws.getLast());
    }

    public String srcset() {
        return availableWidths().stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** Height of the picture when shown at {@code w} pixels wide, for width/height attributes (no layout shift). */
    public int heightAt(int w) {
        return Math.round((float) height * w / width);
    }
}
