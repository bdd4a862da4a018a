package org.cdgan.kernel.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/**
 * The inputs (and text outputs) of this kernel session, for Jupyter's {@code history}
 * requests: the last n cells, a range of cells, or a glob search.
 */
public final class CellHistory implements HistoryManager {

    /** The number of the current session in history replies. */
    public static final int SESSION = 1;

    private record Cell(int number, String input, String output) {
    }

    private final List<Cell> cells = new ArrayList<>();

    /** Records an executed cell. */
    public synchronized void add(int number, String input, String output) {
        cells.add(new Cell(number, input, output == null ? "" : output));
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = length <= 0 ? 0 : Math.max(0, cells.size() - length);
        return entries(cells.subList(from, cells.size()), flags);
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int sessionOffset, int start, int stop,
            Set<ResultFlag> flags) {
        if (sessionOffset != 0 && sessionOffset != SESSION) {
            return List.of();
        }
        return entries(cells.stream()
                .filter(c -> c.number() >= start && (stop <= start || c.number() < stop))
                .toList(), flags);
    }

    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length,
            Set<ResultFlag> flags) {
        Pattern glob = globToRegex(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<Cell> matches = new ArrayList<>();
        for (Cell cell : cells) {
            if (glob.matcher(cell.input()).matches()) {
                matches.add(cell);
            }
        }
        if (flags.contains(ResultFlag.UNIQUE)) {
            Map<String, Cell> latest = new LinkedHashMap<>();
            for (Cell cell : matches) {
                latest.remove(cell.input());
                latest.put(cell.input(), cell);
            }
            matches = new ArrayList<>(latest.values());
        }
        int from = length <= 0 ? 0 : Math.max(0, matches.size() - length);
        return entries(matches.subList(from, matches.size()), flags);
    }

    private static List<HistoryEntry> entries(List<Cell> cells, Set<ResultFlag> flags) {
        boolean output = flags.contains(ResultFlag.INCLUDE_OUTPUT);
        return cells.stream().map(c -> output
                ? new HistoryEntry(SESSION, c.number(), c.input(), c.output())
                : new HistoryEntry(SESSION, c.number(), c.input(), null)).toList();
    }

    /** An sqlite glob ({@code *}, {@code ?}, {@code [..]}, {@code [^..]}) as a regex. */
    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char ch : glob.toCharArray()) {
            if (inClass) {
                regex.append(ch == '\\' ? "\\\\" : String.valueOf(ch));
                inClass = ch != ']';
            } else if (ch == '*') {
                regex.append(".*");
            } else if (ch == '?') {
                regex.append('.');
            } else if (ch == '[') {
                regex.append('[');
                inClass = true;
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
