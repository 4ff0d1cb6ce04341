package io.newslens.output;

import java.io.IOException;
import java.io.Writer;

/**
 * An aligned text table with the same columns and rows as the CSV form: the REPL's default,
 * for reading rather than for other programs. Written out in {@link #close()}.
 */
public final class TableReportWriter implements ReportWriter {
    private final Writer out;
    private final CsvRows rows;
    private final TextTable table;

    public TableReportWriter(Writer out, CsvRows rows) {
        this.out = out;
        this.rows = rows;
        this.table = new TextTable(rows.header());
    }

    @Override
    public void write(Report report) {
        rows.rows(report, new OffsetMap(report.text())).forEach(table::add);
    }

    @Override
    public void close() throws IOException {
        if (table.isEmpty()) {
            out.write("(nothing found)\n");
        } else {
            table.write(out);
        }
        out.flush();
    }
}
