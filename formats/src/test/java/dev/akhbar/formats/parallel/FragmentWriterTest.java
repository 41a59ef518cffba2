package dev.akhbar.formats.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.options.OutputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fragments written on many threads and joined: the bytes of one writer, line numbers shifted. */
class FragmentWriterTest {
  /**
   * An article whose line numbers come from {@code lines}: origin, a related article's origin, and
   * two warnings (one of no line).
   */
  private static Article numbered(int line, int relatedLine, int lastLine) {
    return Article.builder(new dev.akhbar.article.Origin("in", line, lastLine))
        .title("عنوان")
        .addParagraph("نص")
        .addRelated(
            Article.builder(new dev.akhbar.article.Origin("in", relatedLine, lastLine))
                .title("خبر ذو صلة")
                .build())
        .warning(
            dev.akhbar.article.ParseWarning.of(
                0, dev.akhbar.article.WarningKind.MISSING_DATE, "no date"))
        .warning(
            dev.akhbar.article.ParseWarning.of(
                line, dev.akhbar.article.WarningKind.EMPTY_FIELD, "empty"))
        .build();
  }

  @Test
  void lineNumbersRecordedInAFragmentAreShiftedWhenJoinedAcrossAnyChunks() throws IOException {
    for (OutputFormat format : List.of(OutputFormat.JSONL, OutputFormat.JSON)) {
      // Numbered as if the piece began at line 1; 991 lines before it. 9 and 99 gain digits (1000,
      // 1090), 1 does not (992); the warning of no line stays 0.
      List<Article> provisional = List.of(numbered(1, 5, 9), numbered(9, 95, 99));
      List<Article> whole = List.of(numbered(992, 996, 1000), numbered(1000, 1086, 1090));
      LineNumbers numbers = new LineNumbers();
      ByteArrayOutputStream fragment = new ByteArrayOutputStream();
      try (FragmentWriter w = FragmentWriter.of(fragment, format, numbers)) {
        provisional.forEach(a -> write(w, a));
      }
      // Each article: origin line and last line, related line and last line, one warning line.
      assertEquals(10, numbers.size());
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      try (FragmentWriter w = FragmentWriter.of(expected, format)) {
        whole.forEach(a -> write(w, a));
      }
      byte[] bytes = fragment.toByteArray();
      for (int chunk : new int[] {1, 2, 3, 7, bytes.length}) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        try (java.io.OutputStream shifting = numbers.shifting(joined, 991)) {
          for (int at = 0; at < bytes.length; at += chunk) {
            shifting.write(bytes, at, Math.min(chunk, bytes.length - at));
          }
        }
        assertEquals(
            expected.toString(StandardCharsets.UTF_8),
            joined.toString(StandardCharsets.UTF_8),
            format + " in chunks of " + chunk);
      }
      ByteArrayOutputStream unshifted = new ByteArrayOutputStream();
      try (java.io.OutputStream shifting = numbers.shifting(unshifted, 0)) {
        shifting.write(bytes);
      }
      assertEquals(
          new String(bytes, StandardCharsets.UTF_8), unshifted.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aClearedRecordShiftsTheNextFragmentAsANewOneWould() throws IOException {
    // Ten numbers in the first fragment, five in the second: after clear(), only the second's own
    // offsets apply (the first's would rewrite bytes of the second where no number stands).
    LineNumbers numbers = new LineNumbers();
    try (FragmentWriter w =
        FragmentWriter.of(new ByteArrayOutputStream(), OutputFormat.JSONL, numbers)) {
      write(w, numbered(1, 5, 9));
      write(w, numbered(9, 95, 99));
    }
    numbers.clear();
    assertEquals(0, numbers.size());
    ByteArrayOutputStream fragment = new ByteArrayOutputStream();
    try (FragmentWriter w = FragmentWriter.of(fragment, OutputFormat.JSONL, numbers)) {
      write(w, numbered(2, 3, 4));
    }
    assertEquals(5, numbers.size());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (FragmentWriter w = FragmentWriter.of(expected, OutputFormat.JSONL)) {
      write(w, numbered(993, 994, 995));
    }
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    try (java.io.OutputStream shifting = numbers.shifting(joined, 991)) {
      shifting.write(fragment.toByteArray());
    }
    assertEquals(
        expected.toString(StandardCharsets.UTF_8), joined.toString(StandardCharsets.UTF_8));
  }

  @Test
  void csvRecordsNoLineNumbers() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> FragmentWriter.of(new ByteArrayOutputStream(), OutputFormat.CSV, new LineNumbers()));
  }

  /** Fragments joined by begin, commas and end are what one writer writes, in every format. */
  @Test
  void joinedFragmentsAreWhatOneWriterWrites() throws IOException {
    List<Article> first = List.of(numbered(1, 2, 3), numbered(4, 5, 6));
    List<Article> second = List.of(numbered(7, 8, 9));
    for (OutputFormat format : OutputFormat.values()) {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      try (ArticleWriter w = ArticleWriter.of(whole, format)) {
        for (Article a : first) {
          w.write(a);
        }
        for (Article a : second) {
          w.write(a);
        }
      }
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      FragmentWriter.begin(joined, format);
      boolean any = false;
      for (List<Article> part : List.of(first, second)) {
        ByteArrayOutputStream fragment = new ByteArrayOutputStream();
        try (FragmentWriter w = FragmentWriter.of(fragment, format)) {
          for (Article a : part) {
            w.write(a);
          }
        }
        if (any && format == OutputFormat.JSON) {
          joined.write(',');
        }
        joined.write(fragment.toByteArray());
        any = true;
      }
      FragmentWriter.end(joined, format);
      assertEquals(
          whole.toString(StandardCharsets.UTF_8),
          joined.toString(StandardCharsets.UTF_8),
          format.name());
    }
  }

  private static void write(FragmentWriter w, Article a) {
    try {
      w.write(a);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
