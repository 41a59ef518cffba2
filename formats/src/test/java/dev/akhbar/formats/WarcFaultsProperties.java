package dev.akhbar.formats;

import static dev.akhbar.formats.WarcRecords.paragraph;
import static dev.akhbar.formats.WarcRecords.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A WARC file (plain or gzipped a record to a member) whose records are whole or broken in every
 * way a reader meets: every whole record is an article, once; the text of every broken one, and of
 * junk between records, is carried on exactly one warning; nothing is told twice.
 */
class WarcFaultsProperties {
  /** How a record is written. */
  enum Kind {
    GOOD,
    /** A header line that is no header. */
    BAD_HEADER,
    /** A Content-Length that covers its title line only: the paragraph runs past the record. */
    SHORT,
    /** Text between records that is no record. */
    JUNK,
    /** An extra blank line between records, which jwarc does not expect: no fault to say. */
    BLANK,
    /**
     * Cut inside its paragraph (a download broken off), the next record written right after: its
     * length runs into that record.
     */
    CUT,
    /** Text between records that ends on no line end, the next record's start on its line. */
    JUNK_INLINE
  }

  private static String junk(int n) {
    return "كلام بين السجلات #" + n + "#";
  }

  private static byte[] written(Kind kind, int n) {
    if (kind == Kind.JUNK) {
      return (junk(n) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
    if (kind == Kind.BLANK) {
      return "\r\n".getBytes(StandardCharsets.US_ASCII);
    }
    if (kind == Kind.JUNK_INLINE) {
      return junk(n).getBytes(StandardCharsets.UTF_8);
    }
    if (kind == Kind.CUT) {
      byte[] whole = WarcRecords.good(n);
      // The trailing CRLF CRLF and the paragraph's last 20 bytes (ASCII-free Arabic letters and
      // spaces: the cut may fall inside a letter).
      return java.util.Arrays.copyOf(whole, whole.length - 24);
    }
    int titleLine = (title(n) + "\n").getBytes(StandardCharsets.UTF_8).length;
    return switch (kind) {
      case BAD_HEADER -> WarcRecords.badHeader(n);
      case SHORT -> WarcRecords.record(n, "", titleLine);
      default -> WarcRecords.good(n);
    };
  }

  @Provide
  Arbitrary<List<Kind>> files() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.GOOD)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.BAD_HEADER)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.SHORT)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.JUNK)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.BLANK)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.CUT)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.JUNK_INLINE)))
        .list()
        .ofMaxSize(12)
        .map(
            kinds -> {
              // A whole first record, so that the input is told to be WARC.
              List<Kind> out = new ArrayList<>(List.of(Kind.GOOD));
              for (Kind k : kinds) {
                out.add(k);
                if (k == Kind.CUT || k == Kind.JUNK_INLINE) {
                  // What is cut or runs on is followed by a whole record, whose start it hides.
                  out.add(Kind.GOOD);
                }
              }
              return out;
            });
  }

  @Property(tries = 300)
  void everyRecordIsAnArticleOrCarriedOnce(
      @ForAll("files") List<Kind> kinds, @ForAll boolean gzipped, @ForAll boolean cutAtTheEnd)
      throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    for (int n = 0; n < kinds.size(); n++) {
      byte[] b = written(kinds.get(n), n);
      in.writeBytes(gzipped ? WarcRecords.gzip(b) : b);
    }
    int last = kinds.size();
    if (cutAtTheEnd) {
      // A last record the input's end cuts inside its paragraph.
      byte[] b = written(Kind.CUT, last);
      in.writeBytes(gzipped ? WarcRecords.gzip(b) : b);
    }
    List<Article> out;
    try (DumpReader r =
        Dumps.builder()
            .build()
            .open(new ByteArrayInputStream(in.toByteArray()), gzipped ? "a.warc.gz" : "a.warc")) {
      out = r.stream().toList();
    }
    Carried carried = Carried.of(out);
    // A warning says a fault: blank lines alone make none.
    long faults = kinds.stream().filter(k -> k != Kind.GOOD && k != Kind.BLANK).count();
    org.junit.jupiter.api.Assertions.assertTrue(
        carried.texts().size() <= faults, carried.texts().toString());
    // Each record cut short is said once; the last one, cut by the input's end, gives its title.
    assertEquals(
        kinds.stream().filter(k -> k == Kind.CUT).count() + (cutAtTheEnd ? 1 : 0),
        out.stream()
            .flatMap(a -> a.warnings().stream())
            .filter(w -> w.message().contains("is cut short"))
            .count(),
        out.toString());
    assertEquals(
        cutAtTheEnd ? 1 : 0, out.stream().filter(a -> a.title().equals(title(last))).count());
    for (int n = 0; n < kinds.size(); n++) {
      String title = title(n);
      long articles = out.stream().filter(a -> a.title().equals(title)).count();
      switch (kinds.get(n)) {
        case GOOD -> {
          assertEquals(1, articles, title + " in " + out);
          carried.assertCarried(0, paragraph(n));
        }
        case SHORT -> {
          // The record gives its title; the paragraph past its length is carried.
          assertEquals(1, articles, title + " in " + out);
          carried.assertCarried(1, paragraph(n));
        }
        case BAD_HEADER -> {
          assertEquals(0, articles, title + " in " + out);
          carried.assertCarried(1, paragraph(n));
        }
        case JUNK, JUNK_INLINE -> carried.assertCarried(1, junk(n));
        case CUT -> {
          // The record gives its title; its text ends with the next record's first bytes, which
          // a warning says.
          assertEquals(1, articles, title + " in " + out);
          carried.assertCarried(0, paragraph(n));
        }
        case BLANK -> {
          // Nothing to carry.
        }
      }
    }
  }
}
