package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
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
    BLANK
  }

  private static String title(int n) {
    return "عنوان الخبر " + n;
  }

  private static String paragraph(int n) {
    return "نص الخبر " + n + " عن الأحداث في المنطقة.";
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
    byte[] titleLine = (title(n) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = (title(n) + "\n" + paragraph(n) + "\n").getBytes(StandardCharsets.UTF_8);
    String header =
        "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/"
            + n
            + "\r\n"
            + (kind == Kind.BAD_HEADER ? "%%% no header line\r\n" : "")
            + "WARC-Date: 2024-03-02T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
            + String.format("%012d", n)
            + ">\r\nContent-Type: text/plain\r\nContent-Length: "
            + (kind == Kind.SHORT ? titleLine.length : body.length)
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<Kind>> files() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.GOOD)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.BAD_HEADER)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.SHORT)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.JUNK)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.BLANK)))
        .list()
        .ofMaxSize(12)
        .map(
            kinds -> {
              // A whole first record, so that the input is told to be WARC.
              List<Kind> out = new ArrayList<>(List.of(Kind.GOOD));
              out.addAll(kinds);
              return out;
            });
  }

  @Property(tries = 300)
  void everyRecordIsAnArticleOrCarriedOnce(
      @ForAll("files") List<Kind> kinds, @ForAll boolean gzipped) throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    for (int n = 0; n < kinds.size(); n++) {
      byte[] b = written(kinds.get(n), n);
      if (gzipped) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
          gz.write(b);
        }
        b = member.toByteArray();
      }
      in.writeBytes(b);
    }
    List<Article> out;
    try (DumpReader r =
        Dumps.builder()
            .build()
            .open(new ByteArrayInputStream(in.toByteArray()), gzipped ? "a.warc.gz" : "a.warc")) {
      out = r.stream().toList();
    }
    List<String> carried = new ArrayList<>();
    for (Article a : out) {
      for (ParseWarning w : a.warnings()) {
        if (w.kind() == WarningKind.UNREADABLE) {
          carried.add(w.text().orElse(""));
        }
      }
    }
    String all = String.join("\u0000", carried);
    // A warning says a fault: blank lines alone make none.
    long faults = kinds.stream().filter(k -> k != Kind.GOOD && k != Kind.BLANK).count();
    org.junit.jupiter.api.Assertions.assertTrue(carried.size() <= faults, carried.toString());
    for (int n = 0; n < kinds.size(); n++) {
      String title = title(n);
      long articles = out.stream().filter(a -> a.title().equals(title)).count();
      switch (kinds.get(n)) {
        case GOOD -> {
          assertEquals(1, articles, title + " in " + out);
          assertEquals(0, occurrences(all, paragraph(n)), paragraph(n) + " in " + carried);
        }
        case SHORT -> {
          // The record gives its title; the paragraph past its length is carried.
          assertEquals(1, articles, title + " in " + out);
          assertEquals(1, occurrences(all, paragraph(n)), paragraph(n) + " in " + carried);
        }
        case BAD_HEADER -> {
          assertEquals(0, articles, title + " in " + out);
          assertEquals(1, occurrences(all, paragraph(n)), paragraph(n) + " in " + carried);
        }
        case JUNK -> assertEquals(1, occurrences(all, junk(n)), junk(n) + " in " + carried);
        case BLANK -> {
          // Nothing to carry.
        }
      }
    }
  }

  private static int occurrences(String all, String part) {
    int n = 0;
    for (int i = all.indexOf(part); i >= 0; i = all.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
