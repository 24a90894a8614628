package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.Manifest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad files among good ones through {@code kg convert}: the good articles convert, each bad
 * file is reported on stderr with its reason, the exit status is 1, and no output is left for a bad one.
 * The files are made here, not committed. A 2 MB single-line article is good and must convert; a 20 MB
 * single line, as a file or as a JSON Lines line, is over {@code --max-article-size} (4 MiB by default)
 * and is refused from its size, before it is read (it is Chinese text that would otherwise take minutes
 * to convert).
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    @Test
    void goodArticlesConvertAndEachBadFileIsReportedWithItsReason() throws IOException {
        String seed = Files.readString(Path.of("seeds/xuzhou-2005.txt"));
        byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
        Path in = Files.createDirectory(dir.resolve("in"));
        Map<String, String> bad = new TreeMap<>(); // file → the reason stderr must give
        bad.put(write(in, "empty.txt", new byte[0]), "empty file");
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        bad.put(write(in, "binary.txt", random), "binary data");
        bad.put(write(in, "gbk.txt", seed.getBytes(Charset.forName("GBK"))), "not valid UTF-8");
        bad.put(write(in, "utf16-bom.txt", seed.getBytes(StandardCharsets.UTF_16)), "UTF-16");
        bad.put(write(in, "utf16le.txt", seed.getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
        // cut inside the three bytes of a Chinese character
        int cut = seed.substring(0, 100).getBytes(StandardCharsets.UTF_8).length + 1;
        bad.put(write(in, "truncated.txt", Arrays.copyOf(utf8, cut)), "not valid UTF-8");
        bad.put(write(in, "page.txt", ("<html><body><p>" + seed.replace("\n", "</p>\n<p>") + "</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8)), "HTML, not plain text");
        bad.put(write(in, "punctuation.txt", "，。！？……——“”《》、；：\n".repeat(50).getBytes(StandardCharsets.UTF_8)),
                "no Chinese");
        String oneLine = seed.replace("\n", "");
        byte[] lineBytes = oneLine.getBytes(StandardCharsets.UTF_8);
        byte[] twentyMb = oneLine.repeat(20_000_000 / lineBytes.length + 1).getBytes(StandardCharsets.UTF_8);
        bad.put(write(in, "huge-line.txt", twentyMb), "too large: ");
        String small = "{\"id\":\"j%d\",\"text\":\"9月12日，市委召开座谈会。市委书记王建国主持会议。\"}\n";
        Path jsonl = in.resolve("news.jsonl");
        try (var out = Files.newOutputStream(jsonl)) {
            out.write(String.format(small, 1).getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"j2\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            out.write(twentyMb);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(String.format(small, 3).getBytes(StandardCharsets.UTF_8));
        }
        Set<String> good = Set.of(
                write(in, "xuzhou.txt", utf8),
                write(in, "small.txt", "9月12日至13日，市委召开座谈会。市委书记王建国主持会议。\n".getBytes(StandardCharsets.UTF_8)),
                write(in, "long-line.txt", oneLine.repeat(2_000_000 / oneLine.length() / 3 + 1)
                        .getBytes(StandardCharsets.UTF_8)));
        List<String> args = Stream.concat(Stream.of("convert", "-o", dir.resolve("out") + "/", jsonl.toString()),
                Stream.concat(bad.keySet().stream(), good.stream()).map(n -> in.resolve(n).toString())).toList();

        Cli run = Cli.run(args.toArray(String[]::new));

        assertEquals(1, run.exit(), run.err());
        for (Map.Entry<String, String> b : bad.entrySet()) {
            String file = in.resolve(b.getKey()).toString();
            assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("kg: " + file + ": ") && l.contains(b.getValue())),
                    b + " in\n" + run.err());
        }
        assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("kg: " + jsonl + ":2: too large: 19.")
                && l.endsWith(" MiB, over the limit of 4 MiB")), run.err());
        assertTrue(run.err().contains("converted 5 of " + (bad.size() + 3 + 3) + " articles"), run.err());
        Set<String> written;
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            written = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Manifest.NAME))
                    .collect(Collectors.toSet());
        }
        assertEquals(Stream.concat(good.stream().map(n -> n.replace(".txt", ".ttl")), Stream.of("j1.ttl", "j3.ttl"))
                        .collect(Collectors.toSet()), written,
                "one graph per good article, nothing for a bad one, no temporary file");
        for (String name : written) {
            Model m = RDFDataMgr.loadModel(dir.resolve("out").resolve(name).toString());
            assertTrue(m.size() > 10, name + " holds a graph");
        }
        assertEquals("", run.out());
    }

    private static String write(Path folder, String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve(name), bytes);
        return name;
    }
}
