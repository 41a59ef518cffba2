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

/**
 * Parsing memory does not grow with the dump: 1 GiB of pages streamed through a conversion whose
 * heap is capped at 256 MB, in a JVM of its own. Every page comes out as one article.
 */
class ScaleTest {
  private static final long GIB = 1L << 30;

  @Test
  void aGibibyteDumpConvertsWithA256MbHeap() throws Exception {
    byte[] page = (Files.readString(Path.of(CliTest.SEED)) + "\n").getBytes(StandardCharsets.UTF_8);
    long pages = GIB / page.length + 1;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Akhbar.class.getName(), "convert", "-q", "-"))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    AtomicLong lines = new AtomicLong();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
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
    try (OutputStream in = child.getOutputStream()) {
      for (long i = 0; i < pages; i++) {
        in.write(page);
      }
    }
    assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the conversion finished");
    reader.join();
    assertEquals(0, child.exitValue(), "no OutOfMemoryError, no failure");
    assertEquals(pages, lines.get(), "one article per page, none lost");
  }
}
