/** The cdgan command line; subcommands are registered in Main.COMMANDS. */
package org.cdgan.cli;
