package org.cdgan.kernel.channels;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that drops a message whose HMAC signature is wrong and keeps
 * serving: the base channel's loop ends on such a message, which would leave the kernel deaf.
 */
final class SignedShellChannel extends ShellChannel {

    private static final Logger LOG = LoggerFactory.getLogger(SignedShellChannel.class);

    /** Pause between two polls of the socket when it is idle. */
    private static final long IDLE_SLEEP_MS = 2;

    private final boolean control;
    private final JupyterConnection connection;
    private volatile Loop loop;

    SignedShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean control,
            JupyterConnection connection) {
        super(context, hmac, control, connection);
        this.control = control;
        this.connection = connection;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void bind(KernelConnectionProperties props) {
        if (loop != null) {
            throw new IllegalStateException("channel already bound");
        }
        String address = props.getTransport() + "://" + props.getIp() + ":"
                + (control ? props.getControlPort() : props.getShellPort());
        bind(address);
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        String name = control ? "control" : "shell";
        loop = new Loop(name, 0, () -> {
            if (poller.poll(IDLE_SLEEP_MS) <= 0) {
                return;
            }
            Message<?> message;
            try {
                message = readMessage();
            } catch (SecurityException e) {
                LOG.warn("{}: dropped a message with a wrong HMAC signature", name);
                return;
            }
            if (message == null) {
                return;
            }
            ShellHandler handler = connection.getHandler(message.getHeader().getType());
            if (handler == null) {
                LOG.warn("{}: no handler for {}", name, message.getHeader().getType().getName());
                return;
            }
            ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
            try {
                handler.handle(env, message);
            } catch (Exception e) {
                LOG.warn("{}: {} failed: {}", name, message.getHeader().getType().getName(),
                        e.toString());
            } finally {
                env.resolveDeferrals();
            }
            if (env.isMarkedForShutdown()) {
                connection.close();
            }
        });
        loop.onClose(() -> loop = null);
        loop.start();
    }

    @Override
    public void close() {
        Loop running = loop;
        if (running != null) {
            running.shutdown();
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Loop running = loop;
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
