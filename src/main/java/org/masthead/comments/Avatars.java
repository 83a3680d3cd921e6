package org.masthead.comments;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.masthead.web.BadInput;

/**
 * Commenters' pictures, drawn here from the avatar key (a keyed hash of their email): a symmetric 5×5 pattern
 * in one colour. No request leaves the site, and the same reader always gets the same picture.
 */
public final class Avatars implements EndpointGroup {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{20}");

    @Override
    public void addEndpoints() {
        get("/avatars/{file}", this::avatar);
    }

    private void avatar(Context ctx) {
        String file = ctx.pathParam("file");
        String key = file.endsWith(".svg") ? file.substring(0, file.length() - 4) : "";
        if (!KEY.matcher(key).matches()) throw new BadInput(404, "There is no picture at this address.");
        byte[] svg = svg(key).getBytes(StandardCharsets.UTF_8);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType("image/svg+xml");
        ctx.header("Content-Length", String.valueOf(svg.length));
        ctx.result(svg);
    }

    static String svg(String key) {
        int hue = Integer.parseInt(key.substring(0, 3), 16) % 360;
        StringBuilder cells = new StringBuilder();
        long bits = Long.parseLong(key.substring(3, 15), 16);
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 3; col++) {
                if ((bits >> (row * 3 + col) & 1) == 0) continue;
                cells.append(rect(col, row));
                if (col < 2) cells.append(rect(4 - col, row));
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 5 5\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"5\" height=\"5\" fill=\"hsl(" + hue + ",45%,92%)\"/>"
                + "<g fill=\"hsl(" + hue + ",55%,38%)\">" + cells + "</g></svg>";
    }

    private static String rect(int x, int y) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"1\" height=\"1\"/>";
    }
}
