package dev.kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code kg}: one subcommand per job; each is thin and calls the pipeline. */
@Command(name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Chinese official-event news to a linked-data knowledge graph.",
        subcommands = {
                ConvertCommand.class,
                QueryCommand.class,
                ServeCommand.class,
                ValidateCommand.class,
                EvalCommand.class,
                DocsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
