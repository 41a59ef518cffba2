package dev.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code akhbar} command: converts Arabic news dumps to JSON, parses dates, normalises text.
 *
 * <p>Exit status: 0 when everything was read; 1 when some input or value failed (everything else
 * was still processed); 2 for a usage error.
 */
@Command(
    name = "akhbar",
    mixinStandardHelpOptions = true,
    versionProvider = Akhbar.Version.class,
    description = {"Turns raw Arabic news dumps into clean, structured articles.", ""},
    subcommands = {
      ConvertCommand.class,
      StatsCommand.class,
      DateCommand.class,
      NormalizeCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 all input read; 1 some input failed (the rest was still processed); 2 usage error.",
      "",
      "Examples:",
      "  akhbar convert seeds/000_7c490c51ed63725b.txt",
      "  akhbar convert dumps/*.txt -o articles.jsonl",
      "  akhbar date '29th, February 2024 GMT' 'السبت 15 رجب 1442هـ'",
      "  echo 'ط¨ظˆطھظٹظ†' | akhbar normalize --repair"
    })
public final class Akhbar implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Akhbar());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Akhbar::usageError);
    cl.setExecutionExceptionHandler(Akhbar::failure);
    return cl;
  }

  /**
   * What escaped a command (a run that could not start or go on, not one input): one line, an I/O
   * problem in plain words and anything else as an internal error; the trace only with {@code
   * --debug}. Status 1.
   */
  private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    java.io.PrintWriter err = cl.getErr();
    boolean debug =
        parsed.expandedArgs().contains("--debug") || parsed.expandedArgs().contains("-v");
    if (e instanceof OutputException) {
      // Already in the user's words: "cannot write PATH: REASON".
      err.println("akhbar: " + e.getMessage());
    } else if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
      // The reason names no path (an input's line names it first): the file, where one is known.
      Throwable io =
          e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      String file =
          io instanceof java.nio.file.FileSystemException f && f.getFile() != null
              ? f.getFile() + ": "
              : "";
      err.println("akhbar: " + file + RunSummary.why(e, 0));
    } else {
      err.println(
          "akhbar: internal error ("
              + e
              + ")"
              + (debug ? "" : "; --debug shows where, for a bug report"));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitStatus.SOME_FAILED;
  }

  /**
   * A usage error: the reason and where to read more, on standard error, not the whole help; status
   * 2.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    java.io.PrintWriter err = cl.getErr();
    err.println("akhbar: " + e.getMessage());
    String name = cl.getCommandSpec().qualifiedName();
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** With no command: a short usage on standard error, status 2. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is missing: convert, stats, date, normalize or eval");
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Akhbar.class.getResourceAsStream("/akhbar-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "akhbar " + p.getProperty("version", "unknown"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
