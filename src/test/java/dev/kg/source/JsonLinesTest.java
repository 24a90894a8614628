package dev.kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static final String TEXT = "3月5日上午，示例市委召开汇报会，市委书记王明主持会议。";
    private static final Path FILE = Path.of("news.jsonl");

    /** Counts the bytes the reader has taken from the file so far. */
    private static final class Counting extends FilterInputStream {
        long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }

    @Test
    void entriesArriveWhileTheFileIsStillBeingRead() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            jsonl.append("{\"id\":\"a").append(i).append("\",\"text\":\"").append(TEXT).append("\"}\n");
        }
        byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
        Counting in = new Counting(new ByteArrayInputStream(bytes));
        List<Long> readAtEntry = new ArrayList<>();
        JsonLines.read(in, FILE, SizeLimit.DEFAULT, e -> readAtEntry.add(in.read), bad -> { });
        assertEquals(20_000, readAtEntry.size());
        // a reader that took the whole file first would have read all of it before the first entry
        assertTrue(readAtEntry.get(0) < bytes.length / 10, readAtEntry.get(0) + " of " + bytes.length);
    }

    @Test
    void aLineOverTheLimitIsRefusedAndTheNextLinesRead() throws IOException {
        byte[] good = ("{\"id\":\"ok\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] huge = ("{\"id\":\"big\",\"text\":\"" + TEXT.repeat(300_000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(good), new ByteArrayInputStream(huge), new ByteArrayInputStream(good))));
        JsonLines.read(in, FILE, SizeLimit.parse("1m"), e -> ids.add(e.id()), bad::add);
        assertEquals(List.of("ok", "ok"), ids);
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).startsWith(FILE + ":2: too large: ") && bad.get(0).contains("over the limit of 1 MiB"),
                bad.get(0));
    }

    @Test
    void invalidUtf8SpoilsItsLineOnly() throws IOException {
        byte[] good = ("{\"id\":\"ok\",\"text\":\"" + TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = ("{\"id\":\"gbk\",\"text\":\"" + TEXT + "\"}\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        List<String> ids = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        byte[] all = new byte[good.length * 2 + gbk.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(gbk, 0, all, good.length, gbk.length);
        System.arraycopy(good, 0, all, good.length + gbk.length, good.length);
        JsonLines.read(new ByteArrayInputStream(all), FILE, SizeLimit.DEFAULT, e -> ids.add(e.id()), bad::add);
        assertEquals(List.of("ok", "ok"), ids);
        assertEquals(List.of(FILE + ":2: not valid UTF-8"), bad);
    }
}
