package dev.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Stub: to be written. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "(not yet written)")
public final class ConvertCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
