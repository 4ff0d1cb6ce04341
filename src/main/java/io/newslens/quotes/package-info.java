/** Quotations found in the raw text, their cues and their speakers. */
package io.newslens.quotes;
