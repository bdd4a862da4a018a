package org.cdgan.kernel.display;

import java.util.Locale;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * A progress bar for long loops (epochs, steps) that updates one display in place: its count,
 * percentage, rate and the time left, plus a free message such as the current loss. Updates
 * are sent at most every {@link #MIN_UPDATE_NANOS} (and at the end), so a loop of thousands
 * of steps sends a few dozen messages, never thousands of output lines.
 */
public final class ProgressBar implements AutoCloseable {

    /** Shortest time between two updates of the display: 0.25 s. */
    public static final long MIN_UPDATE_NANOS = 250_000_000L;

    private static final int BAR_WIDTH = 30;

    private final String label;
    private final long total;
    private final DisplaySink sink;
    private final long startNanos;
    private long count;
    private String message = "";
    private String displayId;
    private long lastUpdateNanos;

    /**
     * @param label what is counted, such as "epoch"
     * @param total the count at completion (at least 1)
     * @param sink where the display goes
     */
    public ProgressBar(String label, long total, DisplaySink sink) {
        if (total < 1) {
            throw new IllegalArgumentException("progress total must be at least 1, got "
                    + total);
        }
        this.label = label;
        this.total = total;
        this.sink = sink;
        this.startNanos = System.nanoTime();
        this.displayId = sink.show(toDisplayData());
        this.lastUpdateNanos = startNanos;
    }

    /** Advances by one step. */
    public ProgressBar step() {
        return set(count + 1);
    }

    /** Sets the free text shown after the figures, such as {@code "loss 0.42"}. */
    public ProgressBar message(String text) {
        this.message = text == null ? "" : text;
        return this;
    }

    /** Sets the count; the display is updated when enough time has passed or at the end. */
    public synchronized ProgressBar set(long newCount) {
        this.count = Math.max(0, Math.min(newCount, total));
        long now = System.nanoTime();
        if (count == total || now - lastUpdateNanos >= MIN_UPDATE_NANOS) {
            lastUpdateNanos = now;
            sink.update(displayId, toDisplayData());
        }
        return this;
    }

    /** The count so far. */
    public long count() {
        return count;
    }

    /** The display id of the bar. */
    public String displayId() {
        return displayId;
    }

    /** Sends the current state, whatever the time since the last update. */
    @Override
    public synchronized void close() {
        lastUpdateNanos = System.nanoTime();
        sink.update(displayId, toDisplayData());
    }

    /** One line: label, bar, count, percentage, rate, time left and message. */
    public synchronized String text() {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
        double rate = count / seconds;
        int filled = (int) (BAR_WIDTH * count / total);
        String left = count == 0 ? "?" : clock((total - count) / rate);
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d %3.0f%% %.2f %s/s, %s left%s",
                label, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), count, total,
                100.0 * count / total, rate, label, left,
                message.isEmpty() ? "" : ", " + message);
    }

    /** An HTML {@code progress} element followed by the text. */
    public String html() {
        return "<div class=\"cdgan-progress\"><progress value=\"" + count + "\" max=\"" + total
                + "\" style=\"width:20em\"></progress> <code>" + TableHtml.escape(text())
                + "</code></div>";
    }

    /** Both renderings, for a display message. */
    public DisplayData toDisplayData() {
        DisplayData data = new DisplayData(text());
        data.putHTML(html());
        return data;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60,
                s % 60) : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    @Override
    public String toString() {
        return text();
    }
}
