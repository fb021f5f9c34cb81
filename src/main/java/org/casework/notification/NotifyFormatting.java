package org.casework.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GOV.UK Notify's formatting, as administrators write it in an email: {@code #} and {@code ##} headings, bullet lists
 * ({@code *}, {@code -} or {@code •}), numbered lists ({@code 1.}), inset text ({@code ^}), a horizontal rule
 * ({@code ---}), paragraphs (a single line break stays a line break), bare web addresses and {@code [text](address)}
 * links. Nothing else is markup: every other character, and so every placeholder's value, is HTML-escaped, and only
 * {@code http}, {@code https} and {@code mailto} addresses become links.
 *
 * <p>Written here rather than configured from CommonMark: Notify's syntax is not a subset of it ({@code ^} has no
 * CommonMark block; {@code ---} under a line would make it a heading; emphasis, code spans, entities and backslash
 * escapes would change what a resident reads), and a line-by-line reader of six constructs is easier to keep exact.
 */
final class NotifyFormatting {

    /** The look to render in: inline styles for an email client, or GOV.UK Frontend's classes for a staff page. */
    enum Look {
        EMAIL,
        PAGE
    }

    sealed interface Block {}

    record Heading(int level, String text) implements Block {}

    record Paragraph(List<String> lines) implements Block {}

    record Inset(List<String> lines) implements Block {}

    record Bullets(List<List<String>> items) implements Block {}

    record Numbered(List<List<String>> items) implements Block {}

    record Rule() implements Block {}

    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,2})\\s+(\\S.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*(-{3,}|\\*{3,})\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[*\\-•]\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern INSET = Pattern.compile("^\\s*\\^\\s?(.*)$");
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\[\\]\\n]+)]\\(\\s*((?:https?://|mailto:)[^\\s()]+)\\s*\\)|(https?://[^\\s<>\"]+)",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\")";

    private static final String FONT = "font-family: Helvetica, Arial, sans-serif; color: #0b0c0c;";
    private static final String TEXT = FONT + " font-size: 19px; line-height: 25px;";

    private NotifyFormatting() {}

    /** The text's blocks, in order. */
    static List<Block> parse(String text) {
        var blocks = new ArrayList<Block>();
        if (text == null) return blocks;
        var open = new OpenBlock();
        for (var line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                open.close(blocks);
                continue;
            }
            Matcher match;
            if ((match = HEADING.matcher(line)).matches()) {
                open.close(blocks);
                blocks.add(new Heading(match.group(1).length(), match.group(2).strip()));
            } else if (RULE.matcher(line).matches()) {
                open.close(blocks);
                blocks.add(new Rule());
            } else if ((match = BULLET.matcher(line)).matches()) {
                open.item(OpenBlock.Kind.BULLETS, match.group(1), blocks);
            } else if ((match = NUMBER.matcher(line)).matches()) {
                open.item(OpenBlock.Kind.NUMBERED, match.group(1), blocks);
            } else if ((match = INSET.matcher(line)).matches() && open.kind != OpenBlock.Kind.INSET) {
                open.close(blocks);
                open.start(OpenBlock.Kind.INSET, match.group(1));
            } else if (open.kind == OpenBlock.Kind.INSET && (match = INSET.matcher(line)).matches()) {
                open.line(match.group(1));
            } else if (open.kind == null) {
                open.start(OpenBlock.Kind.PARAGRAPH, line);
            } else {
                open.line(line);
            }
        }
        open.close(blocks);
        return blocks;
    }

    /** The text as the body of an email or a page: escaped HTML, with only the formatting above as markup. */
    static String html(String text, Look look) {
        var html = new StringBuilder();
        for (var block : parse(text)) {
            switch (block) {
                case Heading heading -> {
                    var tag = heading.level() == 1 ? "h2" : "h3";
                    html.append('<')
                            .append(tag)
                            .append(
                                    look == Look.EMAIL
                                            ? " style=\"" + FONT + " margin: 0 0 15px 0; font-size: "
                                                    + (heading.level() == 1
                                                            ? "27px; line-height: 35px;"
                                                            : "22px;" + " line-height: 30px;")
                                                    + " font-weight: bold;\""
                                            : " class=\""
                                                    + (heading.level() == 1 ? "govuk-heading-m" : "govuk-heading-s")
                                                    + "\"")
                            .append('>')
                            .append(inline(heading.text()))
                            .append("</")
                            .append(tag)
                            .append(">\n");
                }
                case Paragraph paragraph ->
                    html.append(
                                    look == Look.EMAIL
                                            ? "<p style=\"" + TEXT + " margin: 0 0 20px 0;\">"
                                            : "<p class=\"govuk-body\">")
                            .append(lines(paragraph.lines()))
                            .append("</p>\n");
                case Inset inset ->
                    html.append(
                                    look == Look.EMAIL
                                            ? "<blockquote style=\"" + TEXT
                                                    + " margin: 0 0 20px 0; border-left: 10px solid"
                                                    + " #b1b4b6; padding: 15px 0 0.1px 15px;\"><p style=\"" + TEXT
                                                    + " margin: 0 0 15px 0;\">"
                                            : "<div class=\"govuk-inset-text\"><p class=\"govuk-body\">")
                            .append(lines(inset.lines()))
                            .append(look == Look.EMAIL ? "</p></blockquote>\n" : "</p></div>\n");
                case Bullets bullets -> list(html, "ul", bullets.items(), look);
                case Numbered numbered -> list(html, "ol", numbered.items(), look);
                case Rule rule ->
                    html.append(
                            look == Look.EMAIL
                                    ? "<hr style=\"border: 0; height: 1px; background: #b1b4b6; margin: 30px 0 30px 0;\">\n"
                                    : "<hr class=\"govuk-section-break govuk-section-break--m govuk-section-break--visible\">\n");
            }
        }
        return html.toString();
    }

    /**
     * The text as an email's plain-text part: headings underlined, bullets as {@code •}, insets indented, links as
     * {@code text (address)}, each block a paragraph.
     */
    static String plainText(String text) {
        var out = new ArrayList<String>();
        for (var block : parse(text)) {
            out.add(
                    switch (block) {
                        case Heading heading -> {
                            var words = plainInline(heading.text());
                            yield words + "\n"
                                    + (heading.level() == 1 ? "=" : "-").repeat(Math.min(words.length(), 60));
                        }
                        case Paragraph paragraph -> plainLines(paragraph.lines(), "");
                        case Inset inset -> plainLines(inset.lines(), "    ");
                        case Bullets bullets ->
                            String.join(
                                    "\n",
                                    bullets.items().stream()
                                            .map(item -> "• "
                                                    + plainLines(item, "  ").strip())
                                            .toList());
                        case Numbered numbered -> {
                            var items = new ArrayList<String>();
                            for (int i = 0; i < numbered.items().size(); i++)
                                items.add((i + 1) + ". "
                                        + plainLines(numbered.items().get(i), "   ")
                                                .strip());
                            yield String.join("\n", items);
                        }
                        case Rule rule -> "-".repeat(40);
                    });
        }
        return String.join("\n\n", out) + (out.isEmpty() ? "" : "\n");
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void list(StringBuilder html, String tag, List<List<String>> items, Look look) {
        html.append('<').append(tag);
        if (look == Look.EMAIL) {
            html.append(" style=\"" + TEXT + " margin: 0 0 20px 0; padding-left: 25px;\">");
        } else {
            html.append(" class=\"govuk-list ")
                    .append(tag.equals("ul") ? "govuk-list--bullet" : "govuk-list--number")
                    .append("\">");
        }
        for (var item : items) {
            html.append(look == Look.EMAIL ? "<li style=\"margin: 5px 0 5px 0;\">" : "<li>")
                    .append(lines(item))
                    .append("</li>");
        }
        html.append("</").append(tag).append(">\n");
    }

    private static String lines(List<String> lines) {
        return String.join(
                "<br>\n", lines.stream().map(NotifyFormatting::inline).toList());
    }

    private static String plainLines(List<String> lines, String indent) {
        return String.join(
                "\n", lines.stream().map(line -> indent + plainInline(line)).toList());
    }

    /** One line: escaped, with its links made links. */
    private static String inline(String line) {
        var html = new StringBuilder();
        var match = LINK.matcher(line);
        var from = 0;
        while (match.find()) {
            String words;
            String address;
            var end = match.end();
            if (match.group(1) != null) {
                words = match.group(1);
                address = match.group(2);
            } else {
                address = trimmed(match.group(3));
                end = match.start() + address.length();
                words = address;
            }
            html.append(escape(line.substring(from, match.start())))
                    .append("<a href=\"")
                    .append(escape(address))
                    .append("\">")
                    .append(escape(words))
                    .append("</a>");
            from = end;
        }
        return html.append(escape(line.substring(from))).toString();
    }

    private static String plainInline(String line) {
        var text = new StringBuilder();
        var match = LINK.matcher(line);
        var from = 0;
        while (match.find()) {
            if (match.group(1) == null) continue;
            text.append(line, from, match.start())
                    .append(match.group(1))
                    .append(" (")
                    .append(match.group(2))
                    .append(')');
            from = match.end();
        }
        return text.append(line.substring(from)).toString().strip();
    }

    /** A bare address ends before the punctuation that closes its sentence. */
    private static String trimmed(String address) {
        var end = address.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(address.charAt(end - 1)) >= 0) {
            if (address.charAt(end - 1) == ')' && address.substring(0, end).contains("(")) break;
            end--;
        }
        return address.substring(0, end);
    }

    /** The block being read, until a blank line or another kind of block ends it. */
    private static final class OpenBlock {

        enum Kind {
            PARAGRAPH,
            INSET,
            BULLETS,
            NUMBERED
        }

        Kind kind;
        List<String> lines = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();

        void start(Kind kind, String line) {
            this.kind = kind;
            lines = new ArrayList<>();
            lines.add(line.strip());
        }

        void line(String line) {
            // A line straight after a list item carries on that item.
            if (kind == Kind.BULLETS || kind == Kind.NUMBERED) items.getLast().add(line.strip());
            else lines.add(line.strip());
        }

        void item(Kind list, String text, List<Block> blocks) {
            if (kind != list) {
                close(blocks);
                kind = list;
                items = new ArrayList<>();
            }
            var item = new ArrayList<String>();
            item.add(text.strip());
            items.add(item);
        }

        void close(List<Block> blocks) {
            if (kind == null) return;
            blocks.add(
                    switch (kind) {
                        case PARAGRAPH -> new Paragraph(List.copyOf(lines));
                        case INSET -> new Inset(List.copyOf(lines));
                        case BULLETS -> new Bullets(List.copyOf(items));
                        case NUMBERED -> new Numbered(List.copyOf(items));
                    });
            kind = null;
        }
    }
}
