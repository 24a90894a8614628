package dev.kg.cli;

import dev.kg.KgException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
                LoadCommand.class,
                ServeCommand.class,
                ValidateCommand.class,
                LinkCommand.class,
                EvalCommand.class,
                DocsCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Exit status of a fatal error: an input that does not parse, a port in use, a bug. */
    public static final int FATAL = 2;

    /** The command line as {@link #main} runs it: its out and err write UTF-8 to these streams. */
    static CommandLine commandLine(OutputStream out, OutputStream err) {
        return commandLine()
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::fatal)
                .setParameterExceptionHandler(Main::usageError);
    }

    /** A usage error: the message and where to find help, not the whole help text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("kg: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        cmd.getErr().flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Our own exceptions carry a message meant for the user; anything else is a bug, so show the trace. */
    private static int fatal(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof KgException) {
            cmd.getErr().println("kg: " + e.getMessage());
        } else {
            cmd.getErr().println("kg: internal error (a bug in kg; please report it):");
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return FATAL;
    }

    public static void main(String[] args) {
        // Chinese text on stdout and stderr as UTF-8 whatever the locale (LANG=C would print ???)
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(commandLine(System.out, System.err).execute(args));
    }
}
