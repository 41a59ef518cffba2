package dev.akhbar.formats.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Also the helpers of {@code FormatsFuzz#splitting}, a package away. */
public class SplittableInputTest {
  static final Path SEED =
      Path.of(
          java.net.URI.create(
              String.valueOf(
                  SplittableInputTest.class.getResource("/seeds/000_7c490c51ed63725b.txt"))));
  static final Dumps DUMPS = Dumps.builder().build();

  /** For JUnit. */
  public SplittableInputTest() {}

  static Optional<SplittableInput> splittable(Dumps dumps, byte[] bytes) throws IOException {
    return SplittableInput.of(
        dumps,
        "dump",
        bytes.length,
        position -> new ByteArrayInputStream(bytes, (int) position, bytes.length - (int) position));
  }

  static List<Article> whole(Dumps dumps, byte[] bytes) throws IOException {
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), "dump")) {
      return r.stream().toList();
    }
  }

  static List<Article> inPieces(SplittableInput input, List<SplittableInput.Piece> pieces)
      throws IOException {
    List<Article> out = new ArrayList<>();
    for (SplittableInput.Piece p : pieces) {
      try (ArticleReader r = input.read(p)) {
        r.forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The articles of every range's piece read through a {@link PieceReader}, reading the ranges in
   * {@code order}, listed in range order.
   */
  public static List<Article> throughPieceReader(
      SplittableInput input, long rangeSize, List<Integer> order) throws IOException {
    PieceReader reader = new PieceReader(input, rangeSize);
    List<List<Article>> byRange = new ArrayList<>();
    reader.ranges().forEach(r -> byRange.add(null));
    for (int i : order) {
      try (ArticleReader r = reader.read(i)) {
        byRange.set(i, r.stream().toList());
      }
    }
    return byRange.stream().flatMap(List::stream).toList();
  }

  @Test
  void twoPagesWithCrlfSplitBeforeTheSecondTitleWithItsLineNumber() throws IOException {
    String first = "عنوان أول\r\nتاريخ النشر: 29th, February 2024 GMT\r\nنص الخبر الأول\r\n";
    String second = "عنوان ثان\r\nتاريخ النشر: 1st, March 2024 GMT\r\nنص الخبر الثاني\r\n";
    byte[] bytes = (first + second).getBytes(StandardCharsets.UTF_8);
    int secondStart = first.getBytes(StandardCharsets.UTF_8).length;
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    // Ranges of 5 bytes: the ones inside the first page find the second title; the later ones find
    // none.
    List<SplittableInput.Piece> pieces = input.plan(5);
    assertEquals(
        List.of(
            new SplittableInput.Piece(0, secondStart, 1),
            new SplittableInput.Piece(secondStart, bytes.length, 4)),
        pieces);
    List<Article> articles = inPieces(input, pieces);
    assertEquals(whole(DUMPS, bytes), articles);
    assertEquals("عنوان ثان", articles.get(1).title());
    assertEquals(4, articles.get(1).origin().line());
  }

  @Test
  void aRangeStartingBetweenCrAndLfCountsTheLineEndOnce() throws IOException {
    String text =
        "عنوان\r\nتاريخ النشر: 2024-02-29\r\nنص\r\nعنوان آخر\r\nتاريخ النشر: 2024-03-01\r\nنص آخر\r\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    for (int size = 1; size <= bytes.length; size++) {
      List<SplittableInput.Piece> pieces = input.plan(size);
      assertEquals(whole(DUMPS, bytes), inPieces(input, pieces), "range size " + size);
    }
  }

  @Test
  void aTitleWithOnlyRemovedCharactersBeforeItStartsNoPiece() throws IOException {
    // The whole-input parser keeps the line of control characters on the first page, since no
    // text stands before the title: a piece starting at the title would make an article of it.
    byte[] bytes =
        "\u0001\u0002\nعنوان\nتاريخ النشر: 2024-02-29\n".getBytes(StandardCharsets.UTF_8);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    assertEquals(List.of(new SplittableInput.Piece(0, bytes.length, 1)), input.plan(1));
    assertEquals(1, whole(DUMPS, bytes).size());
  }

  @Test
  void aManyPageDumpGivesTheSameArticlesInPiecesAsWhole() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    ByteArrayOutputStream dump = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      dump.write(seed);
      dump.write('\n');
    }
    byte[] bytes = dump.toByteArray();
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    assertEquals(InputFormat.TEXT, input.format());
    List<SplittableInput.Piece> pieces = input.plan(bytes.length / 13);
    assertEquals(13, pieces.size(), pieces.toString());
    List<Article> expected = whole(DUMPS, bytes);
    assertEquals(200, expected.size());
    assertEquals(expected, inPieces(input, pieces));
    // Every piece after the first starts at the seed's title, at a line 27 k + 1.
    for (SplittableInput.Piece p : pieces.subList(1, pieces.size())) {
      assertEquals(1, p.firstLine() % 27, p.toString());
      assertEquals('ب', new String(bytes, (int) p.start(), 2, StandardCharsets.UTF_8).charAt(0));
    }
  }

  @Test
  void jsonLinesSplitAtLineStarts() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.append("{\"title\": \"خبر ")
          .append(i)
          .append("\", \"text\": \"نص\\n\\nفقرة\", \"date\": \"2024-02-29\"}")
          .append(i % 3 == 0 ? "\r\n" : "\n");
      if (i % 7 == 0) {
        text.append("\n{broken\n");
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    assertEquals(InputFormat.JSON, input.format());
    List<Article> expected = whole(DUMPS, bytes);
    for (int size : new int[] {1, 17, 100, 333, bytes.length}) {
      assertEquals(expected, inPieces(input, input.plan(size)), "range size " + size);
    }
    assertEquals(50 + 8, expected.size());
  }

  @Test
  void windows1256IsSplittableAndDecodedAlike() throws IOException {
    Charset cp1256 = Charset.forName("windows-1256");
    String page = "عنوان الخبر\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر\nالمصدر: وكالة\n";
    byte[] bytes = page.repeat(40).getBytes(cp1256);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    assertEquals(cp1256, input.charset());
    List<SplittableInput.Piece> pieces = input.plan(100);
    assertTrue(pieces.size() > 10, pieces.toString());
    assertEquals(whole(DUMPS, bytes), inPieces(input, pieces));
  }

  @Test
  void shapesThatCannotBeCutAreReadWhole() throws IOException {
    byte[] page = Files.readAllBytes(SEED);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(page);
    }
    assertFalse(splittable(DUMPS, gz.toByteArray()).isPresent(), "gzip");
    assertFalse(
        splittable(DUMPS, "[{\"title\": \"x\"}]".getBytes(StandardCharsets.UTF_8)).isPresent(),
        "JSON array");
    assertFalse(
        splittable(
                DUMPS,
                "<DOC>\n<DOCNO>1</DOCNO>\n<TEXT>نص</TEXT>\n</DOC>\n"
                    .getBytes(StandardCharsets.UTF_8))
            .isPresent(),
        "TREC");
    byte[] utf16 =
        ("\uFEFF" + new String(page, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16BE);
    assertFalse(splittable(DUMPS, utf16).isPresent(), "UTF-16");
    assertFalse(
        splittable(Dumps.builder().format(InputFormat.PLAIN).build(), page).isPresent(),
        "one article a file");
    Dumps unsplit =
        Dumps.builder()
            .parser(NewsDumpParser.builder().disable(ParserFeature.SPLIT_PAGES).build())
            .build();
    assertFalse(splittable(unsplit, page).isPresent(), "pages not split");
    assertTrue(splittable(DUMPS, page).isPresent(), "the seed");
  }

  @Test
  void aLocalFileIsReadThroughItsChannel(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dump.txt");
    byte[] seed = Files.readAllBytes(SEED);
    Files.write(
        file,
        (new String(seed, StandardCharsets.UTF_8) + "\n")
            .repeat(5)
            .getBytes(StandardCharsets.UTF_8));
    SplittableInput input = SplittableInput.of(DUMPS, file).orElseThrow();
    // Ranges of a third of a page: each page but the first is found by the range that starts inside
    // the page before.
    List<SplittableInput.Piece> pieces = input.plan(seed.length / 3);
    assertEquals(5, pieces.size(), pieces.toString());
    List<Article> expected;
    try (DumpReader r = DUMPS.open(file)) {
      expected = r.stream().toList();
    }
    assertEquals(expected, inPieces(input, pieces));
    assertEquals(file.toString(), inPieces(input, pieces).get(4).origin().input());
  }

  @Test
  void pieceReaderOnAPoolGivesTheArticlesOfTheWholeInputInAnyOrderOfSubmission() throws Exception {
    String seed = Files.readString(SEED);
    byte[] bytes = (seed + "\n").repeat(40).getBytes(StandardCharsets.UTF_8);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    List<Article> expected = whole(DUMPS, bytes);
    assertEquals(40, expected.size());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      for (boolean reversed : new boolean[] {false, true}) {
        // Reversed, every task but the last submitted waits for ranges that no thread has started:
        // it counts them itself.
        PieceReader reader = new PieceReader(input, bytes.length / 25);
        int n = reader.ranges().size();
        List<java.util.concurrent.Future<List<Article>>> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          int i = reversed ? n - 1 - k : k;
          parts.add(
              pool.submit(
                  () -> {
                    try (ArticleReader r = reader.read(i)) {
                      return r.stream().toList();
                    }
                  }));
        }
        List<Article> got = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          got.addAll(
              parts.get(reversed ? n - 1 - k : k).get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertEquals(expected, got, reversed ? "reversed" : "in order");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The seed page six times: three ranges of a third each hold two pages each. */
  private static byte[] sixSeedPages() throws IOException {
    return (Files.readString(SEED) + "\n").repeat(6).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The input, where reads that start inside the second third fail; the third range's start is
   * looked for from one byte before it, so that one still reads.
   */
  private static SplittableInput failingInTheSecondThird(byte[] bytes) throws IOException {
    int third = bytes.length / 3;
    return SplittableInput.of(
            DUMPS,
            "dump",
            bytes.length,
            position -> {
              if (position >= third && position < 2L * third - 1) {
                throw new IOException("bad sector");
              }
              return new ByteArrayInputStream(bytes, (int) position, bytes.length - (int) position);
            })
        .orElseThrow();
  }

  /** The indexes of the input's ranges, last first. */
  public static List<Integer> lastToFirst(SplittableInput input, long rangeSize) {
    List<Integer> order = new ArrayList<>();
    for (int i = input.ranges(rangeSize).size() - 1; i >= 0; i--) {
      order.add(i);
    }
    return order;
  }

  @Test
  void aPieceAfterBytesThatCannotBeReadFailsNamingThemInsteadOfWaiting() throws IOException {
    byte[] bytes = sixSeedPages();
    int third = bytes.length / 3;
    SplittableInput input = failingInTheSecondThird(bytes);
    String unreadable =
        "dump: bytes "
            + third
            + ".."
            + 2 * third
            + " could not be read, so the line numbers after them are unknown";
    // The third piece counts the second range itself when no thread has started it ...
    IOException counted =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> new PieceReader(input, third).read(2));
    assertEquals(unreadable, counted.getMessage());
    assertEquals("bad sector", counted.getCause().getMessage());
    // ... and, when the second piece failed on its own, learns that instead of waiting for its
    // count.
    PieceReader reader = new PieceReader(input, third);
    assertEquals(3, reader.ranges().size());
    assertEquals(
        "bad sector",
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> reader.read(1))
            .getMessage());
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> reader.read(2));
    assertEquals(unreadable, e.getMessage());
    // The first range's piece needs no line count but its own and still reads.
    try (ArticleReader r = reader.read(0)) {
      assertTrue(r.stream().count() >= 1);
    }
  }

  /** The whole input converted to JSON Lines in one go. */
  static String wholeJsonLines(Dumps dumps, byte[] bytes) throws IOException {
    return jsonLines(whole(dumps, bytes));
  }

  /** Articles written as JSON Lines. */
  public static String jsonLines(List<Article> articles) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleWriter w = ArticleWriter.of(out, OutputFormat.JSONL)) {
      for (Article a : articles) {
        w.write(a);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Every range's piece read unshifted in {@code order} and written to JSON Lines with its line
   * numbers recorded, then the fragments joined in range order with their numbers shifted, handed
   * to the shifting stream {@code chunk} bytes at a time.
   */
  public static String joinedUnshifted(
      SplittableInput input, long rangeSize, List<Integer> order, int chunk) throws IOException {
    PieceReader reader = new PieceReader(input, rangeSize);
    int n = reader.ranges().size();
    byte[][] fragments = new byte[n][];
    LineNumbers[] numbers = new LineNumbers[n];
    for (int i : order) {
      numbers[i] = new LineNumbers();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArticleReader r = reader.readUnshifted(i);
          FragmentWriter w = FragmentWriter.of(out, OutputFormat.JSONL, numbers[i])) {
        for (Article a : r) {
          w.write(a);
        }
      }
      fragments[i] = out.toByteArray();
    }
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      java.io.OutputStream shifting = numbers[i].shifting(joined, reader.lineShift(i));
      for (int at = 0; at < fragments[i].length; at += chunk) {
        shifting.write(fragments[i], at, Math.min(chunk, fragments[i].length - at));
      }
    }
    return joined.toString(StandardCharsets.UTF_8);
  }

  @Test
  void piecesReadUnshiftedAndShiftedGiveTheWholeInputsJson() throws IOException {
    String seed = Files.readString(SEED);
    // CRLF pages, a CR-only page and a page with warnings (an empty source line, a NUL).
    String dump =
        (seed + "\n").repeat(3).replace("\n", "\r\n")
            + seed.replace("\n", "\r")
            + "\r"
            + "عنوان آخر\nتاريخ النشر: 1st, March 2024 GMT\nالمصدر:\nنص\0 الخبر.\n"
            + seed;
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    String expected = wholeJsonLines(DUMPS, bytes);
    assertTrue(expected.contains("\"kind\":\"EMPTY_FIELD\""), "the dump has a warning to shift");
    for (long rangeSize : new long[] {bytes.length / 7, bytes.length / 3, bytes.length}) {
      assertEquals(
          expected,
          joinedUnshifted(input, rangeSize, lastToFirst(input, rangeSize), 5),
          "ranges of " + rangeSize);
    }
  }

  @Test
  void aByteOrderMarkThatStartsALaterPieceStaysAsInTheWholeInput() throws IOException {
    // Dropped at the input's first line only: a later piece starting with one must not drop it
    // (found by fuzzing, when such a piece was numbered from line 1).
    String text =
        "عنوان\nتاريخ النشر: 1st, March 2024 GMT\nنص.\n"
            + "\uFEFFعنوان ثان\nتاريخ النشر: 2nd, March 2024 GMT\nنص آخر.\n";
    String jsonLines = "{\"title\": \"أول\"}\n\uFEFF{\"title\": \"ثان\"}\n{\"title\": \"ثالث\"}\n";
    for (String dump : List.of(text, jsonLines)) {
      byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
      SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
      String expected = wholeJsonLines(DUMPS, bytes);
      for (int rangeSize = 1; rangeSize <= bytes.length; rangeSize++) {
        assertEquals(
            expected,
            joinedUnshifted(input, rangeSize, lastToFirst(input, rangeSize), 7),
            "ranges of " + rangeSize);
      }
    }
  }

  @Test
  void emptyPiecesWithNoLineEndBeforeThemShiftNothing() throws IOException {
    // One line without a line end: every range after the first holds no record and no line end
    // comes before it (found by fuzzing: the shift came out as -1).
    byte[] bytes = "{\"title\": \"خبر واحد\"}".getBytes(StandardCharsets.UTF_8);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    PieceReader reader = new PieceReader(input, 3);
    for (int i = reader.ranges().size() - 1; i >= 0; i--) {
      try (ArticleReader r = reader.readUnshifted(i)) {
        assertEquals(i == 0 ? 1 : 0, r.stream().count());
      }
      assertEquals(0, reader.lineShift(i));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < reader.ranges().size(); i++) {
      order.add(i);
    }
    assertTrue(order.size() > 2);
    assertEquals(wholeJsonLines(DUMPS, bytes), joinedUnshifted(input, 3, order, 4));
  }

  @Test
  void aPieceReadUnshiftedAfterBytesThatCannotBeReadStillReadsButItsShiftIsUnknown()
      throws IOException {
    byte[] bytes = sixSeedPages();
    int third = bytes.length / 3;
    SplittableInput input = failingInTheSecondThird(bytes);
    PieceReader reader = new PieceReader(input, third);
    assertEquals(
        "bad sector",
        org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class, () -> reader.readUnshifted(1))
            .getMessage());
    // The third piece converts on its own, numbered from 2, as every piece after the first ...
    try (ArticleReader r = reader.readUnshifted(2)) {
      assertEquals(2, r.iterator().next().origin().line());
    }
    // ... but its place in the whole input is unknown, and says why instead of waiting.
    assertEquals(
        "dump: bytes "
            + third
            + ".."
            + 2 * third
            + " could not be read, so the line numbers after them are unknown",
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> reader.lineShift(2))
            .getMessage());
    assertEquals(1, reader.firstLine(0));
  }

  @Test
  void aPieceReadUnshiftedAndClosedEarlyStillCountsItsLines() throws IOException {
    byte[] bytes = sixSeedPages();
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    PieceReader reader = new PieceReader(input, bytes.length / 2);
    try (ArticleReader r = reader.readUnshifted(0)) {
      // One article of three read; closing reads the rest of the piece to count its lines.
      assertEquals(1, r.iterator().next().origin().line());
    }
    // Range 1's piece starts at a page: its first line is that page's line in the whole input, as a
    // reader that counts line ends in a pass of their own numbers it.
    long firstLine;
    try (ArticleReader r = new PieceReader(input, bytes.length / 2).read(1)) {
      firstLine = r.iterator().next().origin().line();
    }
    assertTrue(firstLine > 1);
    assertTrue(whole(DUMPS, bytes).stream().anyMatch(a -> a.origin().line() == firstLine));
    assertEquals(firstLine, reader.firstLine(1));
  }

  @Test
  void anEmptyInputHasNoPieces() throws IOException {
    SplittableInput input = splittable(DUMPS, new byte[0]).orElseThrow();
    assertEquals(List.of(), input.plan(10));
  }

  /** A piece after more than 2^31 lines is numbered on, not cut off at an int. */
  @Test
  void piecesAfterTwoToTheThirtyFirstLinesAreNumbered() throws IOException {
    byte[] bytes = Files.readAllBytes(SEED);
    SplittableInput input = splittable(DUMPS, bytes).orElseThrow();
    long mid = bytes.length / 2;
    long billions = 3_000_000_000L;
    List<SplittableInput.Piece> pieces =
        input.pieces(
            List.of(
                new SplittableInput.Probe(new SplittableInput.Range(0, mid), 0, 0, billions),
                new SplittableInput.Probe(
                    new SplittableInput.Range(mid, bytes.length), mid + 10, 2, 5)));
    assertEquals(2, pieces.size());
    assertEquals(1, pieces.get(0).firstLine());
    // Line 1, plus the first range's line ends, plus the two before the record in the second.
    assertEquals(1 + billions + 2, pieces.get(1).firstLine());
  }

  /**
   * Probes every range but the first of an input cut in twenty, checking that each finds {@code
   * laterStart} where that lies in it (else no start: the input's size) and reads its own range and
   * one buffer of 64 KiB at the most past it (a scanner reads ahead a buffer at a time); returns
   * the input.
   */
  private static SplittableInput probesStayInTheirRanges(byte[] bytes, long laterStart)
      throws IOException {
    long[] read = {0};
    SplittableInput input =
        SplittableInput.of(
                DUMPS,
                "dump",
                bytes.length,
                position ->
                    new java.io.FilterInputStream(
                        new ByteArrayInputStream(
                            bytes, (int) position, bytes.length - (int) position)) {
                      @Override
                      public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        read[0] += Math.max(n, 0);
                        return n;
                      }
                    })
            .orElseThrow();
    long rangeSize = rangeSize(bytes);
    List<SplittableInput.Range> ranges = input.ranges(rangeSize);
    // The first probe also looks up the input's first line with text, once.
    input.probe(ranges.get(1));
    for (SplittableInput.Range r : ranges.subList(1, ranges.size())) {
      read[0] = 0;
      SplittableInput.Probe p = input.probe(r);
      long expected = r.start() <= laterStart && laterStart < r.end() ? laterStart : bytes.length;
      assertEquals(expected, p.recordStart(), "the record start in " + r);
      assertTrue(read[0] <= rangeSize + (1 << 16) + 1, r + " read " + read[0] + " bytes");
    }
    return input;
  }

  private static long rangeSize(byte[] bytes) {
    return bytes.length / 20;
  }

  /**
   * Inside a line longer than many ranges (one huge JSON line), the search of each range reads that
   * range, not the rest of the line: probing stays linear (it read to the line's end from every
   * range once, quadratic in the line's length).
   */
  @Test
  void theSearchOfARangeInsideALongLineStaysInTheRange() throws IOException {
    String huge =
        "{\"title\": \"عنوان\", \"text\": \"" + "نص طويل بلا نهاية سطر ".repeat(60_000) + "\"}\n";
    String lastRecord = "{\"title\": \"آخر\", \"text\": \"نص.\"}\n";
    byte[] bytes =
        ("{\"title\": \"خبر\", \"text\": \"نص.\"}\n" + huge + lastRecord)
            .getBytes(StandardCharsets.UTF_8);
    // The last record starts after the long line: in its range; no record starts in the others.
    long last = bytes.length - lastRecord.getBytes(StandardCharsets.UTF_8).length;
    SplittableInput input = probesStayInTheirRanges(bytes, last);
    // And reading in pieces gives the articles of the whole input.
    List<Article> articles = whole(DUMPS, bytes);
    assertTrue(
        articles.equals(inPieces(input, input.plan(rangeSize(bytes)))),
        "the articles of the whole input");
  }

  /** The same for page text: a page, then one line of prose longer than many ranges. */
  @Test
  void theSearchOfARangeInsideALongProseLineStaysInTheRange() throws IOException {
    String page = new String(Files.readAllBytes(SEED), StandardCharsets.UTF_8);
    byte[] bytes =
        (page + "وقال الرئيس إن المحادثات ستستمر ".repeat(40_000) + "\nنهاية.\n")
            .getBytes(StandardCharsets.UTF_8);
    SplittableInput input = probesStayInTheirRanges(bytes, bytes.length);
    List<Article> articles = whole(DUMPS, bytes);
    assertTrue(
        articles.equals(inPieces(input, input.plan(rangeSize(bytes)))),
        "the articles of the whole input");
  }

  /**
   * On an input with no page start after its first, the search of each range reads that range (and
   * the line crossing its end), not the rest of the input: the pieces' search is linear.
   */
  @Test
  void theSearchOfARangeStaysInTheRange() throws IOException {
    byte[] page = Files.readAllBytes(SEED);
    String prose = "وقال الرئيس إن المحادثات ستستمر الأسبوع المقبل في العاصمة.\n".repeat(2000);
    byte[] bytes =
        (new String(page, StandardCharsets.UTF_8) + prose).getBytes(StandardCharsets.UTF_8);
    SplittableInput input = probesStayInTheirRanges(bytes, bytes.length);
    // And the pieces are the one page, with everything after it: the articles of the whole input.
    List<SplittableInput.Piece> plan = input.plan(rangeSize(bytes));
    assertEquals(List.of(new SplittableInput.Piece(0, bytes.length, 1)), plan);
    List<Article> expected = whole(DUMPS, bytes);
    List<Article> got = inPieces(input, plan);
    assertEquals(expected.size(), got.size());
    // Not assertEquals: the message would print megabytes of articles.
    assertTrue(expected.equals(got), "the articles of the whole input");
  }

  /**
   * An input whose records start only in its first range (prose after one page, blank lines, one
   * long line) is read whole rather than probed range by range for starts that are not there.
   */
  @Test
  void recordsThatStartAgainAfterTheFirstRangeAreWorthSplitting() throws IOException {
    String seed;
    try (java.io.InputStream in =
        SplittableInputTest.class.getResourceAsStream("/seeds/000_7c490c51ed63725b.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String body = seed.lines().filter(l -> l.length() > 200).findFirst().orElseThrow();
    byte[] pages = (seed + "\n").repeat(40).getBytes(StandardCharsets.UTF_8);
    byte[] prose = (seed + "\n" + (body + "\n").repeat(400)).getBytes(StandardCharsets.UTF_8);
    byte[] blank = (seed + "\n" + "\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
    int range = 64 << 10;
    assertTrue(pages.length > 2 * range && prose.length > 2 * range && blank.length > 2 * range);
    assertTrue(new PieceReader(splittable(DUMPS, pages).orElseThrow(), range).startsAgain());
    assertFalse(new PieceReader(splittable(DUMPS, prose).orElseThrow(), range).startsAgain());
    assertFalse(new PieceReader(splittable(DUMPS, blank).orElseThrow(), range).startsAgain());
  }
}
