package org.cdgan.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cdgan.data.FaceDataset;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.model.CdGan;
import org.cdgan.train.CdGanTrainer;
import org.cdgan.train.EpochReport;
import org.cdgan.train.StepLosses;

/**
 * A trained CD-GAN variant loaded from its run folder: the trainer resumed after its last
 * epoch, its history read from the folder's {@value CdGanTrainer#HISTORY}.
 */
final class GanRun implements TrainedGan {

    /** The loss columns of the history, in the order the notebooks plot them. */
    static final List<String> TERMS = List.of("L_D", "L_Df", "L_De", "L_G", "L_C", "L_CL",
            "L_F", "L_cls");

    private final String variant;
    private final CdGanTrainer trainer;
    private final List<GanEpoch> history;
    private final ExpressionTransfer transfer;

    GanRun(String variant, CdGanTrainer trainer, Path dir, ExpressionTransfer transfer)
            throws IOException {
        this.variant = variant;
        this.trainer = trainer;
        this.history = readHistory(dir.resolve(CdGanTrainer.HISTORY));
        this.transfer = transfer;
    }

    /** One epoch's report as the notebooks see it. */
    static GanEpoch epoch(EpochReport r, ExpressionTransfer live) {
        StepLosses l = r.losses();
        double[] v = {l.lD(), l.lDf(), l.lDe(), l.lG(), l.lC(), l.lCL(), l.lF(), l.lCls()};
        Map<String, Double> losses = new LinkedHashMap<>();
        for (int i = 0; i < TERMS.size(); i++) {
            losses.put(TERMS.get(i), v[i]);
        }
        return new GanEpoch(r.epoch(), losses, r.testAccuracy(), live);
    }

    /** The epochs of a history file; a missing file is an empty history. */
    static List<GanEpoch> readHistory(Path file) throws IOException {
        List<GanEpoch> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            Map<String, Double> losses = new LinkedHashMap<>();
            for (String term : TERMS) {
                losses.put(term, Double.parseDouble(cells[header.indexOf(term)]));
            }
            out.add(new GanEpoch(Integer.parseInt(cells[header.indexOf("epoch")]), losses,
                    Double.parseDouble(cells[header.indexOf("test_accuracy")]), null));
        }
        return out;
    }

    @Override
    public String variant() {
        return variant;
    }

    @Override
    public CdGan networks() {
        return trainer.gan();
    }

    @Override
    public ConfusionMatrix evaluate(FaceDataset data) {
        return trainer.evaluate(data);
    }

    @Override
    public List<GanEpoch> history() {
        return List.copyOf(history);
    }

    @Override
    public ExpressionTransfer transfer() {
        return transfer;
    }

    @Override
    public void close() {
        trainer.close();
    }
}
