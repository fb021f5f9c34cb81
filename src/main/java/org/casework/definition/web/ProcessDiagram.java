package org.casework.definition.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casework.definition.ConditionWords;
import org.casework.definition.ProcessChanges;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkShape;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A process drawn as SVG: each step a box whose shape says its kind (a diamond for a branch, a pill for an end),
 * stages as labelled groups around their steps, arrows to each step's successors, a branch's arrows labelled with
 * their conditions. Eclipse ELK's layered algorithm places everything (the same drawing for the same document); this
 * class only measures text and writes the SVG, escaping every word the author wrote. A kind of step this class does
 * not know is drawn as a plain box from {@link Step#successors()}, so new kinds appear without changes here.
 */
final class ProcessDiagram {

    private static final double CHAR_WIDTH = 7.2;
    private static final double STEP_HEIGHT = 54;
    private static final int LONGEST_LABEL = 48;
    private static final String START = "\u0000start";

    private ProcessDiagram() {}

    /** The SVG document for the process; {@code title} heads it for screen readers. */
    static String svg(ProcessDefinition process, String title) {
        var graph = new Layout(process);
        graph.place();
        return graph.draw(title);
    }

    /** The stage each step is drawn in: its own, else the stage of the step that leads to it first. */
    static Map<String, String> stagesOf(ProcessDefinition process) {
        var stages = new LinkedHashMap<String, String>();
        var queue = new ArrayDeque<String>();
        if (process.start() != null && process.step(process.start()).isPresent()) {
            var first = process.step(process.start()).get();
            stages.put(first.key(), first.stage());
            queue.add(first.key());
        }
        while (!queue.isEmpty()) {
            var step = process.step(queue.poll()).orElseThrow();
            for (var next : step.successors()) {
                var target = process.step(next);
                if (target.isEmpty() || stages.containsKey(next)) continue;
                stages.put(next, target.get().stage() != null ? target.get().stage() : stages.get(step.key()));
                queue.add(next);
            }
        }
        // Steps nothing leads to (a draft in progress) keep the stage they name.
        for (var step : process.steps()) stages.putIfAbsent(step.key(), step.stage());
        return stages;
    }

    /** How a kind of step is drawn: its shape and the word shown above its name. */
    private enum Shape {
        BOX,
        DIAMOND,
        PILL,
        WAIT
    }

    private static Shape shapeOf(Step step) {
        return switch (step) {
            case Step.Branch branch -> Shape.DIAMOND;
            case Step.End end -> Shape.PILL;
            case Step.Timer timer -> Shape.WAIT;
            case Step.InformationRequest request -> Shape.WAIT;
            default -> Shape.BOX;
        };
    }

    /** The label of each arrow out of a step, by successor; a kind not listed has unlabelled arrows. */
    private static List<String[]> exits(Step step) {
        var exits = new ArrayList<String[]>();
        switch (step) {
            case Step.Branch branch -> {
                for (var route : branch.routes())
                    exits.add(new String[] {route.next(), ConditionWords.of(route.when())});
                if (branch.otherwise() != null) exits.add(new String[] {branch.otherwise(), "otherwise"});
            }
            case Step.InformationRequest request -> {
                if (request.next() != null) exits.add(new String[] {request.next(), "reply"});
                if (request.overdue() != null) exits.add(new String[] {request.overdue(), "no reply in time"});
            }
            default -> {
                for (var next : step.successors()) exits.add(new String[] {next, null});
            }
        }
        return exits;
    }

    /** The ELK graph of one process, then its drawing. */
    private static final class Layout {
        private final ProcessDefinition process;
        private final ElkNode root = ElkGraphUtil.createGraph();
        private final Map<String, ElkNode> groups = new LinkedHashMap<>();
        private final Map<String, ElkNode> nodes = new LinkedHashMap<>();
        private final Map<ElkNode, Step> steps = new LinkedHashMap<>();
        private final Map<ElkEdge, String> fullLabels = new LinkedHashMap<>();
        private ElkNode start;

        Layout(ProcessDefinition process) {
            this.process = process;
        }

        void place() {
            root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
            root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
            root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
            root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
            root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
            root.setProperty(CoreOptions.RANDOM_SEED, 1);
            // All arrows out of (and into) a step meet at one point, so a branch's leave from its diamond's tip.
            root.setProperty(LayeredOptions.MERGE_EDGES, true);

            var stageOf = stagesOf(process);
            for (var step : process.steps()) {
                if (nodes.containsKey(step.key())) continue;
                var stage = stageOf.get(step.key());
                var parent = stage == null ? root : group(stage);
                var node = ElkGraphUtil.createNode(parent);
                var shape = shapeOf(step);
                var width = Math.max(130, Math.max(text(name(step)), text(ProcessChanges.kindOf(step))) + 32);
                if (shape == Shape.DIAMOND) width += 40;
                node.setDimensions(width, shape == Shape.DIAMOND ? STEP_HEIGHT + 16 : STEP_HEIGHT);
                nodes.put(step.key(), node);
                steps.put(node, step);
            }
            if (process.start() != null && nodes.containsKey(process.start())) {
                start = ElkGraphUtil.createNode(nodes.get(process.start()).getParent());
                start.setDimensions(24, 24);
                connect(start, nodes.get(process.start()), null);
            }
            for (var step : process.steps()) {
                var from = nodes.get(step.key());
                if (steps.get(from) != step) continue;
                for (var exit : exits(step)) {
                    var to = nodes.get(exit[0]);
                    if (to != null) connect(from, to, exit[1]);
                }
            }
            new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        }

        private ElkNode group(String stage) {
            return groups.computeIfAbsent(stage, key -> {
                var group = ElkGraphUtil.createNode(root);
                group.setProperty(LayeredOptions.MERGE_EDGES, true);
                group.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(36, 16, 16, 16));
                return group;
            });
        }

        private void connect(ElkNode from, ElkNode to, String label) {
            var edge = ElkGraphUtil.createSimpleEdge(from, to);
            ElkGraphUtil.updateContainment(edge);
            if (label != null) {
                var shown = label.length() > LONGEST_LABEL ? label.substring(0, LONGEST_LABEL - 1) + "…" : label;
                var elkLabel = ElkGraphUtil.createLabel(shown, edge);
                elkLabel.setDimensions(text(shown) + 8, 18);
                fullLabels.put(edge, label);
            }
        }

        String draw(String title) {
            var svg = new StringBuilder();
            var width = Math.ceil(root.getWidth()) + 2;
            var height = Math.ceil(root.getHeight()) + 2;
            svg.append(
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\"")
                    .append(" class=\"process-diagram\" width=\"")
                    .append(number(width))
                    .append("\" height=\"")
                    .append(number(height))
                    .append("\" viewBox=\"0 0 ")
                    .append(number(width))
                    .append(' ')
                    .append(number(height))
                    .append("\" font-family=\"Arial, sans-serif\" font-size=\"13\">\n");
            svg.append("<title id=\"diagram-title\">").append(escape(title)).append("</title>\n");
            svg.append("<desc id=\"diagram-desc\">")
                    .append(escape(description()))
                    .append("</desc>\n");
            svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\"")
                    .append(" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"")
                    .append(" fill=\"#0b0c0c\"/></marker></defs>\n");
            for (var stage : groups.entrySet()) drawStage(svg, stage.getKey(), stage.getValue());
            drawEdges(svg, root);
            for (var node : steps.keySet()) drawStep(svg, node);
            if (start != null) {
                var x = absoluteX(start) + 12;
                var y = absoluteY(start) + 12;
                svg.append("<circle class=\"start\" cx=\"")
                        .append(number(x))
                        .append("\" cy=\"")
                        .append(number(y))
                        .append("\" r=\"10\" fill=\"#0b0c0c\"><title>Start</title></circle>\n");
            }
            return svg.append("</svg>\n").toString();
        }

        private String description() {
            var stageNames = groups.keySet().stream().map(this::stageName).toList();
            return process.steps().size() + " steps"
                    + (stageNames.isEmpty() ? "" : " in the stages " + String.join(", ", stageNames))
                    + (process.start() == null ? "" : "; the case starts at " + process.start());
        }

        private String stageName(String key) {
            return process.stage(key)
                    .map(s -> s.name() == null ? key : s.name())
                    .orElse(key);
        }

        private void drawStage(StringBuilder svg, String key, ElkNode group) {
            svg.append("<g class=\"stage\" data-stage=\"").append(escape(key)).append("\">");
            svg.append("<rect x=\"")
                    .append(number(absoluteX(group)))
                    .append("\" y=\"")
                    .append(number(absoluteY(group)))
                    .append("\" width=\"")
                    .append(number(group.getWidth()))
                    .append("\" height=\"")
                    .append(number(group.getHeight()))
                    .append("\" rx=\"6\" fill=\"#f3f2f1\" stroke=\"#b1b4b6\" stroke-dasharray=\"6 4\"/>");
            svg.append("<text x=\"")
                    .append(number(absoluteX(group) + 10))
                    .append("\" y=\"")
                    .append(number(absoluteY(group) + 22))
                    .append("\" font-weight=\"bold\">Stage: ")
                    .append(escape(stageName(key)))
                    .append("</text></g>\n");
        }

        private void drawEdges(StringBuilder svg, ElkNode container) {
            for (var edge : container.getContainedEdges()) {
                var dx = absoluteX(container);
                var dy = absoluteY(container);
                var label = fullLabels.get(edge);
                svg.append("<g class=\"route\">");
                if (label != null) svg.append("<title>").append(escape(label)).append("</title>");
                for (var section : edge.getSections()) {
                    var path = new StringBuilder("M ")
                            .append(number(section.getStartX() + dx))
                            .append(' ')
                            .append(number(section.getStartY() + dy));
                    for (var bend : section.getBendPoints())
                        path.append(" L ")
                                .append(number(bend.getX() + dx))
                                .append(' ')
                                .append(number(bend.getY() + dy));
                    path.append(" L ")
                            .append(number(section.getEndX() + dx))
                            .append(' ')
                            .append(number(section.getEndY() + dy));
                    svg.append("<path d=\"")
                            .append(path)
                            .append(
                                    "\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
                }
                for (var elkLabel : edge.getLabels()) {
                    svg.append("<rect x=\"")
                            .append(number(elkLabel.getX() + dx))
                            .append("\" y=\"")
                            .append(number(elkLabel.getY() + dy))
                            .append("\" width=\"")
                            .append(number(elkLabel.getWidth()))
                            .append("\" height=\"")
                            .append(number(elkLabel.getHeight()))
                            .append("\" fill=\"#ffffff\" opacity=\"0.9\"/>");
                    svg.append("<text class=\"route-label\" x=\"")
                            .append(number(elkLabel.getX() + dx + 4))
                            .append("\" y=\"")
                            .append(number(elkLabel.getY() + dy + 13))
                            .append("\" font-size=\"12\" fill=\"#505a5f\">")
                            .append(escape(elkLabel.getText()))
                            .append("</text>");
                }
                svg.append("</g>\n");
            }
            for (var child : container.getChildren()) drawEdges(svg, child);
        }

        private void drawStep(StringBuilder svg, ElkNode node) {
            var step = steps.get(node);
            var x = absoluteX(node);
            var y = absoluteY(node);
            var w = node.getWidth();
            var h = node.getHeight();
            var kind = ProcessChanges.kindOf(step);
            svg.append("<g class=\"step step-")
                    .append(escape(kind))
                    .append("\" data-step=\"")
                    .append(escape(step.key()))
                    .append("\">");
            switch (shapeOf(step)) {
                case DIAMOND ->
                    svg.append("<polygon points=\"")
                            .append(number(x + w / 2))
                            .append(',')
                            .append(number(y))
                            .append(' ')
                            .append(number(x + w))
                            .append(',')
                            .append(number(y + h / 2))
                            .append(' ')
                            .append(number(x + w / 2))
                            .append(',')
                            .append(number(y + h))
                            .append(' ')
                            .append(number(x))
                            .append(',')
                            .append(number(y + h / 2))
                            .append("\" fill=\"#fff7bf\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
                case PILL -> rect(svg, x, y, w, h, h / 2, "#e7f1e9");
                case WAIT ->
                    rect(svg, x, y, w, h, 4, "#eaf1f8")
                            .append("<rect x=\"")
                            .append(number(x + 3))
                            .append("\" y=\"")
                            .append(number(y + 3))
                            .append("\" width=\"")
                            .append(number(w - 6))
                            .append("\" height=\"")
                            .append(number(h - 6))
                            .append("\" rx=\"3\" fill=\"none\" stroke=\"#0b0c0c\"/>");
                case BOX -> rect(svg, x, y, w, h, 8, "#ffffff");
            }
            svg.append("<text x=\"")
                    .append(number(x + w / 2))
                    .append("\" y=\"")
                    .append(number(y + h / 2 - 6))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">")
                    .append(escape(kind))
                    .append("</text><text x=\"")
                    .append(number(x + w / 2))
                    .append("\" y=\"")
                    .append(number(y + h / 2 + 12))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                    .append(escape(name(step)))
                    .append("</text></g>\n");
        }

        private static StringBuilder rect(
                StringBuilder svg, double x, double y, double w, double h, double r, String fill) {
            return svg.append("<rect x=\"")
                    .append(number(x))
                    .append("\" y=\"")
                    .append(number(y))
                    .append("\" width=\"")
                    .append(number(w))
                    .append("\" height=\"")
                    .append(number(h))
                    .append("\" rx=\"")
                    .append(number(r))
                    .append("\" fill=\"")
                    .append(fill)
                    .append("\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
        }

        private double absoluteX(ElkShape shape) {
            double x = 0;
            for (var node = shape; node instanceof ElkNode n && n != root; node = n.getParent()) x += n.getX();
            return x + 1;
        }

        private double absoluteY(ElkShape shape) {
            double y = 0;
            for (var node = shape; node instanceof ElkNode n && n != root; node = n.getParent()) y += n.getY();
            return y + 1;
        }
    }

    private static String name(Step step) {
        return step.name() == null || step.name().isBlank() ? step.key() : step.name();
    }

    private static double text(String words) {
        return words == null ? 0 : words.length() * CHAR_WIDTH;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Every word an author wrote passes through here before it is put in the SVG. */
    static String escape(String text) {
        if (text == null) return "";
        var out = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0 at all.
                    if (c >= 0x20 || c == '\n' || c == '\t') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
