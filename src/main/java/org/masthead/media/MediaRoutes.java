package org.masthead.media;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.masthead.web.BadInput;

/** Serves the stored picture files. Their names never change content, so browsers may keep them for a year. */
public final class MediaRoutes implements EndpointGroup {
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{16}-[0-9]{2,5}\\.(jpg|png)");
    private final MediaLibrary media;

    public MediaRoutes(MediaLibrary media) {
        this.media = media;
    }

    @Override
    public void addEndpoints() {
        get("/media/{file}", this::file);
    }

    private void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        // The pattern admits no slashes or dots beyond the extension, so no path can leave the folder.
        if (!FILE_NAME.matcher(name).matches()) throw new BadInput(404, "There is no picture at this address.");
        Path file = media.folder().resolve(name);
        if (!Files.isRegularFile(file)) throw new BadInput(404, "There is no picture at this address.");
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(name.endsWith(".png") ? "image/png" : "image/jpeg");
        ctx.header("Content-Length", String.valueOf(Files.size(file)));
        ctx.result(Files.readAllBytes(file));
    }
}
