package org.cdgan.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.cdgan.data.DataException;

/**
 * The {@code cdgan} command line: {@code cdgan COMMAND [--option value ...]}.
 *
 * <p>Bad input ends with a one-line error naming the file or value and what to do, and exit
 * code 2; an unexpected failure with exit code 1 (its stack trace only with
 * {@code -Dcdgan.debug=true}).
 */
public final class Main {

    /** Every subcommand, in the order {@code --help} lists them. */
    public static final List<Command> COMMANDS = List.of(
            new BaselineCommand(),
            new DataCommand());

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command line.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietLogging();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")
                || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? BAD_INPUT : 0;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst()
                .orElse(null);
        if (command == null) {
            err.println("cdgan: unknown command '" + args[0] + "'; run cdgan --help");
            return BAD_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(help(command));
            return 0;
        }
        try {
            return command.run(Options.parse(rest, command.options()), out);
        } catch (UsageException | DataException | IllegalArgumentException e) {
            err.println("cdgan " + command.name() + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (Exception e) {
            err.println("cdgan " + command.name() + ": failed: " + e
                    + " (rerun with -Dcdgan.debug=true for the stack trace)");
            if (Boolean.getBoolean("cdgan.debug")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** The command list. */
    static String usage() {
        StringBuilder sb = new StringBuilder("usage: cdgan COMMAND [options]; "
                + "cdgan COMMAND --help for its options\n\ncommands:\n");
        for (Command c : COMMANDS) {
            sb.append(String.format("  %-12s %s%n", c.name(), c.summary()));
        }
        return sb.toString();
    }

    /** One command's help. */
    static String help(Command c) {
        return "usage: cdgan " + c.name() + " [options]\n" + c.summary() + "\n\noptions:\n"
                + Options.help(c.options()) + "  --help                     this text\n";
    }

    /** Engine chatter off the console unless asked for; the engine never downloads. */
    private static void quietLogging() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.org.cdgan.train", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
