package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  static final String SEED =
      Path.of(
              java.net.URI.create(
                  String.valueOf(CliTest.class.getResource("/seeds/000_7c490c51ed63725b.txt"))))
          .toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a run printed and returned. */
  record Run(int status, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      CommandLine cl = Akhbar.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int status = cl.execute(args);
      System.out.flush();
      return new Run(status, bytes.toString(StandardCharsets.UTF_8) + out, err.toString());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void convertingTheSeedGivesTheGoldenArticle() throws IOException {
    Run r = run("convert", "--quiet", SEED);
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(1, lines.length, "one article, one JSON line");
    JsonNode golden = JSON.readTree(CliTest.class.getResourceAsStream("/golden/seed.jsonl"));
    // The golden origin names the seed as the README runs it, from the project root.
    JsonNode actual = JSON.readTree(lines[0]);
    ((com.fasterxml.jackson.databind.node.ObjectNode) actual.get("origin"))
        .put("input", golden.get("origin").get("input").asText());
    ((com.fasterxml.jackson.databind.node.ObjectNode) actual.get("related").get(0).get("origin"))
        .put("input", golden.get("origin").get("input").asText());
    assertEquals(golden, actual);
  }

  @Test
  void theSummaryLineCountsWhatWasDone() {
    Run r = run("convert", SEED);
    assertTrue(r.err().startsWith("akhbar: 1 file, 1 article, 0 warnings, 0 failures,"), r.err());
  }

  @Test
  void jsonArrayOutputIsOneValidArray() throws IOException {
    Run r = run("convert", "-q", "--to", "json", SEED, SEED);
    JsonNode array = JSON.readTree(r.out());
    assertTrue(array.isArray());
    assertEquals(2, array.size());
    assertEquals("2024-02-29", array.get(1).get("published").asText());
  }

  @Test
  void aMissingFileIsReportedAndTheOthersAreStillConverted() {
    Run r = run("convert", "-q", "no-such-file.txt", SEED);
    assertEquals(1, r.status());
    assertTrue(r.err().contains("no-such-file.txt: no such file"), r.err());
    assertEquals(1, r.out().split("\n").length);
  }

  @Test
  void outputGoesToAFileMovedIntoPlace(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("articles.jsonl");
    Run r = run("convert", "-q", SEED, "-o", out.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(1, Files.readAllLines(out).size());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("articles.jsonl"),
          files.map(p -> p.getFileName().toString()).collect(Collectors.toList()),
          "no temporary file is left behind");
    }
  }

  @Test
  void csvOutputHasAHeaderAndARow() throws IOException {
    Run r = run("convert", "-q", "--to", "csv", SEED);
    assertEquals(0, r.status(), r.err());
    com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> rows =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .readerFor(java.util.Map.class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
            .readValues(r.out());
    java.util.Map<String, String> row = rows.next();
    assertEquals("صدى البلد", row.get("source"));
    assertFalse(rows.hasNext());
  }

  @Test
  void directoriesAndThreadsGiveTheSameOutputInInputOrder(@TempDir Path dir) throws IOException {
    String seed = Files.readString(Path.of(SEED));
    for (int i = 0; i < 6; i++) {
      Files.writeString(
          dir.resolve("page" + i + ".txt"), seed.replace("بوتين:", "بوتين " + i + ":"));
    }
    Run one = run("convert", "-q", "--threads", "1", dir.toString());
    // Three threads: in the compiler warm-up, which lasts at least WarmUp.MIN and so covers these
    // small inputs, two convert at once.
    Run two = run("convert", "-q", "--threads", "3", dir.toString());
    assertEquals(0, two.status(), two.err());
    assertEquals(one.out(), two.out());
    String[] lines = one.out().split("\n");
    assertEquals(6, lines.length);
    for (int i = 0; i < 6; i++) {
      assertTrue(lines[i].contains("بوتين " + i + ":"), "file " + i + " in order");
    }
  }

  @Test
  void jsonArraysAndCsvFromSeveralThreadsEqualOneThread(@TempDir Path dir) throws IOException {
    String seed = Files.readString(Path.of(SEED));
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve("p" + i + ".txt"), seed.replace("بوتين:", "بوتين " + i + ":"));
    }
    Files.writeString(dir.resolve("p9-empty.txt"), "");
    for (String to : List.of("json", "csv")) {
      Run one = run("convert", "-q", "--to", to, "--threads", "1", dir.toString());
      Run two = run("convert", "-q", "--to", to, "--threads", "3", dir.toString());
      assertEquals(one.out(), two.out(), to);
    }
    assertEquals(
        5,
        JSON.readTree(run("convert", "-q", "--to", "json", "--threads", "2", dir.toString()).out())
            .size());
  }

  @Test
  void aLargeTextFileSplitIntoPiecesGivesTheOutputOfOneThread(@TempDir Path dir)
      throws IOException {
    String seed = Files.readString(Path.of(SEED));
    Path big = dir.resolve("big.txt");
    int pages = 0;
    try (java.io.Writer w = Files.newBufferedWriter(big)) {
      // Numbered titles, CRLF in every third page: each article is told apart and line ends vary.
      // Every seventh page has an empty source line, so its article carries a warning with a line.
      while (Files.size(big) < ParallelConverter.SPLIT_AT + 3 * ParallelConverter.PIECE) {
        for (int i = 0; i < 500; i++, pages++) {
          String page = seed.replace("بوتين:", "بوتين " + pages + ":") + "\n";
          page = pages % 7 == 0 ? page.replace("المصدر: صدى البلد", "المصدر:") : page;
          w.write(pages % 3 == 0 ? page.replace("\n", "\r\n") : page);
        }
        w.flush();
      }
    }
    for (String to : List.of("jsonl", "json", "csv")) {
      Run one = run("convert", "-q", "--to", to, "--threads", "1", big.toString());
      // Three threads: in the compiler warm-up, which lasts at least WarmUp.MIN and so covers
      // this file, two convert at once.
      Run two = run("convert", "-q", "--to", to, "--threads", "3", big.toString());
      assertEquals(0, two.status(), two.err());
      assertTrue(one.out().equals(two.out()), to + ": output of 3 threads differs from 1 thread");
    }
    String[] lines = run("convert", "-q", "--threads", "2", big.toString()).out().split("\n");
    assertEquals(pages, lines.length, "one article per page");
    for (int i : new int[] {0, pages / 2, pages - 1}) {
      assertTrue(lines[i].contains("\"title\":\"بوتين " + i + ":"), "page " + i + " in order");
      // Page i starts at line 27 i + 1: 26 lines and one blank line each.
      assertTrue(
          lines[i].contains("\"origin\":{\"input\":\"" + big + "\",\"line\":" + (27 * i + 1) + ","),
          lines[i].substring(0, 80));
    }
    // A page far into the file (a later piece): its empty source line, the page's tenth, is line 27
    // i + 10.
    int late = pages - 1 - (pages - 1) % 7;
    assertTrue(
        lines[late].contains(
            "\"warnings\":[{\"line\":" + (27 * late + 10) + ",\"kind\":\"EMPTY_FIELD\""),
        lines[late].substring(lines[late].indexOf("\"warnings\"")));
    Run summary = run("convert", "--threads", "2", big.toString());
    assertTrue(summary.err().contains("1 file, " + pages + " articles"), summary.err());
  }

  @Test
  void aLargeJsonLinesFileSplitIntoPiecesGivesTheOutputOfOneThread(@TempDir Path dir)
      throws IOException {
    Path big = dir.resolve("big.jsonl");
    int records = 0;
    try (java.io.Writer w = Files.newBufferedWriter(big)) {
      String body = "نص الخبر ".repeat(200);
      while (Files.size(big) < ParallelConverter.SPLIT_AT + 2 * ParallelConverter.PIECE) {
        for (int i = 0; i < 1000; i++, records++) {
          w.write(
              "{\"title\": \"خبر "
                  + records
                  + "\", \"text\": \""
                  + body
                  + "\", \"date\": \"2024-02-29\"}\n");
        }
        w.flush();
      }
    }
    Run one = run("convert", "-q", "--threads", "1", big.toString());
    Run two = run("convert", "-q", "--threads", "3", big.toString());
    assertTrue(one.out().equals(two.out()), "output of 3 threads differs from 1 thread");
    String[] lines = two.out().split("\n");
    assertEquals(records, lines.length);
    assertTrue(
        lines[records - 1].contains("\"line\":" + records + ","), "numbered as in the whole file");
  }

  @Test
  void anOutputThatIsAPipeIsWrittenInPlaceNotReplaced(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("out.fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is available");
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Run r = run("convert", "-q", SEED, "-o", fifo.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(read.get(1, java.util.concurrent.TimeUnit.MINUTES).startsWith("{\"title\":\"بوتين"));
    assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(fifo), files.collect(Collectors.toList()), "no temporary file left");
    }
  }

  @Test
  void aCorruptFileInTheMiddleOfABatchIsReportedAndTheOthersWritten(@TempDir Path dir)
      throws IOException {
    Files.copy(Path.of(SEED), dir.resolve("a.txt"));
    // gzip magic bytes, then garbage: the stream breaks while it is read.
    Files.write(
        dir.resolve("b.txt.gz"),
        new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7});
    Files.copy(Path.of(SEED), dir.resolve("c.txt"));
    // Three threads: a pool (two, on inputs this small, convert on one worker, as one thread).
    for (String threads : List.of("1", "3")) {
      Run r = run("convert", "--threads", threads, dir.toString());
      assertEquals(1, r.status(), r.err());
      assertTrue(r.err().contains("b.txt.gz: cannot read"), r.err());
      assertTrue(r.err().contains("2 files, 2 articles, 0 warnings, 1 failure"), r.err());
      assertEquals(2, r.out().split("\n").length, "threads " + threads);
    }
  }

  @Test
  void strictStopsAtTheFirstWarning(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("a.txt");
    Files.writeString(bad, "عنوان بلا تاريخ\nنص.\n");
    Run lenient = run("convert", "-q", bad.toString(), SEED);
    assertEquals(0, lenient.status());
    assertEquals(2, lenient.out().split("\n").length);
    Run strict = run("convert", "-q", "--strict", bad.toString(), SEED);
    assertEquals(1, strict.status());
    assertTrue(strict.err().contains("MISSING_DATE"), strict.err());
    assertEquals(1, strict.out().split("\n").length, "stopped after the first article");
  }

  @Test
  void statsCountsFieldsFormatsAndWarnings(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(SEED), dir.resolve("seed.txt"));
    Files.writeString(dir.resolve("b.jsonl"), "{\"title\": \"خبر\", \"text\": \"نص.\"}\n");
    Run r = run("stats", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("2 files, 2 articles"), r.out());
    assertTrue(r.out().contains("keywords            1   50.0%"), r.out());
    assertTrue(r.out().contains("json, UTF-8"), r.out());
    assertTrue(r.out().contains("date                1   50.0%"), r.out());
    // The JSON record has no date: it says so, as a page of text would, on its line 1.
    assertTrue(
        r.out()
            .endsWith(
                "warning                 count  first seen\nMISSING_DATE                1  "
                    + dir.resolve("b.jsonl")
                    + ":1\n"),
        r.out());
  }

  @Test
  void statsGivesDatesTopSourcesUnmappedKeysAndJson(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(SEED), dir.resolve("a.txt"));
    Files.writeString(
        dir.resolve("b.jsonl"),
        "{\"title\": \"خبر\", \"text\": \"نص.\", \"date\": \"2023-05-01\", \"source\": \"الأهرام\","
            + " \"category\": \"سياسة\"}\n"
            + "{\"title\": \"خبر آخر\", \"text\": \"نص.\", \"source\": \"الأهرام\"}\n");
    Run text = run("stats", dir.toString());
    assertEquals(0, text.status(), text.err());
    // The seed is dated 29 February 2024 and credits صدى البلد; the JSON Lines are read by hand.
    assertTrue(text.out().contains("dates: 2023-05-01 to 2024-02-29\n"), text.out());
    assertTrue(text.out().contains("الأهرام"), text.out());
    Run r = run("stats", "--json", dir.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode j = JSON.readTree(r.out());
    assertEquals(2, j.get("files").asInt());
    assertEquals(3, j.get("articles").asInt());
    assertEquals(2, j.get("fields").get("date").asInt());
    assertEquals(3, j.get("fields").get("source").asInt());
    assertEquals("2023-05-01", j.get("dates").get("first").asText());
    assertEquals("2024-02-29", j.get("dates").get("last").asText());
    JsonNode sources = j.get("sources");
    assertEquals("الأهرام", sources.get(0).get("source").asText());
    assertEquals(2, sources.get(0).get("articles").asInt());
    assertEquals("صدى البلد", sources.get(1).get("source").asText());
    assertEquals("category", j.get("unmappedKeys").get(0).get("key").asText());
    JsonNode warning = j.get("warnings").get(0);
    assertEquals("MISSING_DATE", warning.get("kind").asText());
    assertEquals(1, warning.get("count").asInt());
    assertEquals(dir.resolve("b.jsonl") + ":2", warning.get("firstSeen").asText());
  }

  @Test
  void fieldsNamedByHandAndRecordsWithoutText(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("crawl.jsonl");
    Files.writeString(
        in,
        "{\"headline\": \"خبر\", \"story\": \"النص.\", \"meta\": {\"published\": \"2024-05-06\"}}\n"
            + "{\"content\": []}\n"
            + "{\"content\": [], \"url\": \"https://example.com/x\"}\n");
    Run plain = run("convert", in.toString());
    assertEquals(0, plain.status(), plain.err());
    // Without --field: "story" and "meta" are attributes, and the body is empty.
    JsonNode a = JSON.readTree(plain.out().split("\n")[0]);
    assertEquals(0, a.get("body").size());
    assertTrue(
        plain
            .err()
            .contains(in + ": 2 records without article text (no title, no body), not written"),
        plain.err());
    assertTrue(plain.err().contains("1 article (2 records without text not written)"), plain.err());
    Run named =
        run("convert", "--field", "body=story", "--field", "date=meta.published", in.toString());
    assertEquals(0, named.status(), named.err());
    JsonNode b = JSON.readTree(named.out().split("\n")[0]);
    assertEquals("النص.", b.get("body").get(0).asText());
    assertEquals("2024-05-06", b.get("published").asText());
    Run stats = run("stats", "--json", in.toString());
    JsonNode j = JSON.readTree(stats.out());
    assertEquals(2, j.get("recordsWithoutText").asInt());
    // stats names the keys left unmapped: the first place to look when a field is empty.
    List<String> keys = new java.util.ArrayList<>();
    j.get("unmappedKeys").forEach(k -> keys.add(k.get("key").asText()));
    assertEquals(List.of("meta", "story"), keys);
    Run bad = run("convert", "--field", "colour=x", in.toString());
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("--field wants FIELD=KEY"), bad.err());
  }

  @Test
  void filesUnderADirectoryAreChosenByHiddenGlobAndExclude(@TempDir Path dir) throws IOException {
    String seed = Files.readString(Path.of(SEED));
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/objects/pack.txt"), seed);
    Files.createDirectories(dir.resolve("2024/tmp"));
    Files.writeString(dir.resolve("2024/a.txt"), seed);
    Files.writeString(dir.resolve("2024/tmp/b.txt"), seed);
    Files.writeString(dir.resolve("c.jsonl"), "{\"title\": \"خبر\", \"text\": \"نص.\"}\n");
    // Hidden directories are skipped unless asked for.
    assertEquals(3, articles(run("convert", dir.toString())));
    assertEquals(4, articles(run("convert", "--hidden", dir.toString())));
    assertEquals(1, articles(run("convert", "--glob", "*.jsonl", dir.toString())));
    assertEquals(2, articles(run("convert", "--exclude", "2024/tmp/**", dir.toString())));
    assertEquals(
        1, articles(run("convert", "--glob", "2024/**", "--exclude", "**/tmp/**", dir.toString())));
    // A file named itself is read whatever the patterns say.
    assertEquals(
        1, articles(run("convert", "--glob", "*.jsonl", dir.resolve("2024/a.txt").toString())));
  }

  @Test
  void anUnreadableDirectoryFailsAloneAndTheRestIsConverted(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), Files.readString(Path.of(SEED)));
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("b.txt"), Files.readString(Path.of(SEED)));
    locked.toFile().setReadable(false);
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isReadable(locked), "running as a user who reads everything (root)");
      Run r = run("convert", dir.toString());
      assertEquals(1, r.status(), r.err());
      assertEquals(1, articles(r));
      assertTrue(r.err().contains(locked.toString()), r.err());
    } finally {
      locked.toFile().setReadable(true);
    }
  }

  @Test
  void aFailureIsOneLineAndDebugAddsTheTrace(@TempDir Path dir) {
    String missing = dir.resolve("missing.txt").toString();
    Run plain = run("convert", missing, SEED);
    assertEquals(1, plain.status());
    assertEquals(1, articles(plain));
    assertTrue(plain.err().contains("akhbar: " + missing + ": "), plain.err());
    assertFalse(plain.err().contains("\tat "), plain.err());
    Run debug = run("convert", "--debug", missing, SEED);
    assertEquals(1, debug.status());
    assertTrue(debug.err().contains("NoSuchFileException"), debug.err());
    assertTrue(debug.err().contains("\tat "), debug.err());
  }

  @Test
  void outputMistakesAreOneLineNamingTheUsersPath(@TempDir Path dir) {
    String missing = dir.resolve("missing/x.jsonl").toString();
    Run r = run("convert", "-o", missing, SEED);
    assertEquals(1, r.status());
    assertEquals(
        "akhbar: cannot write " + missing + ": no such directory: " + dir.resolve("missing") + "\n",
        r.err());
    Run d = run("convert", "-o", dir.toString(), SEED);
    assertEquals(1, d.status());
    assertEquals(
        "akhbar: cannot write " + dir + ": it is a directory; name a file in it\n", d.err());
    assertFalse(r.err().contains(".part") || d.err().contains(".part"));
  }

  @Test
  void aBadFilePatternIsAUsageError(@TempDir Path dir) {
    Run r = run("convert", "--glob", "[", dir.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("akhbar: not a file pattern: ["), r.err());
  }

  @Test
  void aLinkedDirectoryIsWalked(@TempDir Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of(SEED), corpus.resolve("a.txt"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
    assertEquals(1, articles(run("convert", link.toString())));
    // "**/" also matches at the top, as in a shell.
    assertEquals(1, articles(run("convert", "--glob", "**/*.txt", link.toString())));
  }

  @Test
  void aDanglingLinkAsOutputIsWrittenThrough(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("out.jsonl"), dir.resolve("target.jsonl"));
    Run r = run("convert", "-q", "-o", link.toString(), SEED);
    assertEquals(0, r.status(), r.err());
    assertEquals(1, Files.readAllLines(dir.resolve("target.jsonl")).size());
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void theHtmlReportHasAtMostAHundredAndTwentyBars(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("a.jsonl"),
        "{\"title\": \"أ\", \"text\": \"نص.\", \"date\": \"0001-01-01\"}\n"
            + "{\"title\": \"ب\", \"text\": \"نص.\", \"date\": \"9999-12-01\"}\n");
    Path page = dir.resolve("s.html");
    Run r = run("stats", "--html", page.toString(), dir.toString());
    assertEquals(0, r.status(), r.err());
    String html = Files.readString(page);
    // 9,999 years in bars of 84 years: 120 of them, the first from year 1.
    assertEquals(120, html.split("<rect ", -1).length - 1);
    assertTrue(html.contains("per 84 years") && html.contains("<title>1-84: 1</title>"), html);
  }

  @Test
  void statsTextShowsControlCharactersHarmlessly() {
    assertEquals("a\\u001Bb\\u202Ec", CorpusStats.printable("a\u001Bb\u202Ec"));
    assertEquals("الأهرام", CorpusStats.printable("الأهرام"));
  }

  private static long articles(Run r) {
    return r.out().lines().filter(l -> !l.isBlank()).count();
  }

  @Test
  void statsWritesAPageThatStandsAlone(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(SEED), dir.resolve("a.txt"));
    Files.writeString(
        dir.resolve("b.jsonl"),
        "{\"title\": \"<خبر>\", \"text\": \"نص.\", \"date\": \"2023-12-01\", \"source\":"
            + " \"الأهرام & co\", \"tags\": [\"مصر\"], \"lang\": \"ar\"}\n");
    Path page = dir.resolve("stats.html");
    Run r = run("stats", "--html", page.toString(), dir.toString());
    assertEquals(0, r.status(), r.err());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<h1>2 articles</h1>"), html);
    // December 2023 to February 2024: three bars, January empty (gaps are shown).
    assertTrue(html.contains("<title>2023-12: 1</title>"), html);
    assertTrue(html.contains("<title>2024-01: 0</title>"), html);
    assertTrue(html.contains("<title>2024-02: 1</title>"), html);
    // Arabic set by its own direction, and escaped.
    assertTrue(html.contains("<td dir=\"auto\">الأهرام &amp; co</td>"), html);
    assertTrue(html.contains("<td dir=\"auto\">مصر</td>"), html);
    assertTrue(html.contains("<td dir=\"auto\">lang</td>"), html);
    // Nothing from elsewhere: no src or href attribute at all.
    assertFalse(html.contains(" src=") || html.contains(" href="), html);
  }

  @Test
  void statsTopListsAreByCountThenName() {
    var counts = new java.util.HashMap<String, Long>();
    counts.put("ب", 2L);
    counts.put("أ", 2L);
    counts.put("ج", 5L);
    counts.put("د", 1L);
    assertEquals(
        List.of("ج", "أ", "ب"),
        CorpusStats.top(counts, 3).stream().map(java.util.Map.Entry::getKey).toList());
  }

  @Test
  void aForcedEncodingAndAnUnknownOne() {
    assertEquals(0, run("convert", "-q", "--encoding", "UTF-8", SEED).status());
    Run bad = run("convert", "-q", "--encoding", "no-such-charset", SEED);
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("unknown encoding"), bad.err());
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("convert"), help.out());
    assertTrue(help.out().contains("Exit status"), help.out());
    Run version = run("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("akhbar 0."), version.out());
    assertFalse(version.out().contains("${"), "the version is filled in by the build");
    assertEquals(0, run("convert", "--help").status());
  }

  @Test
  void aBadOptionIsAUsageError() {
    Run bad = run("convert", "--to", "xml", SEED);
    assertEquals(2, bad.status());
    // The reason and where to read more, not the whole help.
    assertTrue(bad.err().startsWith("akhbar: "), bad.err());
    assertTrue(bad.err().contains("xml"), bad.err());
    assertTrue(
        bad.err().endsWith("Try 'akhbar convert --help' for more information.\n"), bad.err());
    assertTrue(bad.err().split("\n").length <= 3, bad.err());
  }

  @Test
  void noCommandIsAShortUsageError() {
    Run none = run();
    assertEquals(2, none.status());
    assertTrue(none.err().contains("a command is missing"), none.err());
    assertTrue(none.err().endsWith("Try 'akhbar --help' for more information.\n"), none.err());
  }

  @Test
  void datePrintsIsoOrAReason() {
    Run r = run("date", "29th, February 2024 GMT", "السبت 15 رجب 1442هـ 27 فبراير 2021م");
    assertEquals(0, r.status(), r.err());
    assertEquals("2024-02-29\n2021-02-27\n", r.out());
    Run bad = run("date", "29 فبراير 2023");
    assertEquals(1, bad.status());
    assertTrue(bad.err().contains("28 days"), bad.err());
    Run relative =
        run("date", "--reference", "2024-02-29T12:00:00Z", "--zone", "Asia/Riyadh", "منذ 3 ساعات");
    assertEquals("2024-02-29T12:00+03:00\n", relative.out());
  }

  /** {@link #run} with {@code stdin} as standard input. */
  static synchronized Run runWithInput(String stdin, String... args) {
    java.io.InputStream original = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      return run(args);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void theSummaryOfStandardInputCountsTheBytesRead() throws IOException {
    String pages = Files.readString(Path.of(SEED)).repeat(40);
    Run r = runWithInput(pages, "convert", "-o", "-", "-");
    long bytes = pages.getBytes(StandardCharsets.UTF_8).length;
    // The summary's megabytes, one decimal: the seed's size, not 0.0 as before standard input was
    // counted.
    String mb = String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    assertTrue(bytes >= 100_000, "an input large enough to show: " + bytes);
    assertTrue(r.err().contains(", " + mb + " in "), r.err());
  }

  @Test
  void aStatsPageIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectory(in);
    Files.copy(Path.of(SEED), in.resolve("a.txt"));
    Path page = dir.resolve("stats.html");
    Files.writeString(page, "an earlier page");
    Run r = run("stats", "--html", page.toString(), in.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));
    // Written beside it first, then moved: nothing else is left in the directory.
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("in", "stats.html"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // A page that cannot be written is one line and status 1.
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "/dev/full on this system");
    Run failed = run("stats", "--html", full.toString(), in.toString());
    assertEquals(1, failed.status(), failed.err());
    assertTrue(failed.err().contains("akhbar stats: cannot write /dev/full: "), failed.err());
    // Said once, not wrapped again as a read error.
    assertFalse(failed.err().contains("cannot read"), failed.err());
    assertFalse(failed.err().contains("\tat "), "no stack trace: " + failed.err());
  }

  private static final String DATE_LINES =
      "29th, February 2024 GMT\n29 فبراير 2023\n\nالسبت 15 رجب 1442هـ 27 فبراير 2021م\n";

  @Test
  void dateGivesOneOutputLinePerInputLine() {
    Run r = runWithInput(DATE_LINES, "date");
    assertEquals(1, r.status(), "one line is not a date");
    // Line 2 is not a date (2023 has no 29 February) and line 3 is blank: both empty.
    assertEquals("2024-02-29\n\n\n2021-02-27\n", r.out());
    assertTrue(r.err().contains("'29 فبراير 2023'") && r.err().contains("28 days"), r.err());
  }

  @Test
  void dateTsvPutsInputValueAndReasonOnEachLine() {
    Run r = runWithInput(DATE_LINES, "date", "--tsv");
    assertEquals(1, r.status());
    String[] lines = r.out().split("\n", -1);
    assertEquals(5, lines.length, r.out()); // four lines, then what follows the last newline
    String[] first = lines[0].split("\t", -1);
    assertArrayEquals(new String[] {"29th, February 2024 GMT", "2024-02-29", ""}, first);
    String[] second = lines[1].split("\t", -1);
    assertEquals(3, second.length, lines[1]);
    assertEquals("29 فبراير 2023", second[0]);
    assertEquals("", second[1]);
    assertTrue(second[2].contains("28 days"), second[2]);
    assertEquals("\t\t", lines[2]);
    assertArrayEquals(
        new String[] {"السبت 15 رجب 1442هـ 27 فبراير 2021م", "2021-02-27", ""},
        lines[3].split("\t", -1));
    assertEquals("", lines[4]);
    // The reason is in the output; standard error does not say it again.
    assertFalse(r.err().contains("28 days"), r.err());
    Run tab = run("date", "--tsv", "29\tفبراير 2024");
    assertEquals("29 فبراير 2024\t2024-02-29\t\n", tab.out());
  }

  @Test
  void dateCountsRelativePhrasesFromNowWithoutAReference() {
    java.time.Instant before = java.time.Instant.now();
    Run r = run("date", "--zone", "UTC", "منذ 3 ساعات");
    java.time.Instant after = java.time.Instant.now();
    assertEquals(0, r.status(), r.err());
    java.time.Instant value = java.time.OffsetDateTime.parse(r.out().strip()).toInstant();
    java.time.Duration three = java.time.Duration.ofHours(3);
    assertFalse(
        value.isBefore(before.minus(three).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)),
        r.out() + " before " + before);
    assertFalse(value.isAfter(after.minus(three)), r.out() + " after " + after);
  }

  @Test
  void aBadDateOrderIsAPlainUsageError() {
    Run r = run("date", "--order", "little", "7/23/2012");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("expected day-first or month-first, not 'little'"), r.err());
    assertFalse(r.err().contains("No enum constant"), r.err());
  }

  /** Plain Arabic prose, which every Arabic encoding holds; display normalisation keeps it. */
  private static final String PROSE =
      "قال الرئيس الروسي فلاديمير بوتين اليوم الخميس إن روسيا مستعدة للحوار\n"
          + "مع الولايات المتحدة حول الاستقرار الاستراتيجي والأمن في أوروبا\n";

  @Test
  void normalizeDetectsTheEncodingAndReadsCompressedFiles(@TempDir Path dir) throws IOException {
    Path cp1256 = dir.resolve("cp1256.txt");
    Files.write(cp1256, PROSE.getBytes(java.nio.charset.Charset.forName("windows-1256")));
    Run r = run("normalize", cp1256.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(PROSE, r.out());
    Path gz = dir.resolve("prose.txt.gz");
    try (java.util.zip.GZIPOutputStream out =
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(PROSE.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(PROSE, run("normalize", gz.toString()).out());
    Run stdin = runWithInput(PROSE, "normalize");
    assertEquals(PROSE, stdin.out(), stdin.err());
  }

  @Test
  void normalizeTakesAnEncodingAndReplacesWhatItCannotDecode(@TempDir Path dir) throws IOException {
    Path iso = dir.resolve("iso.txt");
    Files.write(iso, PROSE.getBytes(java.nio.charset.Charset.forName("ISO-8859-6")));
    assertEquals(PROSE, run("normalize", "--encoding", "ISO-8859-6", iso.toString()).out());
    // Forced UTF-8 on windows-1256 bytes: no "Input length = 1" failure; each bad byte is U+FFFD.
    Path cp1256 = dir.resolve("cp1256.txt");
    Files.write(cp1256, "قال".getBytes(java.nio.charset.Charset.forName("windows-1256")));
    // (--profile none: display normalisation removes U+FFFD as an invalid character.)
    Run forced = run("normalize", "--profile", "none", "--encoding", "UTF-8", cp1256.toString());
    assertEquals(0, forced.status(), forced.err());
    assertEquals("\uFFFD\uFFFD\uFFFD\n", forced.out());
    assertEquals("قال\n", run("normalize", "--profile", "none", cp1256.toString()).out());
    Run unknown = run("normalize", "--encoding", "no-such-encoding", iso.toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown encoding: no-such-encoding"), unknown.err());
  }

  @Test
  void normalizeReadsAGiantLineInPiecesAndSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("giant.txt");
    String giant = "ب".repeat(NormalizeCommand.PIECE + 1);
    Files.writeString(file, giant + "\nنص\n", StandardCharsets.UTF_8);
    Run r = run("normalize", file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(giant + "\nنص\n", r.out());
    assertTrue(
        r.err().contains(file + ":1: line longer than " + NormalizeCommand.PIECE + " chars"),
        r.err());
  }

  @Test
  void normalizeCleansFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("in.txt");
    Files.writeString(file, "الاستراتیجی\u200F  أوكرانيا\nط¨ظˆطھظٹظ†\n", StandardCharsets.UTF_8);
    assertEquals("الاستراتيجي أوكرانيا", run("normalize", file.toString()).out().split("\n")[0]);
    assertEquals(
        "الاستراتيجي اوكرانيا\nبوتين\n",
        run("normalize", "--profile", "search", "--repair", file.toString()).out());
  }

  @Test
  void outputDashIsStandardOutput() {
    Run r = run("convert", "-q", "-o", "-", SEED);
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.out().split("\n").length);
    assertTrue(r.out().contains("بوتين"), r.out());
    assertTrue(!Files.exists(Path.of("-")), "no file named -");
  }

  @Test
  void aStrictRunThatStopsReplacesNoFile(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("a.txt");
    Files.writeString(bad, "عنوان بلا تاريخ\nنص.\n");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "earlier output\n");
    Run r = run("convert", "-q", "--strict", "-o", out.toString(), bad.toString(), SEED);
    assertEquals(1, r.status());
    assertEquals("earlier output\n", Files.readString(out));
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void aReplacedFileKeepsItsModeAndALinkStaysALink(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old\n");
    java.util.Set<java.nio.file.attribute.PosixFilePermission> ownerOnly =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(out, ownerOnly);
    Path link = dir.resolve("link.jsonl");
    Files.createSymbolicLink(link, out.getFileName());
    Run r = run("convert", "-q", "-o", link.toString(), SEED);
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertTrue(Files.readString(out).contains("بوتين"), "its target holds the output");
    assertEquals(ownerOnly, Files.getPosixFilePermissions(out));
  }

  @Test
  void aRerunDoesNotReadItsOwnOutput(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(SEED), dir.resolve("seed.txt"));
    Path out = dir.resolve("articles.jsonl");
    for (int i = 0; i < 2; i++) {
      Run r = run("convert", "-o", out.toString(), dir.toString());
      assertEquals(0, r.status(), r.err());
      assertTrue(r.err().startsWith("akhbar: 1 file, 1 article"), r.err());
      assertEquals(1, Files.readAllLines(out).size());
    }
  }

  @Test
  void aDeviceOutputSpillsToTheTemporaryDirectory() throws IOException {
    OutputTarget devNull = OutputTarget.open(Path.of("/dev/null"));
    assertEquals(Path.of(System.getProperty("java.io.tmpdir")), devNull.spillDirectory());
    devNull.finish(true);
  }

  @Test
  void anOutputInAMissingDirectoryIsAnErrorThatNamesIt() {
    Run r = run("convert", "-q", "-o", "/no/such/dir/out.jsonl", SEED);
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("akhbar: cannot write /no/such/dir/out.jsonl: "), r.err());
    assertEquals(1, r.err().split("\n").length, "one line, no stack trace: " + r.err());
  }

  @Test
  void csvFormulaCellsAreNeutralisedUnlessRawIsAsked(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("p.txt");
    Files.writeString(page, "=1+1 عنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر.\n");
    Run safe = run("convert", "-q", "--to", "csv", page.toString());
    assertEquals(0, safe.status(), safe.err());
    // Jackson quotes the cell (it holds a space); the quote mark stands inside.
    assertTrue(safe.out().split("\n")[1].startsWith("\"'=1+1 عنوان\","), safe.out());
    Run raw = run("convert", "-q", "--to", "csv", "--csv-raw", page.toString());
    assertTrue(raw.out().split("\n")[1].startsWith("\"=1+1 عنوان\","), raw.out());
  }
}
