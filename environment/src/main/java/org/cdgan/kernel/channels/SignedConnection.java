package org.cdgan.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's sockets, bound only where the connection file says (loopback by default), with
 * shell and control channels that verify every message's signature and drop a forged one.
 */
public final class SignedConnection extends JupyterConnection {

    private final KernelConnectionProperties props;
    private final ZMQ.Context context;
    private final SignedShellChannel shellChannel;
    private final SignedShellChannel controlChannel;
    private boolean connected;

    /**
     * @param props the parsed connection file
     * @throws InvalidKeyException when the key cannot sign
     * @throws NoSuchAlgorithmException when the signature scheme is unknown
     */
    public SignedConnection(KernelConnectionProperties props)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        this.context = ZMQ.context(1);
        HMACGenerator hmac = props.createHMACGenerator();
        this.shellChannel = new SignedShellChannel(context, hmac, false, this);
        this.controlChannel = new SignedShellChannel(context, hmac, true, this);
    }

    @Override
    public synchronized void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(props);
        shellChannel.bind(props);
        controlChannel.bind(props);
        stdin.bind(props);
        iopub.bind(props);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    @Override
    public synchronized void close() {
        shellChannel.close();
        controlChannel.close();
        super.close();
        context.close();
    }

    @Override
    public void waitUntilClose() {
        shellChannel.waitUntilClose();
        controlChannel.waitUntilClose();
        super.waitUntilClose();
    }
}
