package org.cdgan.kernel;

import java.util.List;
import java.util.Map;

import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;

/** An {@code execute_reply} that carries payloads, such as text for the pager. */
final class PayloadExecuteReply extends ExecuteReply {

    @SuppressWarnings("unused") // serialised by Gson
    private final List<Map<String, Object>> payload;

    PayloadExecuteReply(int executionCount, List<Map<String, Object>> payload) {
        super(executionCount, Map.of());
        this.payload = List.copyOf(payload);
    }
}
