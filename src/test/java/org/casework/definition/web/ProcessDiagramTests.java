package org.casework.definition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.definition.Step;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The process diagram is an SVG document a browser and a screen reader can read: every step by name, the stages as
 * groups, a branch's routes labelled with their conditions, and whatever an author typed escaped.
 */
class ProcessDiagramTests {

    private static ProcessDefinition reportAProblem() throws Exception {
        try (var in = ProcessDiagramTests.class.getResourceAsStream("/demo/processes/report-a-problem.json")) {
            return new ProcessDocuments()
                    .read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.JSON);
        }
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        var texts = new ArrayList<String>();
        var nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    @Test
    void theDiagramIsAnSvgWithATitleADescriptionEveryStepAndEveryStage() throws Exception {
        var process = reportAProblem();

        var svg = parse(ProcessDiagram.svg(process, "Diagram of Report a problem"));

        var root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Diagram of Report a problem");
        assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .contains("6 steps", "Received", "Assessing", "Decision");
        var texts = texts(svg);
        for (var step : process.steps()) assertThat(texts).contains(step.name());
        assertThat(texts).contains("Stage: Received", "Stage: Assessing", "Stage: Decision");
        assertThat(texts).contains("category is \"pothole\"", "otherwise");
    }

    @Test
    void stepsWithoutAStageAreDrawnInTheStageOfTheStepBeforeThem() throws Exception {
        var stages = ProcessDiagram.stagesOf(reportAProblem());

        assertThat(stages).containsEntry("assess-highways", "received").containsEntry("closed", "decision");
    }

    @Test
    void whatAnAuthorTypedIsEscaped() throws Exception {
        var process = reportAProblem();
        var steps = new ArrayList<Step>(process.steps());
        steps.replaceAll(step -> step.key().equals("closed")
                ? new Step.End("closed", "Closed <script>alert('x')</script> & done", null, "resolved")
                : step);
        var named = new ProcessDefinition(
                process.key(),
                "Fix <b>this</b> & that",
                process.description(),
                process.category(),
                process.lgslCode(),
                process.department(),
                process.referencePrefix(),
                process.fields(),
                process.stages(),
                process.start(),
                steps,
                process.actions(),
                process.sla(),
                process.retentionDays(),
                process.form());

        var text = ProcessDiagram.svg(named, "Diagram of " + named.name());

        assertThat(text).doesNotContain("<script>", "<b>");
        var svg = parse(text);
        assertThat(texts(svg)).contains("Closed <script>alert('x')</script> & done");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Diagram of Fix <b>this</b> & that");
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    @Test
    void aDraftInProgressIsDrawnAsFarAsItGoes() throws Exception {
        var draft = new ProcessDefinition(
                "half-written",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "nowhere",
                List.of(
                        new Step.Automatic("first", "First", "missing-stage", null, "gone"),
                        new Step.End("first", "A second step with the same key", null, "done")),
                List.of(),
                null,
                null,
                null);

        var svg = parse(ProcessDiagram.svg(draft, "Diagram of the draft"));

        assertThat(texts(svg)).contains("First", "Stage: missing-stage");
    }

    @Test
    void theSameProcessIsAlwaysDrawnTheSame() throws Exception {
        var process = reportAProblem();

        assertThat(ProcessDiagram.svg(process, "A")).isEqualTo(ProcessDiagram.svg(process, "A"));
    }
}
