package org.masthead.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws the demo's pictures on the spot: a harbour-town scene (sky, sun, hills, rooftops, water) whose colours
 * and shapes follow from the story's slug, so every story gets its own picture and nothing is downloaded.
 */
final class DemoPictures {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    private static final Color[][] PALETTES = {
        {new Color(0x1d3557), new Color(0xe9c46a), new Color(0xf4a261), new Color(0x264653), new Color(0x2a9d8f)},
        {new Color(0x2b2d42), new Color(0xef233c), new Color(0xedf2f4), new Color(0x8d99ae), new Color(0x3d405b)},
        {new Color(0x003049), new Color(0xfcbf49), new Color(0xf77f00), new Color(0xd62828), new Color(0x1b4965)},
        {new Color(0x283618), new Color(0xfefae0), new Color(0xdda15e), new Color(0x606c38), new Color(0x3a5a40)},
        {new Color(0x22223b), new Color(0xf2e9e4), new Color(0xc9ada7), new Color(0x4a4e69), new Color(0x9a8c98)},
    };

    private DemoPictures() {}

    static BufferedImage draw(String seed) {
        Random random = new Random(seed.hashCode());
        Color[] p = PALETTES[Math.floorMod(seed.hashCode(), PALETTES.length)];
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, p[0], 0, HEIGHT * 0.7f, p[2]));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(withAlpha(p[1], 230));
        int sun = 140 + random.nextInt(120);
        g.fill(new Ellipse2D.Double(200 + random.nextInt(1100), 120 + random.nextInt(200), sun, sun));
        drawHills(g, random, p[3], 0.55);
        drawRooftops(g, random, p[4]);
        drawWater(g, random, p[0], p[1]);
        g.dispose();
        return image;
    }

    private static void drawHills(Graphics2D g, Random random, Color color, double level) {
        Path2D hills = new Path2D.Double();
        hills.moveTo(0, HEIGHT);
        for (int x = 0; x <= WIDTH; x += 80) hills.lineTo(x, HEIGHT * level - 60 * Math.sin(x / 260.0 + random.nextDouble()));
        hills.lineTo(WIDTH, HEIGHT);
        hills.closePath();
        g.setColor(withAlpha(color, 200));
        g.fill(hills);
    }

    private static void drawRooftops(Graphics2D g, Random random, Color color) {
        g.setColor(color);
        int x = 0;
        while (x < WIDTH) {
            int w = 60 + random.nextInt(110);
            int h = 90 + random.nextInt(220);
            int top = (int) (HEIGHT * 0.74) - h;
            g.fillRect(x, top, w - 6, h);
            if (random.nextBoolean()) g.fillPolygon(new int[] {x, x + (w - 6) / 2, x + w - 6}, new int[] {top, top - 40, top}, 3);
            g.setColor(withAlpha(Color.WHITE, 60));
            for (int wy = top + 20; wy < top + h - 20; wy += 36) g.fillRect(x + 12, wy, 14, 18);
            g.setColor(color);
            x += w;
        }
    }

    private static void drawWater(Graphics2D g, Random random, Color deep, Color light) {
        int top = (int) (HEIGHT * 0.74);
        g.setPaint(new GradientPaint(0, top, deep, 0, HEIGHT, deep.darker()));
        g.fillRect(0, top, WIDTH, HEIGHT - top);
        g.setStroke(new BasicStroke(3));
        g.setColor(withAlpha(light, 110));
        for (int i = 0; i < 40; i++) {
            int y = top + 15 + random.nextInt(HEIGHT - top - 20);
            int x = random.nextInt(WIDTH);
            g.drawLine(x, y, x + 40 + random.nextInt(120), y);
        }
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
