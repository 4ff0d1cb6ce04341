package io.newslens.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON: one valid value, streamed. A single document is one object; with a second one the
 * output becomes an array. Why buffer one object: the writer cannot know in advance whether
 * a second document will come, and must not build the whole array in memory.
 */
public final class JsonReportWriter implements ReportWriter {
    private final Writer out;
    private ObjectNode pending;
    private boolean array;

    public JsonReportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Report report) throws IOException {
        ObjectNode node = JsonReports.toJson(report);
        if (pending == null && !array) {
            pending = node;
            return;
        }
        if (!array) {
            out.write("[\n");
            writeNode(pending);
            pending = null;
            array = true;
        }
        out.write(",\n");
        writeNode(node);
    }

    @Override
    public void close() throws IOException {
        if (array) {
            out.write("\n]\n");
        } else if (pending != null) {
            writeNode(pending);
            out.write("\n");
        } else {
            out.write("[]\n");
        }
        out.flush();
    }

    private void writeNode(ObjectNode node) throws IOException {
        JsonGenerator generator = JsonReports.JSON.getFactory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.useDefaultPrettyPrinter();
        JsonReports.JSON.writeTree(generator, node);
        generator.flush();
    }
}
