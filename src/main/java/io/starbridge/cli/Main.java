package io.starbridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code java -jar target/starbridge.jar COMMAND …}. Wiring lives only in this package. */
@Command(name = "starbridge", mixinStandardHelpOptions = true, version = "Starbridge 0.1",
        description = "Multi-crew starship bridge simulator.",
        subcommands = {PlayCommand.class, ReplayCommand.class, DrillCommand.class, ServeCommand.class, LoadtestCommand.class, ValidateCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override public void run() {
        new CommandLine(this).usage(System.out);
    }
}
