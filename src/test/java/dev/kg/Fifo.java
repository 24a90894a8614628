package dev.kg;

import java.io.IOException;
import java.nio.file.Path;

/** Makes a named pipe, for tests that an output which is not a regular file is refused. */
public final class Fifo {
    private Fifo() {}

    /** @return false where {@code mkfifo} is not available (the test is then skipped) */
    public static boolean make(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
