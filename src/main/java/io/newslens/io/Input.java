package io.newslens.io;

/** What reading one input yields: a {@link Document}, or a {@link Problem} that stopped it. */
public sealed interface Input permits Document, Problem {
    /** Where it came from: a path, a path with a line number, or "-" for stdin. */
    String source();
}
