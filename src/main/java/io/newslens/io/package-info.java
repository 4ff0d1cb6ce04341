/** Input documents: files, folders, stdin and JSON Lines, with decoding. */
package io.newslens.io;
