package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akhbar eval} on a set of three gold articles written for it: the data file holds two
 * articles; the gold of the second names a source the file does not (الدستور for الرأي), and a
 * third gold article starts on line 20 of a 10-line file. Every expected figure below is counted by
 * hand from those facts.
 */
class EvalCommandTest {
  private static final String SET =
      Path.of(URI.create(String.valueOf(EvalCommandTest.class.getResource("/eval-set"))))
          .toString();

  @Test
  void scoresEachFieldAndListsTheDifferences() {
    CliTest.Run r = CliTest.run("eval", SET);
    assertEquals(0, r.status(), r.err());
    // 2 of 3 articles start where the gold's do; the missing one is wrong in every field; the
    // source is right only in the first.
    assertTrue(
        r.out()
            .contains(
                "\ntiny                             66.6     66.6     66.6     33.3     66.6"),
        r.out());
    // Title: 2 found, both right, 3 in the gold. Source: 2 found, 1 right, 2 in the gold.
    // Paragraphs: 3 found (2 + 1), all right, 4 in the gold.
    assertTrue(
        r.out().contains("\noverall                        100/66   100/66  100/100    50/50"));
    assertTrue(r.out().contains("  100/75  100/100\n"), r.out());
    assertTrue(r.out().contains("tiny/two.txt#1 source: expected «الدستور», got «الرأي»"));
    assertTrue(r.out().contains("tiny/two.txt#2 article: expected «an article», got «none"));
  }

  @Test
  void aScoreBelowTheFloorFails(@TempDir Path dir) throws IOException {
    Path floor = dir.resolve("floor.json");
    Files.writeString(floor, "{\"tiny\": {\"source\": 0.5, \"title\": 0.6}}");
    CliTest.Run r = CliTest.run("eval", SET, "--floor", floor.toString(), "--differences", "0");
    assertEquals(1, r.status());
    assertTrue(r.err().contains("below the floor: tiny source: 33.3 % < floor 50.0 %"), r.err());
    assertTrue(!r.err().contains("tiny title"), r.err());
  }

  @Test
  void aRecordedFloorHoldsTodaysScores(@TempDir Path dir) throws IOException {
    Path floor = dir.resolve("floor.json");
    assertEquals(0, CliTest.run("eval", SET, "--record-floor", floor.toString()).status());
    JsonNode recorded = new ObjectMapper().readTree(floor.toFile());
    assertEquals(0.333, recorded.path("tiny").path("source").asDouble());
    assertEquals(0.666, recorded.path("overall").path("articles").asDouble());
    assertEquals(0, CliTest.run("eval", SET, "--floor", floor.toString()).status());
  }

  @Test
  void aSourceTheFloorNamesButTheSetLacksFails(@TempDir Path dir) throws IOException {
    Path floor = dir.resolve("floor.json");
    Files.writeString(floor, "{\"gone\": {\"title\": 0.5}}");
    CliTest.Run r = CliTest.run("eval", SET, "--floor", floor.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("gone: not in the evaluation"), r.err());
  }

  @Test
  void badGoldIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        dir.resolve("gold/broken.jsonl"),
        "{\"file\": \"a.txt\", \"index\": 0, \"paragraphs\": 1, \"related\": 0}\n{\"file\": 3}\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("eval", dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("broken.jsonl:2: file is not a string"), r.err());
  }

  @Test
  void anUnreadableGoldFileIsNamedWithTheReason(@TempDir Path dir) throws IOException {
    // A "file" that is a directory: its read fails with "Is a directory", which names no path.
    Path gold = Files.createDirectories(dir.resolve("gold").resolve("a.jsonl"));
    CliTest.Run r = CliTest.run("eval", dir.toString());
    assertEquals(1, r.status());
    assertEquals("akhbar: " + gold + ": cannot read: Is a directory", r.err().strip());
  }

  @Test
  void aMissingDataFileIsAFailureAndItsArticlesAreMissed(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        dir.resolve("gold/lost.jsonl"),
        "{\"file\": \"lost/a.txt\", \"index\": 0, \"firstLine\": 1, \"title\": \"عنوان\","
            + " \"paragraphs\": 1, \"related\": 0}\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("eval", dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("a.txt: no such file"), r.err());
    assertTrue(r.out().contains("\nlost                              0.0      0.0"), r.out());
  }
}
