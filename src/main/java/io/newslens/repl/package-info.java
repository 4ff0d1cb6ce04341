/** The interactive shell over the same commands. */
package io.newslens.repl;
