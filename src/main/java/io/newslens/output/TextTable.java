package io.newslens.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, for people rather than programs: numbers are
 * right-aligned, long cells are cut with an ellipsis so one quote cannot push every other
 * column off the screen.
 *
 * <p>Why buffer every row: a column's width is known only after its widest cell. Tables are
 * meant for the handful of documents an analyst explores in the REPL, not for batch runs.
 */
public final class TextTable {
    /** Widest cell shown; longer ones end in an ellipsis. */
    static final int MAX_WIDTH = 60;

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("header must name at least one column");
        }
        this.header = List.copyOf(header);
    }

    /** Adds a row; null cells print empty. */
    public void add(List<?> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(new ArrayList<>(row));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes the header, a rule and the rows, each line ending in a newline. */
    public void write(Writer out) throws IOException {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(header.get(c));
            for (List<Object> row : rows) {
                widths[c] = Math.max(widths[c], width(cell(row.get(c))));
            }
        }
        line(out, new ArrayList<>(header), widths);
        List<Object> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        for (List<Object> row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(Writer out, List<Object> row, int[] widths) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cell(row.get(c));
            String pad = " ".repeat(widths[c] - width(cell));
            boolean last = c == widths.length - 1;
            if (row.get(c) instanceof Number) {
                text.append(pad).append(cell);
            } else {
                text.append(cell).append(last ? "" : pad);
            }
            if (!last) {
                text.append("  ");
            }
        }
        out.write(text.toString().stripTrailing());
        out.write('\n');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= MAX_WIDTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_WIDTH - 1)) + "…";
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
