package dev.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: bounded memory, linear work, nothing lost, the same answer on many
 * threads.
 */
class ReliabilityTest {
  private final NewsDumpParser parser = NewsDumpParser.builder().build();

  /** {@code count} copies of a char, then a line break, without holding them in memory. */
  static Reader repeated(char c, long count) {
    return new Reader() {
      private long left = count;
      private boolean ended;

      @Override
      public int read(char[] buf, int off, int len) {
        if (left == 0) {
          if (ended) {
            return -1;
          }
          ended = true;
          buf[off] = '\n';
          return 1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(buf, off, off + n, c);
        left -= n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aFiftyMegabyteLineIsCutAtTheLimitAndReported() throws IOException {
    try (ArticleReader r = parser.parse(repeated('ب', 50_000_000), "huge")) {
      List<Article> a = r.stream().toList();
      assertEquals(1, a.size());
      // A line that long is no title: the article's one paragraph.
      assertEquals(1_000_000, a.get(0).body().get(0).length());
      assertEquals("", a.get(0).title());
      ParseWarning cut =
          a.get(0).warnings().stream()
              .filter(w -> w.kind() == WarningKind.LINE_TOO_LONG)
              .findFirst()
              .orElseThrow();
      assertTrue(cut.message().contains("49000000 chars dropped"), cut.message());
    }
  }

  @Test
  void aHundredThousandEmptyPagesInARow() throws IOException {
    String page = "عنوان\nتاريخ النشر: 1st, March 2024 GMT\n";
    StringBuilder dump = new StringBuilder(page.length() * 100_000);
    for (int i = 0; i < 100_000; i++) {
      dump.append(page);
    }
    List<Article> a = parser.parse(dump.toString());
    assertEquals(100_000, a.size());
    assertEquals(new Origin("<string>", 199_999, 200_000), a.get(99_999).origin());
    // Each page says its body is empty, and says nothing else.
    assertTrue(
        a.stream()
            .allMatch(
                x ->
                    x.body().isEmpty()
                        && x.warnings().size() == 1
                        && x.warnings().get(0).kind() == WarningKind.EMPTY_BODY));
  }

  @Test
  void pagesOverTheCharLimitAreSplitAndSaidSo() {
    NewsDumpParser small =
        NewsDumpParser.builder().limits(ParseLimits.builder().maxPageChars(40).build()).build();
    List<Article> a =
        small.parse("عنوان\nسطر أول من النص الطويل.\nسطر ثان من النص الطويل.\nسطر ثالث.\n");
    assertEquals(2, a.size());
    assertTrue(a.get(0).warnings().stream().anyMatch(w -> w.kind() == WarningKind.PAGE_TOO_LONG));
    assertEquals("سطر ثالث.", a.get(1).title());
  }

  @Test
  void relatedArticlesOverTheLimitJoinTheLastOne() {
    StringBuilder text =
        new StringBuilder("عنوان\nتاريخ النشر: 1st, March 2024 GMT\nنص.\nإقرأ أيضاً:\n");
    for (int i = 0; i < 5; i++) {
      text.append("خبر ").append(i).append("\nنص.\nرويترز\n");
    }
    NewsDumpParser small =
        NewsDumpParser.builder().limits(ParseLimits.builder().maxRelatedPerPage(2).build()).build();
    Article a = small.parse(text.toString()).get(0);
    assertEquals(2, a.related().size());
    assertEquals(
        List.of(
            "نص.", "رويترز", "خبر 2", "نص.", "رويترز", "خبر 3", "نص.", "رويترز", "خبر 4", "نص."),
        a.related().get(1).body());
    assertTrue(a.warnings().stream().anyMatch(w -> w.kind() == WarningKind.PAGE_TOO_LONG));
  }

  /**
   * For every pattern the parser matches, four times the input takes at most about four times the
   * work: CPU time of this thread, best of five (a busy machine once made the best of three miss),
   * with a generous bound of ten times.
   */
  @Test
  void pathologicalInputsTakeLinearWork() {
    List<IntFunction<String>> patterns =
        List.of(
            n -> "-".repeat(n),
            n -> ":".repeat(n),
            n -> "1".repeat(n),
            n -> "1/".repeat(n / 2),
            n -> "ـ".repeat(n),
            n -> "ط".repeat(n),
            n -> "ط¨".repeat(n / 2),
            n -> "المصدر ".repeat(n / 7),
            n -> "تاريخ النشر: ".repeat(n / 13),
            n -> "موسكو – ".repeat(n / 8),
            n -> ("عنوان\nتاريخ النشر: " + "29th, ".repeat(10) + "\n").repeat(n / 80),
            n -> "منذ ".repeat(n / 4),
            n -> "كلمات دلالية: " + "روسيا ".repeat(n / 6),
            n -> "اقرأ أيضا\n".repeat(n / 10),
            n -> "اقرأ أيضا: عنوان\n".repeat(n / 16),
            n -> ("اقرأ أيضا: عنوان\n" + "سطر\n".repeat(20)).repeat(n / 100),
            n -> "عنوان الخبر\n2017-08-11 15:22\n".repeat(n / 28),
            n -> ("عنوان 1\n" + "\n".repeat(30)).repeat(n / 38));
    for (IntFunction<String> p : patterns) {
      String small = p.apply(50_000);
      String large = p.apply(200_000);
      parser.parse(small);
      long t1 = cpu(() -> parser.parse(small));
      long t4 = cpu(() -> parser.parse(large));
      assertTrue(
          t4 <= 10 * Math.max(t1, 2_000_000L),
          "input "
              + large.substring(0, Math.min(20, large.length()))
              + "...: "
              + t1 / 1e6
              + " ms for 50k, "
              + t4 / 1e6
              + " ms for 200k");
    }
  }

  private static long cpu(Runnable r) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = bean.getCurrentThreadCpuTime();
      r.run();
      best = Math.min(best, bean.getCurrentThreadCpuTime() - start);
    }
    return best;
  }

  @Test
  void oneParserSharedByEightThreadsGivesTheSingleThreadedResult() throws Exception {
    String seed = SeedTest.seed();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      inputs.add(
          seed.replace("بوتين:", "بوتين " + i + ":").repeat(1 + i % 3)
              + (i % 2 == 0 ? "\r\n" : "\n\u200Fط¨ظˆطھظٹظ†\n"));
    }
    List<List<Article>> expected = new ArrayList<>();
    for (String s : inputs) {
      expected.add(parser.parse(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<List<Article>>> futures = new ArrayList<>();
        for (String s : inputs) {
          futures.add(
              pool.submit(() -> parser.parse(new StringReader(s), "<string>").stream().toList()));
        }
        for (int i = 0; i < inputs.size(); i++) {
          assertEquals(expected.get(i), futures.get(i).get());
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A source line whose address part is thousands of dot-separated labels: it was matched by a
   * regex that recursed per label and overflowed the stack, taking the whole batch down.
   */
  @Test
  void aSourceWithThousandsOfDottedLabelsIsReadNotOverflowed() {
    String tail = "a.".repeat(8000) + "com";
    String page =
        "عنوان الخبر\nتاريخ النشر: 29th, February 2024 GMT\nنص الخبر.\nالمصدر: الشروق - "
            + tail
            + "\n";
    List<Article> out = parser.parse(page, "dots.txt");
    assertEquals(1, out.size());
    // Too long for a host name (253 chars at most): the whole text stays the source.
    assertEquals("الشروق - " + tail, out.get(0).source().orElseThrow());
  }

  /**
   * The normaliser's output grows with the expansions it writes, not eight chars for every char
   * read: a long line no longer needs eight times its size up front (an {@code int} that overflowed
   * past 268 M chars).
   */
  @Test
  void theNormalisersBufferGrowsWithItsExpansionsOnly() {
    ArabicNormalizer normalizer = ArabicNormalizer.display();
    String plain = "قال الرئيس ".repeat(100_000);
    assertEquals(plain.strip(), normalizer.normalize(plain));
    assertTrue(
        dev.akhbar.internal.NormalizerPass.output().length < 3 * plain.length(),
        "buffer " + dev.akhbar.internal.NormalizerPass.output().length);
    // Presentation forms expand: lam-alef (one char) becomes two, past the first room given.
    String forms = "\uFEFB".repeat(300_000);
    assertEquals("لا".repeat(300_000), normalizer.normalize(forms));
  }
}
