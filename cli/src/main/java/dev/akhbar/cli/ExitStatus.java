package dev.akhbar.cli;

/** The command line's exit statuses, besides 0 (all input read) and picocli's 2 (usage error). */
final class ExitStatus {
  private ExitStatus() {}

  /** Some input failed, or, with {@code --strict}, had a problem. */
  static final int SOME_FAILED = 1;
}
