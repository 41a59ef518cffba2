package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's shaded jar run as a user runs it, {@code java -jar}, with nothing on the
 * class path but the jar: every output format of the seed. The unit tests run on Maven's test
 * class path, which holds test-scope libraries the jar may lack (CSV output once failed so, for
 * want of jackson-databind, while every unit test passed).
 */
class ShadedJarIT {
  /** The seed's title and date, as its page shows them. */
  private static final String TITLE = "بوتين: روسيا على استعداد للحوار مع الولايات المتحدة حول الاستقرار الاستراتيجي";
  private static final String PUBLISHED = "2024-02-29";

  @TempDir
  Path dir;

  /** Runs the jar with the arguments; returns its standard output, after checking it exited 0. */
  private byte[] run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("akhbar.jar")));
    command.addAll(List.of(args));
    File out = dir.resolve("out").toFile();
    File err = dir.resolve("err").toFile();
    int status = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start().waitFor();
    assertEquals(0, status, () -> "exit status; standard error: " + read(err));
    return Files.readAllBytes(out.toPath());
  }

  private static String read(File f) {
    try {
      return Files.readString(f.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void jsonLines() throws Exception {
    JsonNode article = new ObjectMapper().readTree(run("convert", "--to", "jsonl", CliTest.SEED));
    assertEquals(TITLE, article.get("title").asText());
    assertEquals(PUBLISHED, article.get("published").asText());
  }

  @Test
  void jsonArray() throws Exception {
    JsonNode array = new ObjectMapper().readTree(run("convert", "--to", "json", CliTest.SEED));
    assertEquals(1, array.size());
    assertEquals(TITLE, array.get(0).get("title").asText());
  }

  @Test
  void csv() throws Exception {
    byte[] csv = run("convert", "--to", "csv", CliTest.SEED);
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      List<Map<String, String>> all = rows.readAll();
      assertEquals(1, all.size());
      assertEquals(TITLE, all.get(0).get("title"));
      assertEquals(PUBLISHED, all.get(0).get("published"));
    }
  }
}
