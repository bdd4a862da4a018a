package org.cdgan.prep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cdgan.data.DataException;

/**
 * An identity set, a folder per person: CASIA-WebFace ({@code CASIA-WebFace/0000045/001.jpg}),
 * ORL ({@code s1/1.pgm}) or a user's own. The first N people by folder name are kept (the
 * article used the first 35 of CASIA-WebFace); the images carry no expression.
 */
public final class IdentityFolders {

    private IdentityFolders() {
    }

    /**
     * Prepares an identity set.
     *
     * @param name the set's name and identity namespace, such as "casia"
     * @param in the folder of person folders
     * @param out the output folder
     * @throws DataException when {@code in} is not a folder or holds no person folder
     */
    public static PrepResult prepare(String name, Path in, Path out, PrepOptions options)
            throws IOException {
        if (!Files.isDirectory(in)) {
            throw new DataException("identity folder not found: " + in + "; give --in a folder "
                    + "with one sub-folder per person");
        }
        List<Path> people = ImageFiles.folders(in);
        if (people.isEmpty()) {
            throw new DataException(in + " has no sub-folders: an identity set has one folder "
                    + "per person");
        }
        if (options.subjects() > 0 && people.size() > options.subjects()) {
            people = people.subList(0, options.subjects());
        }
        try (PrepOutput output = new PrepOutput(name, out, options, true)) {
            for (Path person : people) {
                String id = person.getFileName().toString();
                for (Path f : ImageFiles.walk(person)) {
                    if (!ImageFiles.isImage(f)) {
                        output.report().add(PrepIssue.Kind.UNREADABLE_IMAGE, f,
                                "not an image file; left out");
                        continue;
                    }
                    output.add(f, id + "/" + ImageFiles.stem(person, f), null, id, null, null);
                }
            }
            return output.finish();
        }
    }
}
