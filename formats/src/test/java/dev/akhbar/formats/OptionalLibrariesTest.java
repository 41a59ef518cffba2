package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * akhbar-formats without its optional dependencies (xz, zstd-jni, jwarc, jsoup): the files that
 * need one fail with an error naming the artifact, and every other file still reads. Run in a
 * process whose class path lacks the four jars.
 */
class OptionalLibrariesTest {
  private static final List<String> OPTIONAL = List.of("xz-", "zstd-jni", "jwarc", "jsoup");

  @TempDir Path dir;

  /** Prints, for each path, its number of articles or the message of its error. */
  public static final class Consumer {
    public static void main(String[] args) {
      for (String a : args) {
        try (DumpReader r = Dumps.read(Path.of(a))) {
          System.out.println(r.stream().count());
        } catch (IOException | UncheckedIOException e) {
          System.out.println("error: " + e.getMessage());
        } catch (Throwable e) {
          System.out.println("crash: " + e);
        }
      }
    }
  }

  @Test
  void aFileThatNeedsAMissingLibraryNamesItAndTheOthersRead() throws Exception {
    byte[] page =
        "عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر.\n".getBytes(StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    files.add(write("page.txt", page).toString());
    for (String codec :
        List.of(
            CompressorStreamFactory.GZIP,
            CompressorStreamFactory.XZ,
            CompressorStreamFactory.ZSTANDARD)) {
      Path f = dir.resolve("page." + codec);
      try (OutputStream o =
          new CompressorStreamFactory()
              .createCompressorOutputStream(codec, Files.newOutputStream(f))) {
        o.write(page);
      }
      files.add(f.toString());
    }
    files.add(write("crawl.warc", WarcTest.warc(WarcCompression.NONE)).toString());
    files.add(fixture("fixtures/structured/saved-page.html"));
    files.add(fixture("fixtures/structured/html-field.jsonl"));
    files.add(fixture("fixtures/rss-shape.xml"));
    // A scrapy-style XML export whose body is HTML in a CDATA section.
    files.add(
        write(
                "export.xml",
                ("<items><item><title>عنوان الخبر</title><body><![CDATA[<p>نص الخبر.</p>]]>"
                        + "</body></item></items>\n")
                    .getBytes(StandardCharsets.UTF_8))
            .toString());
    String[] lines = run(OPTIONAL, files);
    String all = String.join("\n", lines);
    assertEquals(files.size(), lines.length, all);
    assertEquals("1", lines[0], all);
    assertEquals("1", lines[1], all);
    // Where the input's name is known here it comes first, as in the other errors of a file.
    assertTrue(
        lines[2].startsWith(
            "error: " + files.get(2) + ": reading an xz stream needs org.tukaani:xz "),
        all);
    assertTrue(lines[3].contains(": reading a zstd stream needs com.github.luben:zstd-jni "), all);
    assertTrue(lines[4].contains(": reading a WARC file needs org.netpreserve:jwarc "), all);
    assertTrue(lines[5].startsWith("error: reading an HTML page needs org.jsoup:jsoup "), all);
    assertTrue(lines[6].startsWith("error: reading an HTML page needs org.jsoup:jsoup "), all);
    assertTrue(lines[7].startsWith("error: reading HTML markup needs org.jsoup:jsoup "), all);
    assertTrue(lines[8].startsWith("error: reading HTML markup needs org.jsoup:jsoup "), all);

    // jwarc without jsoup: a WARC file still needs jsoup for its pages, and says so.
    String[] warc = run(List.of("jsoup"), List.of(files.get(4)));
    assertTrue(warc[0].contains(": reading a WARC file's pages needs org.jsoup:jsoup "), warc[0]);
  }

  /** What the consumer prints for {@code files}, run without the jars named {@code missing}. */
  private String[] run(List<String> missing, List<String> files)
      throws IOException, InterruptedException {
    String classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                e -> missing.stream().noneMatch(Path.of(e).getFileName().toString()::startsWith))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath);
    command.add(Consumer.class.getName());
    command.addAll(files);
    Path printed = Files.createTempFile(dir, "printed", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(printed.toFile())
            .start();
    assertEquals(0, p.waitFor());
    return Files.readString(printed, StandardCharsets.UTF_8).split("\n");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** A test resource copied out to a file (the reader sniffs a file, not a class-path entry). */
  private String fixture(String resource) throws IOException {
    Path f = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in =
        OptionalLibrariesTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, f);
    }
    return f.toString();
  }
}
