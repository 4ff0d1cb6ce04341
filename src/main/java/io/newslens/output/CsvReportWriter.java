package io.newslens.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with a header row; free-text cells pass through {@link CellGuard}. */
public final class CsvReportWriter implements ReportWriter {
    private final CSVPrinter printer;
    private final CsvRows rows;

    public CsvReportWriter(Writer out, CsvRows rows) throws IOException {
        this.rows = rows;
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(rows.header().toArray(String[]::new)).get());
    }

    @Override
    public void write(Report report) throws IOException {
        OffsetMap offsets = new OffsetMap(report.text());
        for (List<Object> row : rows.rows(report, offsets)) {
            List<Object> guarded = new ArrayList<>(row.size());
            for (Object cell : row) {
                guarded.add(cell instanceof String s ? CellGuard.guard(s) : cell);
            }
            printer.printRecord(guarded);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
