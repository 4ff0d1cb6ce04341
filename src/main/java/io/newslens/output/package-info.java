/** Row writers for CSV, JSON and JSON Lines, with code-point offsets. */
package io.newslens.output;
