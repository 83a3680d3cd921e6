package org.masthead.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.masthead.web.BadInput;

/**
 * A picture file as a journalist uploaded it, decoded to pixels. The format is told by the bytes, never by the
 * file's name; only JPEG, PNG and WebP are accepted. The size is checked before the pixels are decoded, so a
 * small file claiming a gigantic picture cannot exhaust the memory.
 */
public record UploadedPicture(BufferedImage pixels, String originalName) {
    private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");
    static final long MAX_PIXELS = 50_000_000;

    public static UploadedPicture decode(byte[] bytes, String originalName) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw notAPicture();
            ImageReader reader = readers.next();
            try {
                if (!ACCEPTED.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) throw notAPicture();
                reader.setInput(in, true, true); // metadata is never kept: only which way up the photo goes is read
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new BadInput(413, "too-large", "The picture has more than 50 million pixels; please send a smaller one.");
                }
                // Turned upright before the metadata that says how is dropped.
                return new UploadedPicture(ExifOrientation.upright(reader.read(0), bytes), name(originalName));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInput bad) throw bad;
            throw new BadInput(415, "unsupported-media-type",
                    "The picture could not be read; the file may be damaged. Please try another.");
        }
    }

    private static BadInput notAPicture() {
        return new BadInput(415, "unsupported-media-type", "That file is not a JPEG, PNG or WebP picture.");
    }

    private static String name(String originalName) {
        if (originalName == null) return "";
        String name = originalName.replaceAll("^.*[/\\\\]", "").strip(); // some browsers send a whole path
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}
