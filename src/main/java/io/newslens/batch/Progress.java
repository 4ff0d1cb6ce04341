package io.newslens.batch;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * What a batch run tells the user while it goes: one step per document, and messages (a
 * failed document) that must not be torn by a progress line on the same stream.
 *
 * <p>Lifecycle: {@code step* / report*} from the thread that runs the batch, then {@link #close}
 * once, before the summary line is printed. Implementations write to stderr only.
 */
public interface Progress extends AutoCloseable {
    /** One more document is done (or failed). */
    void step();

    /** Prints one line of text, e.g. {@code newslens: cannot read 'a.txt': ...}. */
    void report(String line);

    /** Removes any progress display; later lines start on a clean line. */
    @Override
    void close();

    /** No progress display: messages go straight to {@code err}. */
    static Progress none(PrintWriter err) {
        Objects.requireNonNull(err, "err");
        return new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void report(String line) {
                err.println(line);
                err.flush();
            }

            @Override
            public void close() {
                err.flush();
            }
        };
    }
}
