package org.cdgan.kernel;

import java.util.List;

import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

/**
 * Replies that carry the {@code "status": "ok"} field the message specification requires
 * (the base classes leave it out).
 */
final class OkReplies {

    private OkReplies() {
    }

    /** A {@code kernel_info_reply} with its status. */
    static final class KernelInfo extends KernelInfoReply {

        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        KernelInfo(String protocol, String name, String version, LanguageInfo language,
                String banner, List<HelpLink> links) {
            super(protocol, name, version, language, banner, links);
        }
    }

    /**
     * A {@code history_reply} with its status, whose entries are the tuples the specification
     * asks for: {@code [session, line, input]} or {@code [session, line, [input, output]]}.
     */
    static final class History implements ContentType<History> {

        @SuppressWarnings("unchecked")
        private static final MessageType<History> TYPE =
                (MessageType<History>) (MessageType<?>) MessageType.HISTORY_REPLY;

        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";
        @SuppressWarnings("unused") // serialised by Gson
        private final List<List<Object>> history;

        History(List<HistoryEntry> entries) {
            this.history = entries.stream().map(e -> List.<Object>of(e.getSession(),
                    e.getCellNumber(), e.hasOutput() ? List.of(e.getInput(), e.getOutput())
                            : e.getInput())).toList();
        }

        @Override
        public MessageType<History> getType() {
            return TYPE;
        }
    }
}
