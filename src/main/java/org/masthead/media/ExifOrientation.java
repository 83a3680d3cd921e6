package org.masthead.media;

import java.awt.image.BufferedImage;

/**
 * Which way up a photo is meant to be seen. Phones store the pixels as the sensor read them and note in the EXIF
 * data how to turn them (tag 0x0112, values 1 to 8). We drop all metadata when we re-encode a picture (it can hold
 * the place and the camera's serial number), so the turn must be applied to the pixels first, or a portrait photo
 * taken on a phone would appear on its side.
 */
public final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** The picture decoded from {@code file}, turned the way the file's EXIF data asks (JPEG only; others as they are). */
    public static BufferedImage upright(BufferedImage decoded, byte[] file) {
        return apply(decoded, of(file));
    }

    /** The orientation a JPEG file asks for, 1 (as stored) when it says nothing or what it says cannot be read. */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) return 1;
        int at = 2;
        // Header segments: FF, marker, two-byte length (counting itself), data; image data starts at SOS (FF DA).
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, false);
            if (marker == 0xDA || length < 2) return 1;
            if (marker == 0xE1 && startsWith(jpeg, at + 4, "Exif\0\0")) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    /** The orientation entry of the first image directory of the TIFF structure in [start, end). */
    private static int fromTiff(byte[] b, int start, int end) {
        if (start + 8 > end) return 1;
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') little = true;
        else if (b[start] == 'M' && b[start + 1] == 'M') little = false;
        else return 1;
        long directory = start + u32(b, start + 4, little);
        if (directory + 2 > end) return 1;
        int entries = u16(b, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + i * 12;
            if (entry + 12 > end) return 1;
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little); // a SHORT sits at the start of the value field
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The picture turned and mirrored as {@code orientation} asks: what the photographer saw. */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) return stored;
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean turned = orientation >= 5; // 5 to 8 swap width and height
        int type = stored.getType() == BufferedImage.TYPE_CUSTOM
                ? (stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                : stored.getType();
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, type);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            stored.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                // Where the stored pixel (x, y) belongs when the picture is seen the right way up.
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, row[x]);         // mirrored left to right
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, row[x]); // upside down
                    case 4 -> out.setRGB(x, h - 1 - y, row[x]);         // mirrored top to bottom
                    case 5 -> out.setRGB(y, x, row[x]);                 // mirrored along the diagonal
                    case 6 -> out.setRGB(h - 1 - y, x, row[x]);         // a quarter turn clockwise
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, row[x]); // mirrored along the other diagonal
                    default -> out.setRGB(y, w - 1 - x, row[x]);        // 8: a quarter turn anticlockwise
                }
            }
        }
        return out;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) return false;
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != ascii.charAt(i)) return false;
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long first = u16(b, at, little);
        long second = u16(b, at + 2, little);
        return little ? second << 16 | first : first << 16 | second;
    }
}
