package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading which way up a photo goes, and turning its pixels that way before its metadata is dropped. */
class ExifOrientationTest {
    /** A 3 × 2 picture whose six pixels are numbered 1 to 6, row by row: 1 2 3 / 4 5 6. */
    private static BufferedImage numbered() {
        BufferedImage p = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) p.setRGB(i % 3, i / 3, i + 1);
        return p;
    }

    /** The pixels' numbers row by row, rows separated by '/'. */
    private static String rows(BufferedImage p) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < p.getHeight(); y++) {
            if (y > 0) out.append('/');
            for (int x = 0; x < p.getWidth(); x++) out.append(p.getRGB(x, y) & 0xFFFFFF);
        }
        return out.toString();
    }

    @Test
    void each_of_the_eight_orientations_turns_and_mirrors_as_exif_defines() {
        assertThat(rows(ExifOrientation.apply(numbered(), 1))).isEqualTo("123/456");
        assertThat(rows(ExifOrientation.apply(numbered(), 2))).isEqualTo("321/654");
        assertThat(rows(ExifOrientation.apply(numbered(), 3))).isEqualTo("654/321");
        assertThat(rows(ExifOrientation.apply(numbered(), 4))).isEqualTo("456/123");
        assertThat(rows(ExifOrientation.apply(numbered(), 5))).isEqualTo("14/25/36");
        assertThat(rows(ExifOrientation.apply(numbered(), 6))).isEqualTo("41/52/63");
        assertThat(rows(ExifOrientation.apply(numbered(), 7))).isEqualTo("63/52/41");
        assertThat(rows(ExifOrientation.apply(numbered(), 8))).isEqualTo("36/25/14");
    }

    @Test
    void the_orientation_is_read_in_either_byte_order_and_missing_or_broken_data_means_as_stored() throws IOException {
        byte[] jpeg = jpeg();
        assertThat(ExifOrientation.of(withOrientation(jpeg, 6, false))).isEqualTo(6);
        assertThat(ExifOrientation.of(withOrientation(jpeg, 8, true))).isEqualTo(8);
        assertThat(ExifOrientation.of(jpeg)).isEqualTo(1);
        assertThat(ExifOrientation.of(withOrientation(jpeg, 42, false))).isEqualTo(1);
        assertThat(ExifOrientation.of(PictureUploadTest.withExif(jpeg, "\u00ff\u00ff not a directory"))).isEqualTo(1);
        byte[] cut = withOrientation(jpeg, 6, true);
        assertThat(ExifOrientation.of(java.util.Arrays.copyOf(cut, 30))).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[0])).isEqualTo(1);
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF segment as a camera writes it: one directory entry, the orientation. */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes((littleEndian ? "II" : "MM").getBytes(StandardCharsets.ISO_8859_1));
        write(tiff, 42, 2, littleEndian);
        write(tiff, 8, 4, littleEndian);           // the first directory right after this header
        write(tiff, 1, 2, littleEndian);           // one entry:
        write(tiff, 0x0112, 2, littleEndian);      //   orientation
        write(tiff, 3, 2, littleEndian);           //   SHORT
        write(tiff, 1, 4, littleEndian);           //   one value
        write(tiff, orientation, 2, littleEndian); //   the value, padded to four bytes
        write(tiff, 0, 2, littleEndian);
        write(tiff, 0, 4, littleEndian);           // no next directory
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, int value, int bytes, boolean littleEndian) {
        for (int i = 0; i < bytes; i++) {
            int shift = littleEndian ? 8 * i : 8 * (bytes - 1 - i);
            out.write((value >> shift) & 0xFF);
        }
    }
}
