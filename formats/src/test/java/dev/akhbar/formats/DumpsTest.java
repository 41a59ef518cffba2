package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DumpsTest {
  static final Path FIXTURES =
      Path.of(java.net.URI.create(String.valueOf(DumpsTest.class.getResource("/fixtures"))));
  static final Path SEED =
      Path.of(
          java.net.URI.create(
              String.valueOf(DumpsTest.class.getResource("/seeds/000_7c490c51ed63725b.txt"))));
  private final Dumps dumps = Dumps.builder().build();

  record Read(InputFormat format, Charset charset, List<Article> articles) {}

  Read read(Path p) throws IOException {
    try (DumpReader r = dumps.open(p)) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      return new Read(r.format(), r.charset(), out);
    }
  }

  Read read(byte[] bytes, String name) throws IOException {
    try (DumpReader r = dumps.open(new ByteArrayInputStream(bytes), name)) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      return new Read(r.format(), r.charset(), out);
    }
  }

  @Test
  void theSeedIsPageText() throws IOException {
    Read r = read(SEED);
    assertEquals(InputFormat.TEXT, r.format());
    assertEquals(StandardCharsets.UTF_8, r.charset());
    assertEquals(1, r.articles().size());
    assertEquals(7, r.articles().get(0).keywords().size());
  }

  @Test
  void antTrecDocuments() throws IOException {
    Read r = read(FIXTURES.resolve("ant/JA-localNews-555-10042015.txt"));
    assertEquals(InputFormat.TREC, r.format());
    Article a = r.articles().get(0);
    assertEquals("الجزائر : تهريب كوكايين الى تونس في موكب زفاف وهمي", a.title());
    assertEquals("2015-04-10", a.published().orElseThrow().toIso());
    assertEquals("Jawhara FM", a.source().orElseThrow());
    assertEquals("JA-localNews-555-10042015", a.attributes().get("id"));
    assertEquals("localNews", a.attributes().get("category"));
    assertTrue(a.body().get(0).startsWith("قضت محكمة جزائرية الخميس"), a.body().get(0));
    assertEquals(List.of(), a.warnings());
  }

  @Test
  void antRfc822Times() throws IOException {
    Article cnn = read(FIXTURES.resolve("ant/CN-economy-328-20181001.txt")).articles().get(0);
    assertEquals("2018-10-01T18:12:47Z", cnn.published().orElseThrow().toIso());
    assertEquals(
        "صندوق النقد الدولي يرفع توقعاته لنمو اقتصاد الإمارات.. إليك الأسباب", cnn.title());
    Article alarabia = read(FIXTURES.resolve("ant/AL-sport-96-20180211.txt")).articles().get(0);
    assertEquals("2018-02-11T17:32:40+04:00", alarabia.published().orElseThrow().toIso());
  }

  @Test
  void saudiNewsNetShapedJsonArray() throws IOException {
    Read r = read(FIXTURES.resolve("saudinewsnet-shape.json"));
    assertEquals(InputFormat.JSON, r.format());
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("أمير الرياض يفتتح معرض الكتاب", a.title());
    assertEquals("alriyadh", a.source().orElseThrow());
    assertEquals("محمد العتيبي", a.author().orElseThrow());
    assertEquals("http://www.alriyadh.com/1000001", a.url().orElseThrow());
    // date_extracted is the crawl time: with no publication date, its day stands in, and says so.
    assertEquals("2015-07-23", a.published().orElseThrow().toIso());
    assertTrue(
        a.warnings().stream()
            .anyMatch(
                w ->
                    w.kind() == WarningKind.DATE_NOTE
                        && w.message().contains("crawled (2015-07-23 05:04:32)")),
        a.warnings()::toString);
    assertEquals("2015-07-23 05:04:32", a.attributes().get("date_extracted"));
    assertEquals(
        List.of(
            "الرياض - افتتح أمير منطقة الرياض مساء أمس معرض الكتاب الدولي.",
            "وشهد الافتتاح حضور عدد كبير من المثقفين."),
        a.body());
    assertEquals("واس", a.credit().orElseThrow());
    assertEquals("الرياض", a.dateline().orElseThrow());
    assertEquals(
        new dev.akhbar.article.Origin(FIXTURES.resolve("saudinewsnet-shape.json").toString(), 2, 9),
        a.origin());
    assertTrue(r.articles().get(1).author().isEmpty(), "an empty author is no author");
  }

  @Test
  void crawlJsonLinesWithABrokenLine() throws IOException {
    List<Article> a = read(FIXTURES.resolve("crawl.jsonl")).articles();
    assertEquals(5, a.size());
    assertEquals("2024-02-29T10:30:00+03:00", a.get(0).published().orElseThrow().toIso());
    assertEquals(List.of("روسيا", "مصر"), a.get(0).keywords());
    assertEquals("القاهرة", a.get(0).dateline().orElseThrow());
    // 1709200800 s = 1709164800 (2024-02-29T00:00Z) + 36000: 10:00:00, to the second.
    assertEquals("2024-02-29T10:00:00Z", a.get(1).published().orElseThrow().toIso());
    assertEquals("ar", a.get(1).attributes().get("lang"));
    assertEquals(WarningKind.UNREADABLE, a.get(2).warnings().get(0).kind());
    assertEquals(3, a.get(2).warnings().get(0).line());
    assertEquals(WarningKind.UNREADABLE, a.get(3).warnings().get(0).kind());
    assertEquals(5, a.get(3).origin().line());
    assertEquals("خبر رابع", a.get(4).title());
    assertEquals("2024-02-29", a.get(4).published().orElseThrow().toIso());
    // One keywords string, tags joined by spaces: split on the article's own text.
    assertEquals(
        List.of("الولايات المتحدة", "روسيا"),
        Dumps.builder()
            .build()
            .open(
                new ByteArrayInputStream(
                    "{\"title\": \"الولايات المتحدة وروسيا\", \"text\": \"قالت الولايات المتحدة إن روسيا\", \"keywords\": \"الولايات المتحدة روسيا\"}"
                        .getBytes(StandardCharsets.UTF_8)),
                "x")
            .stream()
            .findFirst()
            .orElseThrow()
            .keywords());
  }

  @Test
  void abuElKhairShapedXmlThatIsNotWellFormed() throws IOException {
    Read r = read(FIXTURES.resolve("abu-el-khair-shape.xml"));
    assertEquals(InputFormat.XML, r.format());
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("افتتاح معرض الكتاب في صنعاء", a.title());
    assertEquals("2010-03-12", a.published().orElseThrow().toIso());
    assertEquals("صنعاء", a.dateline().orElseThrow());
    assertEquals(
        List.of(
            "صنعاء ـ سبأنت: افتتح وزير الثقافة اليوم معرض الكتاب & الفنون. وشارك في المعرض عدد من دور النشر."),
        a.body());
    assertEquals("TEST_0000001", a.attributes().get("id"));
    assertEquals("أمطار غزيرة على عدن", r.articles().get(1).title());
  }

  @Test
  void gigawordShapedSgml() throws IOException {
    Read r = read(FIXTURES.resolve("gigaword-shape.sgml"));
    assertEquals(InputFormat.SGML, r.format());
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("قمة عربية في القاهرة", a.title());
    assertEquals("2000-01-01", a.published().orElseThrow().toIso());
    assertEquals("القاهرة 1-1 (اف ب) -", a.dateline().orElseThrow());
    assertEquals(
        List.of(
            "تبدأ القمة العربية أعمالها غدا في القاهرة بحضور القادة العرب.",
            "وقال مسؤول إن جدول الأعمال يتضمن ملفات الاقتصاد & الأمن."),
        a.body());
    assertEquals("story", a.attributes().get("type"));
    assertEquals("2000-01-02", r.articles().get(1).published().orElseThrow().toIso());
  }

  /**
   * Title plus body in windows-1256 with CRLF and a trailing NUL, as the Arabic Newspapers Corpus
   * files are.
   */
  @Test
  void plainWindows1256WithCrlfAndTrailingNul() throws IOException {
    byte[] bytes =
        bytes(
            "نصائح طبية لمريض السكر في رمضان\r\nينصح الأطباء مرضى السكر بمراجعة الطبيب قبل رمضان.\r\n",
            Charset.forName("windows-1256"),
            new byte[] {0});
    Read r = read(bytes, "YE-like.txt");
    assertEquals(Charset.forName("windows-1256"), r.charset());
    Article a = r.articles().get(0);
    assertEquals("نصائح طبية لمريض السكر في رمضان", a.title());
    assertEquals(List.of("ينصح الأطباء مرضى السكر بمراجعة الطبيب قبل رمضان."), a.body());
    assertEquals(
        List.of(WarningKind.MISSING_DATE),
        a.warnings().stream().map(w -> w.kind()).collect(Collectors.toList()));
  }

  @Test
  void shortIso88596TextIsToldFromWindows1256() throws IOException {
    byte[] bytes =
        bytes(
            "دورة تكوينية حول الإعلام, القوانين\nينظم مركز ابن رشد دورة تكوينية بالرباط.\n",
            Charset.forName("ISO-8859-6"),
            new byte[0]);
    Read r = read(bytes, "ma.txt");
    assertEquals(Charset.forName("ISO-8859-6"), r.charset());
    assertEquals("دورة تكوينية حول الإعلام, القوانين", r.articles().get(0).title());
  }

  @Test
  void utf16WithBom() throws IOException {
    byte[] bytes =
        bytes(
            "\uFEFFعنوان\nتاريخ النشر: 29th, February 2024 GMT\nنص.\n",
            StandardCharsets.UTF_16LE,
            new byte[0]);
    Read r = read(bytes, "u16.txt");
    assertEquals(StandardCharsets.UTF_16LE, r.charset());
    assertEquals("عنوان", r.articles().get(0).title());
  }

  @Test
  void malformedUtf8IsReplacedAndReportedOnItsLine() throws IOException {
    byte[] good = "عنوان\nنص ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xD8;
    bytes[good.length + 1] = 'x';
    bytes[good.length + 2] = '\n';
    Dumps utf8 = Dumps.builder().encoding(StandardCharsets.UTF_8).build();
    Article a =
        utf8.open(new ByteArrayInputStream(bytes), "bad.txt").stream().findFirst().orElseThrow();
    assertEquals(List.of("نص x"), a.body());
    assertTrue(
        a.warnings().stream()
            .anyMatch(w -> w.kind() == WarningKind.INVALID_CHARACTERS && w.line() == 2),
        a.warnings()::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        CompressorStreamFactory.GZIP,
        CompressorStreamFactory.BZIP2,
        CompressorStreamFactory.XZ,
        CompressorStreamFactory.ZSTANDARD
      })
  void compressedInputsReadAsThePlainOne(String kind) throws Exception {
    byte[] plain = Files.readAllBytes(SEED);
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream out =
        new CompressorStreamFactory().createCompressorOutputStream(kind, packed)) {
      out.write(plain);
    }
    Read r = read(packed.toByteArray(), "seed");
    assertEquals(read(plain, "seed").articles(), r.articles());
    assertEquals(InputFormat.TEXT, r.format());
  }

  @Test
  void openTextDecompressesAndDecodesInTheDetectedOrForcedEncoding() throws Exception {
    String text = "دورة تكوينية حول الإعلام\nينظم مركز ابن رشد دورة تكوينية بالرباط.\n";
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream out =
        new CompressorStreamFactory()
            .createCompressorOutputStream(CompressorStreamFactory.XZ, packed)) {
      out.write(text.getBytes(Charset.forName("windows-1256")));
    }
    assertEquals(text, readText(Dumps.builder().build(), packed.toByteArray()));
    byte[] iso = text.getBytes(Charset.forName("ISO-8859-6"));
    assertEquals(text, readText(Dumps.builder().build(), iso));
    Dumps forced = Dumps.builder().encoding(Charset.forName("windows-1256")).build();
    // The same bytes read as windows-1256 give other letters: the forced encoding is used.
    assertEquals(new String(iso, Charset.forName("windows-1256")), readText(forced, iso));
  }

  private static String readText(Dumps dumps, byte[] bytes) throws IOException {
    try (java.io.Reader in = dumps.openText(new ByteArrayInputStream(bytes), "t")) {
      java.io.StringWriter out = new java.io.StringWriter();
      in.transferTo(out);
      return out.toString();
    }
  }

  @Test
  void directoriesAreWalkedInNameOrderWithoutHiddenFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".hidden"), "x");
    // A corpus kept under git: nothing of .git is an input.
    Files.createDirectories(dir.resolve(".git/objects/ab"));
    Files.writeString(dir.resolve(".git/objects/ab/cdef"), "x");
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
    assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b/2.txt")), Dumps.files(dir));
    // A hidden directory named as the input itself is read.
    assertEquals(
        List.of(dir.resolve(".git/HEAD"), dir.resolve(".git/objects/ab/cdef")),
        Dumps.files(dir.resolve(".git")));
  }

  @Test
  void aForcedFormatWins() throws IOException {
    Dumps plain = Dumps.builder().format(InputFormat.PLAIN).build();
    try (DumpReader r = plain.open(SEED)) {
      List<Article> a = r.stream().collect(Collectors.toList());
      assertEquals(1, a.size());
      assertEquals(InputFormat.PLAIN, r.format());
    }
  }

  private static byte[] bytes(String text, Charset charset, byte[] tail) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[body.length + tail.length];
    System.arraycopy(body, 0, out, 0, body.length);
    System.arraycopy(tail, 0, out, body.length, tail.length);
    return out;
  }

  /**
   * A text dump whose first title opens with "[" or "{" is text, not JSON: both pages are read;
   * JSON is JSON when its first record parses.
   */
  @Test
  void aTitleThatOpensWithABracketIsText() throws IOException {
    String page2 = "عنوان ثان\nتاريخ النشر: 1st, March 2024 GMT\nنص الخبر الثاني.\n";
    for (String title :
        List.of("[عاجل] انفجار في المرفأ", "{تحديث} انفجار في المرفأ", "[2024] حصاد العام")) {
      String dump = title + "\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر الأول.\n" + page2;
      Read r = read(dump.getBytes(StandardCharsets.UTF_8), "dump.txt");
      assertEquals(InputFormat.TEXT, r.format(), title);
      assertEquals(2, r.articles().size(), title);
      assertEquals(title, r.articles().get(0).title());
    }
    assertEquals(
        InputFormat.JSON,
        read("  [{\"title\": \"خبر\"}]".getBytes(StandardCharsets.UTF_8), "a.json").format());
    assertEquals(
        InputFormat.JSON, read("[]".getBytes(StandardCharsets.UTF_8), "empty.json").format());
    assertEquals(
        InputFormat.JSON,
        read(
                "{\"title\": \"خبر\"}\n{\"title\": \"آخر\"}\n".getBytes(StandardCharsets.UTF_8),
                "a.jsonl")
            .format());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", CompressorStreamFactory.GZIP, CompressorStreamFactory.BZIP2})
  void bytesReadCountsTheDataNotTheStoredBytes(String codec) throws IOException {
    // 3000 pages: far more than what is read ahead, and gzip stores them in a fraction.
    String page = "عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر الذي يتكرر في كل صفحة.\n\n";
    byte[] data = page.repeat(3000).getBytes(StandardCharsets.UTF_8);
    byte[] stored = data;
    if (!codec.isEmpty()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream o =
          new CompressorStreamFactory().createCompressorOutputStream(codec, out)) {
        o.write(data);
      }
      stored = out.toByteArray();
      assertTrue(stored.length < data.length / 10, "compressed: " + stored.length);
    }
    try (DumpReader r = Dumps.builder().build().open(new ByteArrayInputStream(stored), "d")) {
      long first = 0;
      long n = 0;
      for (Article a : r) {
        if (n++ == 0) {
          first = r.bytesRead();
        }
      }
      assertEquals(3000, n);
      // After the first article: the sniffed head and what was read ahead, not the whole input.
      assertTrue(first > 0 && first < data.length / 2, "after the first article: " + first);
      assertEquals(data.length, r.bytesRead());
    }
  }
}
