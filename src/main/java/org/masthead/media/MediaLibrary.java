package org.masthead.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.masthead.web.BadInput;

/**
 * Stores pictures re-encoded at responsive widths: JPEG, or PNG for pictures with transparency. Re-encoding from
 * pixels drops every piece of metadata (camera, GPS position) the original carried.
 */
public final class MediaLibrary {
    static final int[] WIDTHS = {480, 800, 1200, 1600};
    private static final float JPEG_QUALITY = 0.78f;
    private final Jdbi jdbi;
    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final long maxUploadBytes;

    public MediaLibrary(Jdbi jdbi, Path dataDir, long maxUploadBytes, Clock clock) {
        this.jdbi = jdbi;
        this.folder = dataDir.resolve("media");
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
    }

    /** The largest upload accepted, in bytes. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Stores an uploaded file: refused with a clear message when it is too large or not a JPEG, PNG or WebP picture. */
    public Image upload(byte[] file, String originalName, String altText, String caption, String credit) {
        if (file.length > maxUploadBytes) throw tooLarge();
        UploadedPicture picture = UploadedPicture.decode(file, originalName);
        return add(picture.pixels(), picture.originalName(), altText, caption, credit);
    }

    public BadInput tooLarge() {
        return new BadInput(413, "too-large", "The file is larger than " + maxUploadBytes / 1_000_000
                + " MB; please send a smaller picture.");
    }

    /** Changes what the picture's alt text, caption and credit say. */
    public Image describe(long id, String altText, String caption, String credit) {
        if (altText.length() > 1000 || caption.length() > 1000 || credit.length() > 300) {
            throw new BadInput("alt text and caption take at most 1,000 characters, the credit 300");
        }
        if (jdbi.withExtension(ImageStore.class, s -> s.describe(id, altText.strip(), caption.strip(), credit.strip())) == 0) {
            throw new BadInput(404, "There is no picture " + id + ".");
        }
        return find(id).orElseThrow();
    }

    /** The newest pictures first, those whose caption, alt text or file name contain {@code query} when it is not blank. */
    public Found search(String query, int page, int size) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        String pattern = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbi.withExtension(ImageStore.class, s -> new Found(
                s.search(pattern, size, (page - 1) * size), s.count(pattern)));
    }

    public record Found(List<Image> images, int total) {}

    public Path folder() {
        return folder;
    }

    public Image add(BufferedImage picture, String altText, String caption, String credit) {
        return add(picture, "", altText, caption, credit);
    }

    private Image add(BufferedImage picture, String originalName, String altText, String caption, String credit) {
        if (picture.getWidth() < 200 || picture.getHeight() < 100) {
            throw new BadInput("the picture is too small: at least 200 × 100 pixels, please");
        }
        byte[] keyBytes = new byte[8];
        random.nextBytes(keyBytes);
        String key = HexFormat.of().formatHex(keyBytes);
        List<Integer> widths = new ArrayList<>();
        // Transparency would turn black in a JPEG; such pictures (logos, diagrams) stay PNG.
        String format = picture.getColorModel().hasAlpha() ? "png" : "jpg";
        try {
            Files.createDirectories(folder);
            for (int w : WIDTHS) {
                if (w > picture.getWidth() && !widths.isEmpty()) break;
                int width = Math.min(w, picture.getWidth());
                Path file = folder.resolve(key + "-" + width + "." + format);
                if (format.equals("png")) writePng(scale(picture, width, BufferedImage.TYPE_INT_ARGB), file);
                else writeJpeg(scale(picture, width, BufferedImage.TYPE_INT_RGB), file);
                widths.add(width);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the picture in " + folder, e);
        }
        String widthList = widths.stream().map(String::valueOf).collect(Collectors.joining(","));
        long id = jdbi.withExtension(ImageStore.class, s -> s.insert(key, picture.getWidth(), picture.getHeight(),
                widthList, altText, caption, credit, format, originalName, clock.millis()));
        return new Image(id, key, picture.getWidth(), picture.getHeight(), widthList, altText, caption, credit, format,
                originalName);
    }

    public Optional<Image> find(long id) {
        return jdbi.withExtension(ImageStore.class, s -> s.find(id));
    }

    private static BufferedImage scale(BufferedImage source, int width, int type) {
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static void writePng(BufferedImage image, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (!ImageIO.write(image, "png", tmp.toFile())) throw new IOException("no PNG writer");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
