package io.newslens.batch;

import java.util.Locale;

/** What a batch run did: documents seen, how many failed, and its wall time. */
public record Summary(int documents, int failures, long nanos) {
    public double seconds() {
        return nanos / 1e9;
    }

    /** The line printed on stderr at the end of a run. */
    public String describe() {
        double perSecond = seconds() > 0 ? documents / seconds() : 0;
        return String.format(Locale.ROOT, "%d documents, %d failed, %.1f s, %.1f docs/s",
                documents, failures, seconds(), perSecond);
    }
}
