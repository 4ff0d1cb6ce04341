/** The command line: the top command, one class per subcommand, option mixins. */
package io.newslens.cli;
