package org.casework.conversation.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.casework.conversation.DocumentProperties;
import org.casework.conversation.DocumentRefused;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an upload before it is stored: not empty, no larger than {@code casework.documents.max-size}, and of a type
 * in {@code casework.documents.allowed-types} as its content shows. The bytes go to a temporary file as they arrive,
 * so a large file is never held in memory, and reading stops one byte past the limit.
 *
 * <p>The type comes from the content alone (tika-core's magic bytes), never from the file name or the Content-Type
 * the sender claimed: a PNG named {@code .pdf} is a PNG, a program renamed {@code .pdf} is a program. tika-core alone
 * sees a Word document only as an Office Open XML zip, so the zip's own entries say whether it is one
 * ({@code word/document.xml}) rather than a spreadsheet or a presentation.
 */
@Component
public class ContentCheck {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** What people call each type in an error message; a type not listed is named by its subtype. */
    private static final Map<String, String> NAMES = Map.of(
            "application/pdf",
            "PDF",
            "image/jpeg",
            "JPG",
            "image/png",
            "PNG",
            DOCX,
            "DOCX",
            "application/vnd.oasis.opendocument.text",
            "ODT",
            "image/gif",
            "GIF",
            "image/tiff",
            "TIFF",
            "text/plain",
            "TXT");

    private final Tika tika = new Tika();
    private final DocumentProperties properties;

    ContentCheck(DocumentProperties properties) {
        this.properties = properties;
    }

    /** Reads and checks the content; the caller closes what it returns (which removes the temporary file). */
    public IncomingFile check(InputStream content) {
        Path file = null;
        try {
            file = Files.createTempFile("casework-upload-", ".part");
            var limit = properties.maxSize().toBytes();
            long size;
            try (var out = Files.newOutputStream(file)) {
                size = copyAtMost(content, out, limit + 1);
            }
            if (size == 0) throw new DocumentRefused("file", DocumentRefused.Kind.EMPTY, "The selected file is empty");
            if (size > limit) {
                throw new DocumentRefused(
                        "file",
                        DocumentRefused.Kind.TOO_LARGE,
                        "The selected file must be smaller than " + describe(properties.maxSize()));
            }
            var type = detect(file);
            if (!properties.allowedTypes().contains(type)) {
                throw new DocumentRefused(
                        "file",
                        DocumentRefused.Kind.WRONG_TYPE,
                        "The selected file must be a " + allowedNames(properties.allowedTypes()));
            }
            var checked = new IncomingFile(file, size, type);
            file = null;
            return checked;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file the operating system will clear; the refusal matters more.
                }
            }
        }
    }

    private String detect(Path file) throws IOException {
        String type;
        // No file name is given to Tika on purpose: with one, it trusts the extension for content it cannot place.
        try (var in = Files.newInputStream(file)) {
            type = tika.detect(in);
        }
        if (type.equals("application/x-tika-ooxml") || type.equals("application/zip")) return zipType(file, type);
        return type;
    }

    private static String zipType(Path file, String detected) {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) return DOCX;
            return detected;
        } catch (IOException notAZip) {
            return "application/octet-stream";
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long most) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < most && (read = in.read(buffer, 0, (int) Math.min(buffer.length, most - total))) != -1) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    /** "10MB", "512KB": GOV.UK writes sizes without a space. */
    public static String describe(DataSize size) {
        var bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + "MB";
        if (bytes >= 1024 && bytes % 1024 == 0) return bytes / 1024 + "KB";
        return bytes + " bytes";
    }

    /** "PDF, JPG, PNG, DOCX or ODT". */
    public static String allowedNames(List<String> types) {
        var names = new LinkedHashMap<String, Boolean>();
        for (var type : types) names.put(name(type), true);
        var list = List.copyOf(names.keySet());
        if (list.size() == 1) return list.getFirst();
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.getLast();
    }

    private static String name(String type) {
        var known = NAMES.get(type);
        if (known != null) return known;
        var subtype = type.substring(type.indexOf('/') + 1);
        return subtype.toUpperCase(Locale.ROOT);
    }
}
