package dev.akhbar.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import picocli.CommandLine.Option;

/** Which files under a directory argument are read: the options shared by the reading commands. */
final class InputOptions {
  @Option(
      names = "--hidden",
      description = "Also read hidden files and directories (.git, .cache) under a directory.")
  boolean hidden;

  @Option(
      names = "--glob",
      paramLabel = "PATTERN",
      description =
          "Under a directory, read only files that match (repeatable): a pattern without '/' "
              + "matches the file name (*.jsonl.gz), one with '/' the path below the directory "
              + "(2024/**/*.json).")
  List<String> globs = List.of();

  @Option(
      names = "--exclude",
      paramLabel = "PATTERN",
      description = "Under a directory, skip files that match (repeatable; patterns as --glob).")
  List<String> excludes = List.of();

  /** The patterns compiled, once: a directory of a million files compiles none again. */
  private List<java.util.function.Predicate<Path>> selected;

  private List<java.util.function.Predicate<Path>> excluded;

  /** These options, every pattern compiled first: a bad one is a usage error (status 2). */
  InputOptions checked(picocli.CommandLine.Model.CommandSpec spec) {
    selected = compile(globs, spec);
    excluded = compile(excludes, spec);
    return this;
  }

  private static List<java.util.function.Predicate<Path>> compile(
      List<String> patterns, picocli.CommandLine.Model.CommandSpec spec) {
    List<java.util.function.Predicate<Path>> out = new java.util.ArrayList<>();
    for (String g : patterns) {
      try {
        out.add(matcher(g));
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "not a file pattern: " + g + " (" + e.getMessage() + ")");
      }
    }
    return out;
  }

  /**
   * Whether a file found under directory {@code root} is read; a file named itself always is. Call
   * {@link #checked} first.
   */
  boolean selects(Path root, Path file) {
    if (file.equals(root)) {
      return true;
    }
    Path relative = root.relativize(file);
    if (!selected.isEmpty() && selected.stream().noneMatch(m -> m.test(relative))) {
      return false;
    }
    return excluded.stream().noneMatch(m -> m.test(relative));
  }

  /**
   * A pattern as a test of a path below the directory: without '/', of its file name; with '/', of
   * the whole path, "**&#47;x" also matching x at the top (as in a shell with globstar).
   */
  private static java.util.function.Predicate<Path> matcher(String pattern) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (pattern.indexOf('/') < 0) {
      return relative -> m.matches(relative.getFileName());
    }
    if (!pattern.startsWith("**/")) {
      return m::matches;
    }
    PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3));
    return relative -> m.matches(relative) || top.matches(relative);
  }
}
