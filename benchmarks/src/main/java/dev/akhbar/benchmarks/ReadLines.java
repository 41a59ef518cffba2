package dev.akhbar.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline process of {@code benchmarks/cli-vs-baseline}: reads a UTF-8 file line by line with
 * {@link BufferedReader#readLine} and counts its lines and chars, the least a program that looks at
 * every line does. Usage: {@code java -cp benchmarks.jar dev.akhbar.benchmarks.ReadLines FILE}.
 */
public final class ReadLines {
  private ReadLines() {}

  /** Prints the file's line and char counts. */
  public static void main(String[] args) throws IOException {
    long lines = 0;
    long chars = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines++;
        chars += line.length();
      }
    }
    System.out.println(lines + " lines, " + chars + " chars");
  }
}
