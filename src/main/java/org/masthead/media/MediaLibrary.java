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
 * Stores pictures as re-encoded JPEGs at responsive widths. Re-encoding from pixels drops every piece
 * of metadata (camera, GPS position) the original carried.
 */
public final class MediaLibrary {
    static final int[] WIDTHS = {480, 800, 1200, 1600};
    private static final float JPEG_QUALITY = 0.78f;
    private final Jdbi jdbi;
    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public MediaLibrary(Jdbi jdbi, Path dataDir, Clock clock) {
        this.jdbi = jdbi;
        this.folder = dataDir.resolve("media");
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    public Image add(BufferedImage picture, String altText, String caption, String credit) {
        if (picture.getWidth() < 200 || picture.getHeight() < 100) {
            throw new BadInput("the picture is too small: at least 200 × 100 pixels, please");
        }
        byte[] keyBytes = new byte[8];
        random.nextBytes(keyBytes);
        String key = HexFormat.of().formatHex(keyBytes);
        List<Integer> widths = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int w : WIDTHS) {
                if (w > picture.getWidth() && !widths.isEmpty()) break;
                int width = Math.min(w, picture.getWidth());
                writeJpeg(scale(picture, width), folder.resolve(key + "-" + width + ".jpg"));
                widths.add(width);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the picture in " + folder, e);
        }
        String widthList = widths.stream().map(String::valueOf).collect(Collectors.joining(","));
        long id = jdbi.withExtension(ImageStore.class, s -> s.insert(key, picture.getWidth(), picture.getHeight(),
                widthList, altText, caption, credit, clock.millis()));
        return new Image(id, key, picture.getWidth(), picture.getHeight(), widthList, altText, caption, credit);
    }

    public Optional<Image> find(long id) {
        return jdbi.withExtension(ImageStore.class, s -> s.find(id));
    }

    private static BufferedImage scale(BufferedImage source, int width) {
        int height = Math.round((float) source.getHeight() * width / source.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
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
