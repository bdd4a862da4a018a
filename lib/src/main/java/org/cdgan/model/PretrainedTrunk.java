package org.cdgan.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cdgan.data.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads ResNet-18 weights saved under torchvision's parameter names ({@code conv1.weight},
 * {@code layer2.0.downsample.1.running_var}, ...) from a safetensors file into any
 * {@link ResNetTrunk}: an encoder or the trunk of a discriminator.
 *
 * <p>Every trunk parameter, batch-norm running statistics included, must be in the file with
 * its shape. The one allowed difference is the usual transfer to grey input: a 3-channel
 * {@code conv1.weight} (64, 3, 7, 7) going into a 1-channel trunk is summed over its colour
 * channels. Tensors the trunk does not have ({@code fc.*}, {@code *.num_batches_tracked}) are
 * ignored and listed in the result.
 */
public final class PretrainedTrunk {

    private static final Logger LOG = LoggerFactory.getLogger(PretrainedTrunk.class);
    private static final String FIRST_CONV = "conv1.weight";

    private PretrainedTrunk() {
    }

    /**
     * Copies the file's weights into an initialised trunk.
     *
     * @param trunk the trunk, already initialised
     * @param file a safetensors file with torchvision ResNet-18 names
     * @return what was loaded and what was ignored
     * @throws DataException if the file is unreadable, lacks a tensor, or has one of the wrong
     *     shape
     */
    public static Loaded load(ResNetTrunk trunk, Path file) throws DataException {
        if (!trunk.isInitialized()) {
            throw new IllegalStateException("initialise the trunk before loading " + file);
        }
        try (NDManager scratch = NDManager.newBaseManager();
                InputStream in = Files.newInputStream(file)) {
            NDList tensors;
            try {
                tensors = NDList.decode(scratch, in);
            } catch (RuntimeException e) {
                throw new DataException(file + " is not a readable safetensors file ("
                        + e.getMessage() + "); save the weights with safetensors' save_file", e);
            }
            Map<String, NDArray> byName = new HashMap<>();
            for (NDArray t : tensors) {
                byName.put(t.getName(), t);
            }
            Map<String, Parameter> wanted = trunk.torchvisionParameters();
            for (Map.Entry<String, Parameter> e : wanted.entrySet()) {
                NDArray source = byName.get(e.getKey());
                if (source == null) {
                    throw new DataException(file + " has no tensor '" + e.getKey()
                            + "' for the ResNet-18 trunk; use a torchvision resnet18 state dict");
                }
                copy(fitted(e.getKey(), source, e.getValue().getArray(), trunk, file),
                        e.getValue().getArray());
            }
            List<String> ignored = new ArrayList<>();
            for (String name : byName.keySet()) {
                if (!wanted.containsKey(name)) {
                    ignored.add(name);
                }
            }
            ignored.sort(null);
            LOG.info("Loaded {} pretrained tensors from {} ({} ignored)", wanted.size(), file,
                    ignored.size());
            return new Loaded(wanted.size(), List.copyOf(ignored));
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw new DataException("cannot read pretrained weights " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** The source tensor in the target's shape, or an error naming both shapes. */
    private static NDArray fitted(String name, NDArray source, NDArray target,
            ResNetTrunk trunk, Path file) throws DataException {
        Shape want = target.getShape();
        Shape have = source.getShape();
        if (have.equals(want)) {
            return source;
        }
        boolean greyTransfer = FIRST_CONV.equals(name) && trunk.inputChannels() == 1
                && have.dimension() == 4 && have.get(1) == 3
                && new Shape(have.get(0), 1, have.get(2), have.get(3)).equals(want);
        if (greyTransfer) {
            return source.sum(new int[] {1}, true);
        }
        throw new DataException(file + ": tensor '" + name + "' has shape " + have
                + " but the trunk needs " + want + "; use ResNet-18 weights (not another depth)");
    }

    private static void copy(NDArray source, NDArray target) {
        NDArray values = source.toType(DataType.FLOAT32, false);
        target.set(values.toByteBuffer());
    }

    /**
     * The outcome of a load.
     *
     * @param tensors how many trunk parameters were set
     * @param ignored file tensors the trunk has no use for, sorted
     */
    public record Loaded(int tensors, List<String> ignored) {
    }
}
