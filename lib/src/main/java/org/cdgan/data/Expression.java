package org.cdgan.data;

import java.util.Locale;
import java.util.Map;

/**
 * The canonical expression vocabulary: the seven basic expressions plus contempt.
 *
 * <p>Every data set's label names are mapped here by name, never by folder index, so a model
 * trained on one set (CK+48 says {@code anger}, FER2013 says {@code angry}) can be scored on
 * another. The mapping table {@link #ALIASES} is the only place where label spellings live.
 */
public enum Expression {
    ANGER,
    CONTEMPT,
    DISGUST,
    FEAR,
    HAPPINESS,
    SADNESS,
    SURPRISE,
    NEUTRAL;

    /** Every accepted spelling (lower case, trimmed) to its canonical expression. */
    private static final Map<String, Expression> ALIASES = Map.ofEntries(
            Map.entry("anger", ANGER),
            Map.entry("angry", ANGER),
            Map.entry("contempt", CONTEMPT),
            Map.entry("disgust", DISGUST),
            Map.entry("disgusted", DISGUST),
            Map.entry("fear", FEAR),
            Map.entry("fearful", FEAR),
            Map.entry("afraid", FEAR),
            Map.entry("happiness", HAPPINESS),
            Map.entry("happy", HAPPINESS),
            Map.entry("joy", HAPPINESS),
            Map.entry("sadness", SADNESS),
            Map.entry("sad", SADNESS),
            Map.entry("surprise", SURPRISE),
            Map.entry("surprised", SURPRISE),
            Map.entry("neutral", NEUTRAL));

    /** The canonical lower-case name, as written in manifests and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Maps a label as a data set spells it to the canonical expression.
     *
     * @param name a label such as {@code "Angry"} or {@code "sadness"}
     * @return the canonical expression
     * @throws IllegalArgumentException naming the label when it is not in the vocabulary
     */
    public static Expression fromName(String name) {
        Expression e = name == null ? null : ALIASES.get(name.trim().toLowerCase(Locale.ROOT));
        if (e == null) {
            throw new IllegalArgumentException("unknown expression name '" + name
                    + "': use one of " + String.join(", ", ALIASES.keySet().stream().sorted()
                    .toList()));
        }
        return e;
    }

    /** Whether {@code name} is an accepted spelling of some expression. */
    public static boolean isKnown(String name) {
        return name != null && ALIASES.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }
}
