package org.cdgan.cli;

/**
 * One command-line option.
 *
 * @param name the option without dashes ({@code data} for {@code --data})
 * @param value the placeholder of its value in help ({@code DIR}), or {@code null} for a flag
 * @param defaultValue the value when the option is absent, or {@code null} when required
 *     (flags default to false)
 * @param description what it does, for {@code --help}
 */
public record Option(String name, String value, String defaultValue, String description) {

    /** An option that takes a value. */
    public static Option of(String name, String value, String defaultValue,
            String description) {
        return new Option(name, value, defaultValue, description);
    }

    /** A flag: present or absent. */
    public static Option flag(String name, String description) {
        return new Option(name, null, null, description);
    }

    /** Whether it is a flag. */
    public boolean isFlag() {
        return value == null;
    }
}
