package dev.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Stub: to be written. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not yet written)")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
