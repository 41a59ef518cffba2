package dev.akhbar.benchmarks;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.options.OutputFormat;
import dev.akhbar.internal.Labels;
import dev.akhbar.internal.LineEnds;
import dev.akhbar.internal.LineSource;
import dev.akhbar.internal.NormalizerPass;
import dev.akhbar.internal.Utf8Lines;
import dev.akhbar.text.NormalizationProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline on a generated dump held in memory, against the cost of merely decoding it.
 * Baseline: {@link #decodeAndSplit}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  /** Size of the generated dump in KiB. */
  @Param("4096")
  public int kib;

  private byte[] dump;
  private NewsDumpParser parser;
  private List<Article> parsed;

  /** Generates the dump and parses it once for the writing baseline. */
  @Setup
  public void setUp() throws IOException {
    dump = new CorpusGenerator(42).textDump(kib * 1024).getBytes(StandardCharsets.UTF_8);
    parser = NewsDumpParser.builder().build();
    parsed = new ArrayList<>();
    try (ArticleReader r = parser.parse(new ByteArrayInputStream(dump), "bench")) {
      r.forEach(parsed::add);
    }
  }

  /** Baseline: UTF-8 decoding plus splitting into line strings. */
  @Benchmark
  public void decodeAndSplit(Counters c, Blackhole bh) {
    String s = new String(dump, StandardCharsets.UTF_8);
    int from = 0;
    int n = s.length();
    while (from < n) {
      int to = s.indexOf('\n', from);
      if (to < 0) {
        to = n;
      }
      bh.consume(s.substring(from, to));
      from = to + 1;
    }
    c.bytes += dump.length;
  }

  /**
   * The JDK's own UTF-8 decoder, line by line: each line's bytes found and made a {@code String}
   * with {@code new String(bytes, offset, length, UTF_8)}, nothing else. What {@link #lines} does
   * with no normalisation and no labels, for comparing the line pass with the decoder it replaces.
   */
  @Benchmark
  public void decodeLines(Counters c, Blackhole bh) {
    byte[] b = dump;
    int from = 0;
    int n = b.length;
    while (from < n) {
      int to = LineEnds.indexOf(b, from, n);
      bh.consume(new String(b, from, to - from, StandardCharsets.UTF_8));
      from = to < n && b[to] == '\r' && to + 1 < n && b[to + 1] == '\n' ? to + 2 : to + 1;
    }
    c.bytes += dump.length;
  }

  /** Segmentation alone: lines read and labels classified, no articles built. */
  @Benchmark
  public void segment(Counters c, Blackhole bh) throws IOException {
    LineSource lines =
        new LineSource(
            new InputStreamReader(new ByteArrayInputStream(dump), StandardCharsets.UTF_8),
            1_000_000);
    while (lines.next()) {
      bh.consume(Labels.match(lines.line()));
    }
    c.bytes += dump.length;
  }

  /**
   * The parser's line pass alone: UTF-8 lines found, decoded and normalised in one pass ({@code
   * Utf8Lines}, {@code NormalizerPass.utf8}), line strings made and labels classified; no pages,
   * dates or keywords. The share of the parse that decoding and normalising take.
   */
  @Benchmark
  public void lines(Counters c, Blackhole bh) throws IOException {
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(dump), 1_000_000, 1);
    NormalizerPass pass = NormalizerPass.of(NormalizationProfile.DISPLAY.operations());
    while (lines.next()) {
      long r = pass.utf8(lines.bytes(), lines.start(), lines.end(), true);
      String text =
          r == NormalizerPass.BAIL
              ? lines.chars().toString()
              : new String(NormalizerPass.output(), 0, NormalizerPass.written(r));
      bh.consume(Labels.match(text));
    }
    c.bytes += dump.length;
  }

  /** Bytes in, articles out. */
  @Benchmark
  public void parse(Counters c, Blackhole bh) throws IOException {
    try (ArticleReader r = parser.parse(new ByteArrayInputStream(dump), "bench")) {
      for (Article a : r) {
        bh.consume(a);
        c.items++;
      }
    }
    c.bytes += dump.length;
  }

  /** Bytes in, JSON Lines bytes out. */
  @Benchmark
  public void convert(Counters c, Blackhole bh) throws IOException {
    Sink sink = new Sink();
    try (ArticleReader r = parser.parse(new ByteArrayInputStream(dump), "bench");
        ArticleWriter w = ArticleWriter.of(sink, OutputFormat.JSONL)) {
      for (Article a : r) {
        w.write(a);
      }
    }
    bh.consume(sink.count);
    c.bytes += dump.length;
  }

  /** Baseline: Jackson writing the same articles, already parsed. */
  @Benchmark
  public void jacksonWrite(Counters c, Blackhole bh) throws IOException {
    Sink sink = new Sink();
    try (ArticleWriter w = ArticleWriter.of(sink, OutputFormat.JSONL)) {
      for (Article a : parsed) {
        w.write(a);
      }
    }
    bh.consume(sink.count);
    c.bytes += dump.length;
  }

  /** Counts bytes and keeps none, so that the output costs nothing but the writing. */
  static final class Sink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
