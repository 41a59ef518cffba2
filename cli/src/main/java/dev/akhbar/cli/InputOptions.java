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

  /** These options, every pattern checked first: a bad one is a usage error (status 2). */
  InputOptions checked(picocli.CommandLine.Model.CommandSpec spec) {
    check(spec);
    return this;
  }

  /** Checks every pattern once, before any directory is walked. */
  private void check(picocli.CommandLine.Model.CommandSpec spec) {
    for (String g :
        globs.isEmpty()
            ? excludes
            : java.util.stream.Stream.concat(globs.stream(), excludes.stream()).toList()) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + g);
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "not a file pattern: " + g + " (" + e.getMessage() + ")");
      }
    }
  }

  /** Whether a file found under directory {@code root} is read; a file named itself always is. */
  boolean selects(Path root, Path file) {
    if (file.equals(root)) {
      return true;
    }
    Path relative = root.relativize(file);
    if (!globs.isEmpty() && globs.stream().noneMatch(g -> matches(g, relative))) {
      return false;
    }
    return excludes.stream().noneMatch(g -> matches(g, relative));
  }

  private static boolean matches(String pattern, Path relative) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (pattern.indexOf('/') < 0) {
      return m.matches(relative.getFileName());
    }
    // "**/x" also matches x at the top of the directory, as in a shell with globstar.
    return m.matches(relative)
        || pattern.startsWith("**/")
            && FileSystems.getDefault()
                .getPathMatcher("glob:" + pattern.substring(3))
                .matches(relative);
  }
}
