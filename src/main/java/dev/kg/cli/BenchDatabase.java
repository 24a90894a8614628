package dev.kg.cli;

import dev.kg.convert.ConvertOptions;
import dev.kg.store.KgDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The kg database a benchmark serves: the user's ({@code --db DIR}, which must exist, and is only
 * read), or one made from FILEs in a temporary folder, deleted when closed.
 */
final class BenchDatabase implements AutoCloseable {
    private final Path dir;
    private final Path temporary;

    private BenchDatabase(Path dir, Path temporary) {
        this.dir = dir;
        this.temporary = temporary;
    }

    static BenchDatabase of(CommandSpec spec, Path db, List<Path> files, ConvertOptions options) {
        if (db != null) {
            if (!Files.isRegularFile(db.resolve(KgDatabase.MARKER))) {
                throw new ParameterException(spec.commandLine(), db + " is not a kg database"
                        + " (make one with 'kg load --db " + db + " FILE...', or leave out --db to use FILEs)");
            }
            return new BenchDatabase(db, null);
        }
        Path temporary;
        try {
            temporary = Files.createTempDirectory("kg-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark's database", e);
        }
        BenchDatabase made = new BenchDatabase(temporary.resolve("db"), temporary);
        try (KgDatabase database = KgDatabase.open(made.dir)) {
            files.forEach(database.loader(options)::load);
        } catch (RuntimeException e) {
            made.close();
            throw e;
        }
        return made;
    }

    /** The database folder. */
    Path dir() {
        return dir;
    }

    /** Deletes the database if this made it. */
    @Override
    public void close() {
        if (temporary == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(temporary)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's database " + temporary, e);
        }
    }
}
