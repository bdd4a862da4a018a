package org.cdgan.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parsed {@code --name value} options and flags of one command. */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, Option> known = new LinkedHashMap<>();

    private Options() {
    }

    /**
     * Parses arguments against the command's options.
     *
     * @throws UsageException for an unknown option, a missing value or a missing required one
     */
    public static Options parse(List<String> args, List<Option> spec) throws UsageException {
        Options o = new Options();
        for (Option opt : spec) {
            o.known.put(opt.name(), opt);
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument '" + a + "'; options start with --");
            }
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Option opt = o.known.get(name);
            if (opt == null) {
                throw new UsageException("unknown option --" + name + "; see --help");
            }
            if (opt.isFlag()) {
                o.flags.add(name);
            } else if (inline != null) {
                o.values.put(name, inline);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                o.values.put(name, args.get(++i));
            } else {
                throw new UsageException("--" + name + " needs a value (" + opt.value() + ")");
            }
        }
        for (Option opt : spec) {
            if (!opt.isFlag() && opt.defaultValue() == null && !o.values.containsKey(
                    opt.name())) {
                throw new UsageException("--" + opt.name() + " " + opt.value()
                        + " is required; see --help");
            }
        }
        return o;
    }

    /** The value of an option, or its default. */
    public String get(String name) {
        Option opt = known.get(name);
        if (opt == null) {
            throw new IllegalArgumentException("no option --" + name);
        }
        return values.getOrDefault(name, opt.defaultValue());
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** Whether a value option was given explicitly. */
    public boolean given(String name) {
        return values.containsKey(name);
    }

    /** An integer option. */
    public int getInt(String name) throws UsageException {
        try {
            return Integer.parseInt(get(name).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + get(name) + "' is not a whole number");
        }
    }

    /** A long option. */
    public long getLong(String name) throws UsageException {
        try {
            return Long.parseLong(get(name).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + get(name) + "' is not a whole number");
        }
    }

    /** A float option. */
    public float getFloat(String name) throws UsageException {
        try {
            return Float.parseFloat(get(name).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + get(name) + "' is not a number");
        }
    }

    /** A path option. */
    public Path getPath(String name) {
        return Path.of(get(name));
    }

    /** Every option's value (flags as true/false), for run records. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Option opt : known.values()) {
            if (opt.isFlag()) {
                m.put(opt.name(), flags.contains(opt.name()));
            } else {
                m.put(opt.name(), get(opt.name()));
            }
        }
        return m;
    }

    /** The help text of a command's options. */
    public static String help(List<Option> spec) {
        StringBuilder sb = new StringBuilder();
        for (Option opt : spec) {
            String left = "  --" + opt.name() + (opt.isFlag() ? "" : " " + opt.value());
            sb.append(String.format(Locale.ROOT, "%-26s %s", left, opt.description()));
            if (!opt.isFlag()) {
                sb.append(opt.defaultValue() == null ? " (required)"
                        : " (default " + opt.defaultValue() + ")");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
