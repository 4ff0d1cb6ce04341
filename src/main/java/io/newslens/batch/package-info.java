/** Parallel runner: ordered output, progress, per-document error isolation. */
package io.newslens.batch;
