package org.cdgan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CdGanTest {

    @Test
    void sidesAreDisjointAndHeadsHaveTheMethodsWidths() {
        try (NDManager nd = NDManager.newBaseManager()) {
            CdGan gan = new CdGan(32, 1, 7, 40, 4, 0);
            gan.initialize(nd);
            Map<String, Parameter> g = CdGan.parameters(gan.generator());
            Map<String, Parameter> d = CdGan.parameters(gan.discriminators());
            Set<String> ids = new HashSet<>();
            g.values().forEach(p -> ids.add(p.getId()));
            d.values().forEach(p -> assertTrue(ids.add(p.getId()), "shared " + p.getName()));
            assertTrue(g.keySet().stream().anyMatch(k -> k.startsWith("decoder/")));
            assertTrue(d.keySet().stream().allMatch(k -> k.startsWith("identityDiscriminator/")
                    || k.startsWith("expressionDiscriminator/")));

            ParameterStore ps = new ParameterStore(nd, false);
            NDList x = new NDList(nd.randomUniform(-1, 1, new Shape(2, 1, 32, 32)));
            assertEquals(new Shape(2, 41),
                    gan.identityDiscriminator().forward(ps, x, false).head().getShape());
            assertEquals(40, gan.identityDiscriminator().generatedClass());
            assertEquals(new Shape(2, 7),
                    gan.expressionDiscriminator().forward(ps, x, false).head().getShape());
            NDList code = gan.expressionEncoder().forward(ps, x, false);
            assertEquals(new Shape(2, 512), code.head().getShape());
            assertEquals(new Shape(2, 7), gan.ferHead().forward(ps, code, false).head().getShape());
        }
    }
}
