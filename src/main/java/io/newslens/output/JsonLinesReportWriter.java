package io.newslens.output;

import java.io.IOException;
import java.io.Writer;

/** JSON Lines: one compact object per document and line. */
public final class JsonLinesReportWriter implements ReportWriter {
    private final Writer out;

    public JsonLinesReportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Report report) throws IOException {
        out.write(JsonReports.JSON.writeValueAsString(JsonReports.toJson(report)));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
