package io.newslens.quotes;

/** Reported speech found by {@link IndirectQuoteFinder}: content offsets (UTF-16) and attribution. */
record Reported(int start, int end, Attribution attribution) {
}
