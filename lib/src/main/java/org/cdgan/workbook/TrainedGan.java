package org.cdgan.workbook;

import java.io.IOException;
import java.util.List;

import org.cdgan.data.FaceDataset;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.model.CdGan;

/**
 * A trained CD-GAN variant as the later notebooks use it: its networks, its test figures, its
 * training history and expression transfer. Close it to free the networks' memory.
 */
public interface TrainedGan extends AutoCloseable {

    /** The variant: {@code fec}, {@code cl} or {@code cdgan}. */
    String variant();

    /** The networks (E_e, E_f, C_e, G_d, D_f, D_e). */
    CdGan networks();

    /** The confusion matrix of {@code C_e(E_e(x))} on a data set. */
    ConfusionMatrix evaluate(FaceDataset data) throws IOException;

    /** Every epoch's figures, without live networks. */
    List<GanEpoch> history();

    /** Expression transfer with these networks. */
    ExpressionTransfer transfer();

    @Override
    void close();
}
