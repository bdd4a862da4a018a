package org.cdgan.kernel.magics;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line magics in the IJava convention, one per line, starting with {@code %}. They run before
 * the Java code of their cell, in order, and their lines are blanked (line numbers of the Java
 * code stay as written).
 *
 * <ul>
 *   <li>{@code %classpath PATH...} and {@code %jars PATH...}: add jars or folders; a path may
 *   end with a glob such as {@code lib/*.jar};</li>
 *   <li>{@code %maven [--offline] GROUP:ARTIFACT:VERSION...} (also {@code %addMavenDependency}
 *   and {@code %addMavenDependencies}): add artifacts and their runtime dependencies;</li>
 *   <li>{@code %mavenRepo ID URL}: a remote repository for later {@code %maven};</li>
 *   <li>{@code %lsmagic}: list the magics.</li>
 * </ul>
 */
public final class Magics {

    private static final Pattern LINE_MAGIC = Pattern.compile("^[ \\t]*%(\\w+)(.*)$",
            Pattern.MULTILINE);

    private final Consumer<String> classpath;
    private final MavenResolver maven;

    /**
     * @param classpath receives path-separator separated class path entries to add
     * @param maven resolves Maven coordinates
     */
    public Magics(Consumer<String> classpath, MavenResolver maven) {
        this.classpath = classpath;
        this.maven = maven;
    }

    /**
     * Runs the magics of a cell.
     *
     * @return the cell with its magic lines blanked, and what the magics printed
     */
    public Result apply(String cell) {
        StringBuilder java = new StringBuilder();
        StringBuilder printed = new StringBuilder();
        Matcher m = LINE_MAGIC.matcher(cell);
        int last = 0;
        while (m.find()) {
            java.append(cell, last, m.start());
            printed.append(run(m.group(1), split(m.group(2))));
            last = m.end();
        }
        java.append(cell.substring(last));
        return new Result(java.toString(), printed.toString());
    }

    /**
     * The cell with its magic lines turned to spaces, without running them; offsets into the
     * cell stay valid.
     */
    public static String strip(String cell) {
        return LINE_MAGIC.matcher(cell).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * A cell after its magics ran.
     *
     * @param java the Java source left
     * @param printed what the magics report, for the cell's output
     */
    public record Result(String java, String printed) {
    }

    private String run(String name, List<String> args) {
        switch (name) {
            case "classpath", "jars" -> {
                List<String> entries = new ArrayList<>();
                for (String arg : args) {
                    entries.addAll(expand(arg));
                }
                if (entries.isEmpty()) {
                    throw new MagicException("%" + name + " needs jars or folders to add");
                }
                classpath.accept(String.join(File.pathSeparator, entries));
                return "";
            }
            case "maven", "addMavenDependency", "addMavenDependencies" -> {
                boolean offline = args.contains("--offline");
                List<String> coordinates = args.stream().filter(a -> !a.equals("--offline"))
                        .toList();
                List<Path> jars = maven.resolve(coordinates, offline);
                classpath.accept(String.join(File.pathSeparator,
                        jars.stream().map(Path::toString).toList()));
                return "";
            }
            case "mavenRepo" -> {
                if (args.size() != 2) {
                    throw new MagicException("usage: %mavenRepo ID URL");
                }
                maven.addRepository(args.get(0), args.get(1));
                return "";
            }
            case "lsmagic" -> {
                return "line magics: %classpath %jars %maven %addMavenDependency"
                        + " %addMavenDependencies %mavenRepo %lsmagic\n";
            }
            default -> throw new MagicException("unknown magic %" + name
                    + "; %lsmagic lists the magics");
        }
    }

    private static List<String> expand(String arg) {
        Path path = Path.of(arg.startsWith("~/") ? System.getProperty("user.home")
                + arg.substring(1) : arg);
        Path file = path.getFileName();
        if (file != null && (file.toString().contains("*") || file.toString().contains("?"))) {
            Path dir = path.getParent() == null ? Path.of(".") : path.getParent();
            List<String> matches = new ArrayList<>();
            try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, file.toString())) {
                found.forEach(p -> matches.add(p.toAbsolutePath().toString()));
            } catch (IOException e) {
                throw new MagicException("cannot list " + dir + " for " + arg + ": "
                        + e.getMessage());
            }
            if (matches.isEmpty()) {
                throw new MagicException("no file matches " + arg);
            }
            matches.sort(null);
            return matches;
        }
        if (!Files.exists(path)) {
            throw new MagicException("no such jar or folder: " + path.toAbsolutePath()
                    + "; check the path");
        }
        return List.of(path.toAbsolutePath().toString());
    }

    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(args);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}
