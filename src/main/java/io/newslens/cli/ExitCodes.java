package io.newslens.cli;

/** The exit codes of DESIGN: listed in every command's help. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
