package dev.akhbar.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WET conversion records written by hand, whole or broken, for the tests of WARC faults. */
final class WarcRecords {
  private WarcRecords() {}

  /** The title of record {@code n}. */
  static String title(int n) {
    return "عنوان الخبر " + n;
  }

  /** The paragraph of record {@code n}. */
  static String paragraph(int n) {
    return "نص الخبر " + n + " عن الأحداث في المنطقة.";
  }

  /** The text of record {@code n}: its title line and its paragraph. */
  static String text(int n) {
    return title(n) + "\n" + paragraph(n) + "\n";
  }

  /**
   * Record {@code n}, its header as jwarc writes one; {@code extra} lines added to the header,
   * {@code length} the Content-Length written (the body's own when negative).
   */
  static byte[] record(int n, String extra, int length) {
    return record(n, extra, length, text(n));
  }

  /** Record {@code n} with {@code text} for its text, whole. */
  static byte[] withText(int n, String text) {
    return record(n, "", -1, text);
  }

  /** The bytes without their last {@code k}: a file cut there. */
  static byte[] cut(byte[] b, int k) {
    return java.util.Arrays.copyOf(b, b.length - k);
  }

  private static byte[] record(int n, String extra, int length, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    String header =
        "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/"
            + n
            + "\r\n"
            + extra
            + "WARC-Date: 2024-03-02T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
            + String.format("%012d", n)
            + ">\r\nContent-Type: text/plain\r\nContent-Length: "
            + (length < 0 ? body.length : length)
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Record {@code n}, whole. */
  static byte[] good(int n) {
    return record(n, "", -1);
  }

  /** Record {@code n} with a header line that is none. */
  static byte[] badHeader(int n) {
    return record(n, "%%% no header line\r\n", -1);
  }

  /** The articles of WARC {@code bytes}, read as file {@code name}. */
  static java.util.List<dev.akhbar.article.Article> read(byte[] bytes, String name)
      throws IOException {
    try (DumpReader r =
        Dumps.builder().build().open(new java.io.ByteArrayInputStream(bytes), name)) {
      return r.stream().toList();
    }
  }

  /** The titles of {@code out}, in order. */
  static java.util.List<String> titles(java.util.List<dev.akhbar.article.Article> out) {
    return out.stream().map(dev.akhbar.article.Article::title).toList();
  }

  /** The {@code UNREADABLE} warnings of {@code out}, in order. */
  static java.util.List<dev.akhbar.article.ParseWarning> unreadable(
      java.util.List<dev.akhbar.article.Article> out) {
    return out.stream()
        .flatMap(a -> a.warnings().stream())
        .filter(w -> w.kind() == dev.akhbar.article.WarningKind.UNREADABLE)
        .toList();
  }

  /** One record as jwarc writes it, uncompressed. */
  static byte[] written(org.netpreserve.jwarc.WarcRecord record) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (org.netpreserve.jwarc.WarcWriter w =
        new org.netpreserve.jwarc.WarcWriter(
            java.nio.channels.Channels.newChannel(file),
            org.netpreserve.jwarc.WarcCompression.NONE)) {
      w.write(record);
    }
    return file.toByteArray();
  }

  /** The bytes one after the other. */
  static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** The bytes as one gzip member. */
  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
