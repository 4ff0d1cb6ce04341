package io.newslens.output;

import java.io.IOException;

/**
 * Writes reports one document at a time, in the order given. {@link #close()} finishes the
 * output (closes a JSON array, flushes) but does not close the underlying stream.
 */
public interface ReportWriter extends AutoCloseable {
    void write(Report report) throws IOException;

    @Override
    void close() throws IOException;
}
