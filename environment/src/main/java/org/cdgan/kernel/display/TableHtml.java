package org.cdgan.kernel.display;

import tech.tablesaw.api.Table;

/**
 * HTML of a Tablesaw table: its name and shape, then the head and tail rows when it is long.
 */
public final class TableHtml {

    /** Tables longer than this show their first and last {@link #EDGE_ROWS} rows only. */
    public static final int MAX_ROWS = 40;

    /** Rows shown at each end of a long table. */
    public static final int EDGE_ROWS = 10;

    private TableHtml() {
    }

    /** The HTML table. */
    public static String html(Table table) {
        StringBuilder html = new StringBuilder("<table class=\"cdgan-table\">\n<caption>");
        html.append(escape(table.name() == null ? "" : table.name())).append(" (")
                .append(table.rowCount()).append(" rows \u00d7 ").append(table.columnCount())
                .append(" columns)</caption>\n<thead><tr>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int rows = table.rowCount();
        boolean cut = rows > MAX_ROWS;
        for (int r = 0; r < rows; r++) {
            if (cut && r == EDGE_ROWS) {
                html.append("<tr><td colspan=\"").append(table.columnCount())
                        .append("\">\u2026 ").append(rows - 2 * EDGE_ROWS)
                        .append(" more rows \u2026</td></tr>\n");
                r = rows - EDGE_ROWS;
            }
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                html.append("<td>").append(escape(table.column(c).getString(r))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    /** Escapes the characters HTML gives a meaning to. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
