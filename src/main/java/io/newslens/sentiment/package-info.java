/** Target-dependent sentiment: toward each actor and expressed by it. */
package io.newslens.sentiment;
