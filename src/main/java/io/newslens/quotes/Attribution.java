package io.newslens.quotes;

/**
 * A cue and the words naming its speaker, by token index; {@code speaker} may be null when
 * the cue was found but its speaker was not. The cue is the tokens {@code [cue, cueEnd)}
 * ("said", "according to").
 */
record Attribution(int cue, int cueEnd, TokenRange speaker) {
}
