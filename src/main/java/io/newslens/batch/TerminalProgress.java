package io.newslens.batch;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.util.Objects;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr, redrawn in place with a carriage return: documents done, of how
 * many when that is known (files named on the command line), the elapsed time and the rate;
 * when the total is unknown (stdin, folders walked as the run goes, JSON Lines), the count and
 * the rate only.
 *
 * <p>Thread-safe: the library redraws from its own timer thread while the batch thread steps
 * and reports; both write through one lock, and a report clears the bar first, so a message
 * never shares a line with it.
 *
 * <p>Why progressbar ({@code me.tongfei:progressbar}) and not JLine's {@code Status}: a
 * {@code Status} line belongs to a JLine {@code Terminal}, and JLine's system terminal writes
 * to stdout, which carries our data and is usually redirected during a batch run; binding one
 * to stderr means building a second terminal beside the REPL's. progressbar only renders a
 * string, which this class writes to the stderr writer the command was given (tests capture
 * it); its own terminal probing (JLine, for the width) is never reached because we supply the
 * consumer and the width.
 */
public final class TerminalProgress implements Progress {
    private static final int REDRAW_MILLIS = 250;

    private final Line line;
    private final ProgressBar bar;

    /**
     * @param err   stderr
     * @param total the number of documents, or -1 when it is not known in advance
     * @param width the terminal's width in columns (asked for on the first redraw)
     * @param ascii draw with ASCII only (for {@code TERM=dumb})
     */
    public TerminalProgress(PrintWriter err, long total, IntSupplier width, boolean ascii) {
        this.line = new Line(Objects.requireNonNull(err, "err"), Objects.requireNonNull(width, "width"));
        this.bar = new ProgressBarBuilder()
                .setTaskName("newslens")
                .setInitialMax(total)
                .setUnit(" docs", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setStyle(ascii ? ProgressBarStyle.ASCII : ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(REDRAW_MILLIS)
                .clearDisplayOnFinish()
                .setConsumer(line)
                .build();
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void report(String message) {
        line.report(message);
    }

    @Override
    public void close() {
        bar.close();
        line.close();
    }

    /** Writes rendered bars and messages to stderr under one lock. */
    private static final class Line implements ProgressBarConsumer {
        private final PrintWriter err;
        private final IntSupplier width;
        private int columns = -1;
        private int drawn;

        Line(PrintWriter err, IntSupplier width) {
            this.err = err;
            this.width = width;
        }

        @Override
        public synchronized int getMaxRenderedLength() {
            if (columns < 0) {
                // One column spare: a line that fills the terminal wraps on some, and \r then
                // returns to the second half only.
                columns = Math.max(20, width.getAsInt() - 1);
            }
            return columns;
        }

        @Override
        public synchronized void accept(String rendered) {
            err.print('\r');
            err.print(rendered);
            drawn = rendered.length();
            err.flush();
        }

        synchronized void report(String message) {
            clear();
            err.println(message);
            err.flush();
        }

        @Override
        public synchronized void clear() {
            if (drawn > 0) {
                err.print('\r');
                err.print(" ".repeat(drawn));
                err.print('\r');
                drawn = 0;
            }
            err.flush();
        }

        @Override
        public synchronized void close() {
            clear();
        }
    }
}
