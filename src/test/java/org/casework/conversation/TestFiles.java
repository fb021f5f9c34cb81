package org.casework.conversation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of each kind a citizen might upload, made in the test rather than kept as binaries. */
public final class TestFiles {

    private TestFiles() {}

    /** A one-page PDF with nothing on the page. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF padded (inside a comment) to exactly this many bytes. */
    public static byte[] pdfOfSize(int bytes) {
        var start = pdf();
        var padded = Arrays.copyOf(start, bytes);
        padded[start.length] = '%';
        Arrays.fill(padded, start.length + 1, bytes, (byte) 'x');
        return padded;
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** A Word document as far as its container goes: the parts every .docx has. */
    public static byte[] docx() {
        return zip(
                false,
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml",
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    /** An OpenDocument text file: its stored, uncompressed {@code mimetype} entry first, as the standard requires. */
    public static byte[] odt() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document/>");
    }

    /** The start of a Windows program: what an .exe renamed .pdf begins with. */
    public static byte[] program() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1d70b8);
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("No " + format + " writer");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(boolean firstStored, String... namesAndTexts) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                var bytes = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(namesAndTexts[i]);
                if (i == 0 && firstStored) {
                    var crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
