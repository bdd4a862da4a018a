package org.cdgan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static NDArray decode(NDManager nd, int size, int channels, int stages, int noise) {
        Decoder d = new Decoder(size, channels, stages, 512, noise);
        d.initialize(nd, DataType.FLOAT32, new Shape(3, d.inputDim()));
        nd.getEngine().setRandomSeed(3);
        NDArray codes = nd.randomNormal(new Shape(3, d.inputDim())).mul(5f);
        return d.forward(new ParameterStore(nd, false), new NDList(codes), true)
                .singletonOrThrow();
    }

    @Test
    void makesImagesOfEachMethodSizeInTanhRange() {
        try (NDManager nd = NDManager.newBaseManager()) {
            NDArray x64 = decode(nd, 64, 1, 4, 0);
            assertEquals(new Shape(3, 1, 64, 64), x64.getShape());
            assertTrue(x64.abs().max().getFloat() <= 1f);
            assertTrue(x64.abs().max().getFloat() > 0.01f, "the image is not blank");
            assertEquals(new Shape(3, 1, 48, 48), decode(nd, 48, 1, 4, 0).getShape());
            assertEquals(new Shape(3, 3, 224, 224), decode(nd, 224, 3, 5, 0).getShape());
            assertEquals(new Shape(3, 1, 32, 32), decode(nd, 32, 1, 4, 8).getShape());
        }
    }

    @Test
    void inputIsTwoCodesAndTheNoise() {
        assertEquals(1024, new Decoder(64, 1, 4, 512, 0).inputDim());
        assertEquals(1040, new Decoder(64, 1, 4, 512, 16).inputDim());
    }

    @Test
    void rejectsSizesThatTheStagesCannotReach() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Decoder(50, 1, 4, 512, 0));
        assertTrue(e.getMessage().contains("50"), e.getMessage());
    }
}
