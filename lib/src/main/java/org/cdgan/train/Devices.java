package org.cdgan.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/** Chooses the compute device from a configuration word. */
public final class Devices {

    private Devices() {
    }

    /**
     * The device for {@code auto} (a GPU when the engine sees one, else the CPU), {@code cpu},
     * {@code gpu} or {@code gpu:N}.
     *
     * @throws IllegalArgumentException naming the value when it is unknown or no GPU exists
     */
    public static Device choose(String name) {
        String n = name == null ? "auto" : name.trim().toLowerCase(Locale.ROOT);
        Engine engine = Engine.getInstance();
        if (n.equals("auto")) {
            return engine.defaultDevice();
        }
        if (n.equals("cpu")) {
            return Device.cpu();
        }
        if (n.equals("gpu") || n.startsWith("gpu:")) {
            int id = n.equals("gpu") ? 0 : Integer.parseInt(n.substring(4));
            if (engine.getGpuCount() <= id) {
                throw new IllegalArgumentException("device '" + name + "': the engine sees "
                        + engine.getGpuCount() + " GPU(s); use --device cpu or auto (a GPU "
                        + "needs the build's gpu profile, mvn -Pgpu)");
            }
            return Device.gpu(id);
        }
        throw new IllegalArgumentException("unknown device '" + name
                + "': use auto, cpu, gpu or gpu:N");
    }
}
