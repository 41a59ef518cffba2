package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing memory does not grow with the dump: 1 GiB of pages streamed through a conversion whose
 * heap is capped at 256 MB, in a JVM of its own: from standard input on one thread, and from a file
 * cut into pieces on two threads. Every page comes out as one article.
 */
class ScaleIT {
  private static final long GIB = 1L << 30;

  @Test
  void aGibibyteDumpConvertsWithA256MbHeap() throws Exception {
    byte[] page = page();
    long pages = GIB / page.length + 1;
    Child child = convert(List.of("-"));
    try (OutputStream in = child.process().getOutputStream()) {
      for (long i = 0; i < pages; i++) {
        in.write(page);
      }
    }
    child.finish(pages);
  }

  @Test
  void aGibibyteFileConvertsInPiecesOnTwoThreadsWithA256MbHeap(@TempDir Path dir) throws Exception {
    byte[] page = page();
    long pages = GIB / page.length + 1;
    Path file = dir.resolve("dump.txt");
    try (OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (long i = 0; i < pages; i++) {
        out.write(page);
      }
    }
    Child child = convert(List.of("--threads", "2", file.toString()));
    child.process().getOutputStream().close();
    child.finish(pages);
  }

  private static byte[] page() throws IOException {
    return (Files.readString(Path.of(CliTest.SEED)) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A conversion in a JVM of its own, and the thread that counts the articles it writes. */
  private record Child(Process process, Thread reader, AtomicLong articles) {
    void finish(long pages) throws InterruptedException {
      assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the conversion finished");
      reader.join();
      assertEquals(0, process.exitValue(), "no OutOfMemoryError, no failure");
      assertEquals(pages, articles.get(), "one article per page, none lost");
    }
  }

  private static Child convert(List<String> args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Akhbar.class.getName(),
                "convert",
                "-q"));
    command.addAll(args);
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    AtomicLong lines = new AtomicLong();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("{\"title\":\"بوتين: روسيا")) {
                    lines.incrementAndGet();
                  }
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    reader.start();
    return new Child(child, reader, lines);
  }
}
