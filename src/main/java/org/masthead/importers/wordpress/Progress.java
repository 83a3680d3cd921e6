package org.masthead.importers.wordpress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Shows how far an import is. On a terminal: one line redrawn in place with a bar, items done, rate and time left
 * (estimated from how far through the file the reader is). Otherwise (a log, a pipe): a plain line every
 * {@code every} items.
 */
final class Progress {
    private static final int BAR = 30;
    private final PrintWriter out;
    private final boolean terminal;
    private final int every;
    private final DoubleSupplier fraction;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int items;

    Progress(PrintWriter out, boolean terminal, int every, DoubleSupplier fraction) {
        this.out = out;
        this.terminal = terminal;
        this.every = every;
        this.fraction = fraction;
    }

    void itemDone() {
        items++;
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L) return; // ten redraws a second are plenty
            lastDraw = now;
            double done = fraction.getAsDouble();
            int filled = (int) Math.round(done * BAR);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + line(done) + "   ");
            out.flush();
        } else if (items % every == 0) {
            out.println("progress: " + line(fraction.getAsDouble()));
            out.flush();
        }
    }

    void finish() {
        if (terminal && items > 0) {
            out.print("\r[" + "#".repeat(BAR) + "] " + line(1.0) + "   \n");
        }
        out.printf("%d items in %.1f s%n", items, seconds());
        out.flush();
    }

    private String line(double done) {
        double s = seconds();
        double rate = s > 0 ? items / s : 0;
        String left = done > 0.01 && done < 1 ? format(Duration.ofSeconds((long) (s / done - s))) : "-";
        return String.format("%3d%%  %d items  %.0f items/s  %s left", Math.round(done * 100), items, rate, left);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
