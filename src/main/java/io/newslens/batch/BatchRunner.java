package io.newslens.batch;

import io.newslens.io.Document;
import io.newslens.io.Input;
import io.newslens.io.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a per-document job over a stream of inputs on {@code jobs} threads, and hands the
 * results to a sink in input order.
 *
 * <p>Design decision: at most {@code 4 × jobs} documents are in flight (read, queued or
 * done but waiting for an earlier one), so memory stays flat however many documents there
 * are, and the sink runs on the caller's thread, so writers need no locking. A document whose
 * job throws is reported to the sink as a failure and the run goes on, unless fail-fast.
 *
 * @param <R> the job's result for one document
 */
public final class BatchRunner<R> {
    /** Receives outcomes in input order, on the thread that called {@link #run}. */
    public interface Sink<R> {
        void done(Document document, R result) throws Exception;

        void failed(String source, String message) throws Exception;
    }

    private final int jobs;
    private final boolean failFast;

    public BatchRunner(int jobs, boolean failFast) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.jobs = jobs;
        this.failFast = failFast;
    }

    /** Runs {@code job} over every document; returns the summary once the sink has had them all. */
    public Summary run(Iterator<Input> inputs, Function<Document, R> job, Sink<R> sink) throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "newslens-worker");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Pending<R>> window = new ArrayDeque<>();
        int documents = 0;
        int failures = 0;
        try {
            while (inputs.hasNext() || !window.isEmpty()) {
                while (inputs.hasNext() && window.size() < 4 * jobs) {
                    window.addLast(submit(pool, inputs.next(), job));
                }
                Pending<R> head = window.removeFirst();
                documents++;
                String error = deliver(head, sink);
                if (error != null) {
                    failures++;
                    if (failFast) {
                        break;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(documents, failures, System.nanoTime() - started);
    }

    private Pending<R> submit(ExecutorService pool, Input input, Function<Document, R> job) {
        if (input instanceof Document document) {
            return new Pending<>(input, pool.submit(() -> job.apply(document)));
        }
        return new Pending<>(input, CompletableFuture.completedFuture(null));
    }

    /** Hands one outcome to the sink; returns the failure message, or null on success. */
    private String deliver(Pending<R> pending, Sink<R> sink) throws Exception {
        if (pending.input() instanceof Problem problem) {
            sink.failed(problem.source(), problem.describe());
            return problem.describe();
        }
        Document document = (Document) pending.input();
        R result;
        try {
            result = pending.result().get();
        } catch (ExecutionException e) {
            String message = "cannot analyse '" + document.id() + "': " + describe(e.getCause());
            sink.failed(document.id(), message);
            return message;
        }
        sink.done(document, result);
        return null;
    }

    private static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "out of memory (the document is too large for this heap)";
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private record Pending<R>(Input input, Future<R> result) {
    }
}
