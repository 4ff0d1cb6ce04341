package io.newslens.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import io.newslens.io.Input;
import io.newslens.io.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
    private final AtomicInteger analysed = new AtomicInteger();
    private final Workspace workspace = new Workspace(() -> Fixtures.analyzer(analysed));

    @Test
    void analysesADocumentOnceAndServesSmallerRequestsFromTheCache() {
        Document mayor = new Document("mayor.txt", Fixtures.MAYOR);
        workspace.load(List.<Input>of(mayor).iterator());
        assertThat(analysed).hasValue(0);
        Analysis full = workspace.analysis(mayor, workspace.shownLayers());
        assertThat(workspace.analysis(mayor, Set.of(Layer.ENTITIES))).isSameAs(full);
        assertThat(analysed).hasValue(1);
    }

    @Test
    void reloadingADocumentReplacesItAndDropsItsAnalyses() {
        workspace.load(List.<Input>of(new Document("a.txt", "Okafor."), new Problem("b.txt", 0, "no such file")).iterator());
        Analysis old = workspace.analysis(workspace.documents().get(0), Set.of(Layer.ENTITIES));
        Workspace.Loaded loaded = workspace.load(List.<Input>of(new Document("a.txt", "Reyes.")).iterator());
        assertThat(loaded.documents()).isEqualTo(1);
        assertThat(workspace.documents()).extracting(Document::text).containsExactly("Reyes.");
        assertThat(workspace.analysis(workspace.documents().get(0), Set.of(Layer.ENTITIES))).isNotSameAs(old);
    }

    @Test
    void reportsProblemsInsteadOfLoadingThem() {
        Workspace.Loaded loaded = workspace.load(List.<Input>of(new Problem("b.txt", 0, "no such file")).iterator());
        assertThat(loaded.documents()).isZero();
        assertThat(loaded.problems()).extracting(Problem::describe).containsExactly("cannot read 'b.txt': no such file");
    }

    @Test
    void findsADocumentByIdNumberOrPartOfItsId() {
        workspace.load(List.<Input>of(new Document("news/mayor.txt", ""), new Document("news/court.txt", "")).iterator());
        assertThat(workspace.find("news/court.txt")).extracting(Document::id).containsExactly("news/court.txt");
        assertThat(workspace.find("1")).extracting(Document::id).containsExactly("news/mayor.txt");
        assertThat(workspace.find("MAYOR")).extracting(Document::id).containsExactly("news/mayor.txt");
        assertThat(workspace.find("news")).hasSize(2);
        assertThat(workspace.find("3")).isEmpty();
    }

    @Test
    void analysesEveryDocumentInLoadOrder() throws Exception {
        workspace.load(List.<Input>of(new Document("a", "Okafor."), new Document("b", "Reyes.")).iterator());
        List<String> failures = new ArrayList<>();
        List<Analysis> all = workspace.analyses(workspace.shownLayers(), failures::add);
        assertThat(all).extracting(a -> a.document().id()).containsExactly("a", "b");
        assertThat(failures).isEmpty();
    }
}
