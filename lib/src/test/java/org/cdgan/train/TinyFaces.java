package org.cdgan.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cdgan.data.DataSets;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Preprocessing;

/** Small real subsets of CK+48 and ORL at 32 px, for training tests that must stay fast. */
final class TinyFaces {

    static final int SIZE = 32;

    private TinyFaces() {
    }

    static Path sharedData() {
        String dir = System.getProperty("cdgan.sharedData");
        if (dir == null) {
            throw new IllegalStateException("system property cdgan.sharedData is not set; run"
                    + " the tests through Maven, which sets it to ../shared/data");
        }
        return Path.of(dir);
    }

    /** {@code perClass} images of each of four CK+48 classes, augmented, seed 7. */
    static FaceDataset expressions(int perClass, boolean keepIds) throws IOException {
        FaceSet ck = DataSets.open(sharedData().resolve("ck48"));
        Map<Expression, Integer> taken = new HashMap<>();
        List<FaceRecord> keep = new ArrayList<>();
        List<Expression> wanted = List.of(Expression.fromName("anger"),
                Expression.fromName("happy"), Expression.fromName("sadness"),
                Expression.fromName("surprise"));
        for (FaceRecord r : ck.records()) {
            if (wanted.contains(r.expression()) && taken.merge(r.expression(), 1, Integer::sum)
                    <= perClass) {
                keep.add(keepIds ? r : new FaceRecord(r.path(), r.expression(), null,
                        r.sequence(), r.split()));
            }
        }
        return FaceDataset.builder().setFaces(new FaceSet(ck.name(), keep))
                .optPreprocessing(new Preprocessing(SIZE, 1, true, 7)).optThreads(1).build();
    }

    /** The first {@code perSubject} ORL images of subjects s1..s{subjects}, not augmented. */
    static FaceDataset identities(int subjects, int perSubject) throws IOException {
        FaceSet orl = DataSets.open(sharedData().resolve("orl_faces"));
        Map<String, Integer> taken = new HashMap<>();
        List<FaceRecord> keep = new ArrayList<>();
        for (FaceRecord r : orl.records()) {
            String id = r.identity().id();
            int n = Integer.parseInt(id.substring(1));
            if (n <= subjects && taken.merge(id, 1, Integer::sum) <= perSubject) {
                keep.add(r);
            }
        }
        return FaceDataset.builder().setFaces(new FaceSet(orl.name(), keep))
                .optPreprocessing(new Preprocessing(SIZE, 1, false, 7)).optThreads(1).build();
    }

    /** The tiny training settings: batch 4. */
    static CdGanConfig config(Variant v) {
        return CdGanConfig.forVariant(v).withBatchSize(4);
    }
}
