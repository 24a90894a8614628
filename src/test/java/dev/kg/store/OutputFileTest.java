package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.Fifo;
import dev.kg.store.OutputFile.Existing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutputFileTest {
    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesANewFileAndCreatesMissingFolders() throws IOException {
        Path out = dir.resolve("a/b/x.ttl");
        OutputFile.write(out, Existing.REFUSE, o -> o.write(NEW));
        assertArrayEquals(NEW, Files.readAllBytes(out));
        assertEquals(List.of(out), files(dir.resolve("a/b")), "no temporary file left");
    }

    @Test
    void refusesAnExistingFileUnlessToldToReplaceIt() throws IOException {
        Path out = Files.writeString(dir.resolve("x.ttl"), "keep");
        StoreException e = assertThrows(StoreException.class,
                () -> OutputFile.write(out, Existing.REFUSE, o -> o.write(NEW)));
        assertEquals("cannot write " + out + ": it exists (give --force to replace it)", e.getMessage());
        assertEquals("keep", Files.readString(out));
        assertEquals(List.of(out), files(dir));

        OutputFile.write(out, Existing.REPLACE, o -> o.write(NEW));
        assertArrayEquals(NEW, Files.readAllBytes(out));
    }

    @Test
    void aFileThatAppearsWhileWritingIsNotReplaced() throws IOException {
        Path out = dir.resolve("x.ttl");
        StoreException e = assertThrows(StoreException.class, () -> OutputFile.write(out, Existing.REFUSE, o -> {
            o.write(NEW);
            Files.writeString(out, "another program's"); // after the check, before the move
        }));
        assertTrue(e.getMessage().endsWith("it exists (give --force to replace it)"), e.getMessage());
        assertEquals("another program's", Files.readString(out));
        assertEquals(List.of(out), files(dir), "no temporary file left");
    }

    @Test
    void aLinkThatAppearsWhileWritingIsNotReplacedEvenWhenReplacing() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Path out = dir.resolve("x.ttl");
        assertThrows(StoreException.class, () -> OutputFile.write(out, Existing.REPLACE, o -> {
            o.write(NEW);
            Files.createSymbolicLink(out, victim);
        }));
        assertTrue(Files.isSymbolicLink(out));
        assertEquals("keep", Files.readString(victim));
        assertEquals(2, files(dir).size(), "no temporary file left");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Existing.class)
    void neverReplacesASymbolicLinkNorWhatItPointsTo(Existing existing) throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), victim);
        StoreException e = assertThrows(StoreException.class,
                () -> OutputFile.write(link, existing, o -> o.write(NEW)));
        assertTrue(e.getMessage().startsWith("cannot write " + link + ": it is a symbolic link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(victim));
        assertEquals(2, files(dir).size(), "no temporary file left");
    }

    @Test
    void neverReplacesAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x.ttl"));
        Files.writeString(folder.resolve("inside"), "keep");
        StoreException e = assertThrows(StoreException.class,
                () -> OutputFile.write(folder, Existing.REPLACE, o -> o.write(NEW)));
        assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
        assertEquals("keep", Files.readString(folder.resolve("inside")));
    }

    @Test
    void neverReplacesAPipe() throws Exception {
        Path fifo = dir.resolve("x.ttl");
        assumeTrue(Fifo.make(fifo), "mkfifo is not available here");
        StoreException e = assertThrows(StoreException.class,
                () -> OutputFile.write(fifo, Existing.REPLACE, o -> o.write(NEW)));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertEquals(List.of(fifo), files(dir));
    }

    @Test
    void aParentThatIsAFileIsNamedAsTheReason() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path out = empty.resolve("x.ttl");
        StoreException e = assertThrows(StoreException.class,
                () -> OutputFile.write(out, Existing.REFUSE, o -> o.write(NEW)));
        assertEquals("cannot write " + out + ": " + empty + " is a file, not a folder", e.getMessage());
    }

    @Test
    void aParentIsNamedAsTheUserSpelledIt() throws IOException {
        // a relative path resolves against the working folder: Maven's is the project, so use target/
        Path empty = Path.of("target").resolve("empty-" + UUID.randomUUID() + ".txt");
        Files.writeString(empty, "");
        try {
            Path out = empty.resolve("sub/x.ttl");
            assertEquals(Optional.of(empty + " is a file, not a folder"), OutputFile.problem(out, Existing.REFUSE));
        } finally {
            Files.delete(empty);
        }
    }

    @Test
    void aWriterFailureOfAnyKindLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("x.ttl"), "keep");
        IOException io = new IOException("disk full");
        StoreException e = assertThrows(StoreException.class, () -> OutputFile.write(out, Existing.REPLACE, o -> {
            o.write(NEW);
            throw io;
        }));
        assertSame(io, e.getCause());
        IllegalStateException bug = new IllegalStateException("serializer bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> OutputFile.write(out, Existing.REPLACE, o -> {
            o.write(NEW);
            throw bug;
        })));
        assertThrows(OutOfMemoryError.class, () -> OutputFile.write(out, Existing.REPLACE, o -> {
            o.write(NEW);
            throw new OutOfMemoryError("simulated");
        }));
        assertEquals("keep", Files.readString(out));
        assertEquals(List.of(out), files(dir), "no temporary file left");
    }

    @Test
    void removesOnlyItsOwnStaleTemporariesForTheTargetsNamed() throws IOException {
        Path ours = Files.writeString(dir.resolve(OutputFile.temporaryName(Path.of("a.ttl"))), "half");
        Path otherTarget = Files.writeString(dir.resolve(OutputFile.temporaryName(Path.of("b.ttl"))), "half");
        Path notOurs = Files.writeString(dir.resolve(".a.ttl." + UUID.randomUUID() + ".tmp"), "someone's");
        Path user = Files.writeString(dir.resolve("a.ttl"), "keep");
        List<Path> removed = OutputFile.removeStaleTemporaries(dir, Set.of("a.ttl"));
        assertEquals(List.of(ours), removed);
        assertEquals(List.of(user, otherTarget, notOurs).stream().sorted().toList(), files(dir));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
