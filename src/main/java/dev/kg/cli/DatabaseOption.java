package dev.kg.cli;

import dev.kg.store.KgDatabase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option of the commands that read or write a kg database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = KgDatabase.DEFAULT_DIR,
            description = "The kg database folder (TDB2 in DIR/tdb2, text index in DIR/text); created if it"
                    + " does not exist, refused if it is a folder kg did not create (default: ${DEFAULT-VALUE}).")
    Path dir;

    KgDatabase open() {
        return KgDatabase.open(dir);
    }
}
