package dev.kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final String TEXT = "3月5日上午，示例市委召开汇报会。\n";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsUtf8ArticleWithIdAndLocation() throws IOException {
        Path file = write("d01.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        Article article = reader.read(file);
        assertEquals("d01", article.id());
        assertEquals(file.toString(), article.location());
        assertEquals(TEXT, article.text());
    }

    @Test
    void stripsUtf8ByteOrderMark() throws IOException {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(TEXT, reader.read(write("bom.txt", bytes)).text());
    }

    @Test
    void idDropsOnlyTheLastExtension() {
        assertEquals("a.b", ArticleReader.idOf(Path.of("x", "a.b.txt")));
        assertEquals("noext", ArticleReader.idOf(Path.of("noext")));
    }

    @Test
    void missingFile() {
        assertRefused(dir.resolve("nope.txt"), "no such file");
    }

    @Test
    void directory() {
        assertRefused(dir, "is a directory");
    }

    @Test
    void emptyFile() throws IOException {
        assertRefused(write("empty.txt", new byte[0]), "empty file");
    }

    @Test
    void onlyWhitespace() throws IOException {
        assertRefused(write("blank.txt", " \n\t\r\n　".getBytes(StandardCharsets.UTF_8)), "empty file");
    }

    @Test
    void binaryWithNulBytes() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertRefused(write("image.txt", png), "binary");
    }

    @Test
    void binaryWithManyControlCharacters() throws IOException {
        byte[] bytes = "中文\u0001\u0002\u0003\u0004\u0005\u0006".getBytes(StandardCharsets.UTF_8);
        assertRefused(write("ctl.txt", bytes), "binary");
    }

    @Test
    void gbkIsNotUtf8AndTheMessageSaysWhereAndHow() throws IOException {
        byte[] gbk = ("ab" + TEXT).getBytes(Charset.forName("GBK"));
        SourceException e = assertRefused(write("gbk.txt", gbk), "not valid UTF-8 at byte 3");
        assertTrue(e.getMessage().contains("iconv -f GBK -t UTF-8"), e.getMessage());
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        byte[] withBom = TEXT.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        SourceException e = assertRefused(write("be.txt", withBom), "UTF-16");
        assertTrue(e.getMessage().contains("iconv -f UTF-16 -t UTF-8"), e.getMessage());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsNulBytes() throws IOException {
        assertRefused(write("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
        assertRefused(write("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE)), "UTF-16");
    }

    @Test
    void textWithoutHanCharacters() throws IOException {
        assertRefused(write("urls.txt", "http://example.org/a\n".getBytes(StandardCharsets.UTF_8)), "no Chinese");
    }

    @Test
    void htmlPageIsRefusedNotConvertedWithItsTags() throws IOException {
        String page = "\n<!DOCTYPE html>\n<html><body><p>" + TEXT + "</p></body></html>\n";
        assertRefused(write("page.txt", page.getBytes(StandardCharsets.UTF_8)), "HTML, not plain text");
        assertRefused(write("bare.txt", ("<HTML>\n<p>" + TEXT).getBytes(StandardCharsets.UTF_8)), "HTML");
        // an article that merely mentions a tag is still an article
        Path mention = write("m.txt", ("网页以<html>开头，" + TEXT).getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.readString(mention), reader.read(mention).text());
    }

    @Test
    void exceptionReasonIsTheShortPart() throws IOException {
        SourceException e = assertThrows(SourceException.class, () -> reader.read(write("e.txt", new byte[0])));
        assertEquals("empty file", e.reason());
    }

    private SourceException assertRefused(Path file, String expected) {
        SourceException e = assertThrows(SourceException.class, () -> reader.read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file.toString() + ": "), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.contains("("), "has a hint: " + message);
        assertTrue(message.contains(expected), message);
        return e;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
