/** Sentences, tokens with offsets, part-of-speech tags and lemmas from OpenNLP models. */
package io.newslens.nlp;
