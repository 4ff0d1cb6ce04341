package io.newslens.bench;

import io.newslens.entities.NameFinderModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * One load of the shipped name-finder model, for {@code scripts/bench-ner-load}, which starts a
 * fresh JVM per load: prints {@code wall_ms cpu_ms} of {@link NameFinderModels#loadShipped()}.
 *
 * <p>Why the load thread's CPU time too: on a machine shared with other work it varies far less
 * than the wall time, and it leaves out garbage-collection pauses, which the wall time shows.
 */
public final class NameFinderLoadTimer {
    private NameFinderLoadTimer() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        NameFinderModels.loadShipped();
        System.out.printf(Locale.ROOT, "%.0f %.0f%n", (System.nanoTime() - wall) / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
