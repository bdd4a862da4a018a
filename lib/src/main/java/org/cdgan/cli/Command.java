package org.cdgan.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of {@code cdgan}: its name, its options and what it does. Register a new one in
 * {@link Main#COMMANDS}.
 */
public interface Command {

    /** The word that selects it: {@code cdgan NAME ...}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Its options, for parsing and for {@code --help}. */
    List<Option> options();

    /**
     * Runs the command.
     *
     * @param options the parsed options
     * @param out the console for results
     * @return the exit code (0 when all went well)
     * @throws Exception a {@link org.cdgan.data.DataException} or
     *     {@link UsageException} for bad input (exit code 2); anything else is unexpected
     */
    int run(Options options, PrintStream out) throws Exception;
}
