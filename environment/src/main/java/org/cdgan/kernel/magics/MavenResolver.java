package org.cdgan.kernel.magics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Resolves Maven coordinates, with their runtime dependencies, to jar paths. It runs Maven
 * itself ({@code mvn dependency:build-classpath} on a throw-away POM), so the local repository,
 * {@code settings.xml} and its mirrors, and the remote repositories (Maven Central unless
 * configured otherwise, plus those added with {@code %mavenRepo}) are Maven's own.
 */
public final class MavenResolver {

    /** The maven-dependency-plugin that computes the class path. */
    public static final String DEPENDENCY_PLUGIN =
            "org.apache.maven.plugins:maven-dependency-plugin:3.6.1";

    /** Longest time a resolution may take. */
    public static final long TIMEOUT_SECONDS = 300;

    private final Map<String, String> repositories = new LinkedHashMap<>();
    private final String mavenCommand;
    private final boolean offline;

    /**
     * @param mavenCommand the Maven launcher ({@code mvn})
     * @param offline resolve from the local repository only ({@code mvn -o})
     */
    public MavenResolver(String mavenCommand, boolean offline) {
        this.mavenCommand = mavenCommand;
        this.offline = offline;
    }

    /** Adds a remote repository for later resolutions. */
    public void addRepository(String id, String url) {
        if (!id.matches("[A-Za-z0-9_.-]+") || !url.matches("(https?|file)://\\S+")) {
            throw new MagicException("a repository needs an id of letters, digits, '.', '_'"
                    + " or '-' and an http(s) or file URL, got: " + id + " " + url);
        }
        repositories.put(id, url);
    }

    /**
     * Resolves artifacts and their runtime dependencies.
     *
     * @param coordinates each {@code group:artifact:version}, or
     *     {@code group:artifact:type:version}, or {@code group:artifact:type:classifier:version}
     * @param forceOffline resolve from the local repository only for this call
     * @return the jars, dependencies included
     */
    public List<Path> resolve(List<String> coordinates, boolean forceOffline) {
        if (coordinates.isEmpty()) {
            throw new MagicException("give Maven coordinates, e.g. %maven group:artifact:1.0");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cdgan-maven-magic");
            Path pom = dir.resolve("pom.xml");
            Path out = dir.resolve("classpath.txt");
            Files.writeString(pom, pom(coordinates), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(mavenCommand, "-B", "-q"));
            if (offline || forceOffline) {
                command.add("-o");
            }
            command.addAll(List.of("-f", pom.toString(), DEPENDENCY_PLUGIN + ":build-classpath",
                    "-Dmdep.outputFile=" + out, "-Dmdep.includeScope=runtime"));
            Path log = dir.resolve("maven.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new MagicException("Maven took over " + TIMEOUT_SECONDS + " s to resolve "
                        + coordinates);
            }
            if (process.exitValue() != 0 || !Files.exists(out)) {
                throw new MagicException("Maven cannot resolve " + coordinates + ": "
                        + lastErrors(Files.readString(log)));
            }
            List<Path> jars = new ArrayList<>();
            for (String entry : Files.readString(out).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    jars.add(Path.of(entry));
                }
            }
            return jars;
        } catch (IOException e) {
            throw new MagicException("cannot run Maven (" + mavenCommand + ") to resolve "
                    + coordinates + ": " + e.getMessage() + "; install Maven or set CDGAN_MVN");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MagicException("interrupted while resolving " + coordinates);
        } finally {
            deleteQuietly(dir);
        }
    }

    private String pom(List<String> coordinates) {
        StringBuilder xml = new StringBuilder(
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
                + "<modelVersion>4.0.0</modelVersion><groupId>org.cdgan.kernel</groupId>"
                + "<artifactId>maven-magic</artifactId><version>1</version>"
                + "<packaging>pom</packaging>\n<repositories>");
        repositories.forEach((id, url) -> xml.append("<repository><id>").append(id)
                .append("</id><url>").append(url).append("</url></repository>"));
        xml.append("</repositories>\n<dependencies>");
        for (String coordinate : coordinates) {
            String[] p = coordinate.split(":");
            for (String part : p) {
                if (!part.matches("[A-Za-z0-9_.${}-]+")) {
                    throw new MagicException("bad Maven coordinate " + coordinate
                            + ": expected group:artifact[:type[:classifier]]:version");
                }
            }
            String type = p.length >= 4 ? p[2] : "jar";
            String classifier = p.length == 5 ? p[3] : null;
            if (p.length < 3 || p.length > 5) {
                throw new MagicException("bad Maven coordinate " + coordinate
                        + ": expected group:artifact[:type[:classifier]]:version");
            }
            xml.append("<dependency><groupId>").append(p[0]).append("</groupId><artifactId>")
                    .append(p[1]).append("</artifactId><version>").append(p[p.length - 1])
                    .append("</version><type>").append(type).append("</type>");
            if (classifier != null) {
                xml.append("<classifier>").append(classifier).append("</classifier>");
            }
            xml.append("</dependency>");
        }
        return xml.append("</dependencies></project>\n").toString();
    }

    private static String lastErrors(String log) {
        List<String> errors = Arrays.stream(log.split("\n"))
                .filter(l -> l.contains("ERROR") && !l.contains("To see the full stack trace")
                        && !l.contains("Re-run Maven") && !l.contains("[Help"))
                .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").replace("[ERROR] ", "").strip())
                .filter(l -> !l.isEmpty())
                .limit(3).toList();
        return errors.isEmpty() ? log.strip() : String.join(" ", errors);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // A temp file left behind is harmless.
                }
            });
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
