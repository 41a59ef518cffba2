package dev.akhbar.benchmarks;

import com.ibm.icu.text.Normalizer2;
import dev.akhbar.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The normaliser's profiles on real-shaped, noisy Arabic lines, against Lucene's {@code
 * ArabicNormalizer} (the baseline) and ICU4J NFKC on the same lines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NormalizerBenchmark {
  private List<String> lines;
  private long bytes;
  private final StringBuilder out = new StringBuilder(4096);
  private char[] buffer;
  private final org.apache.lucene.analysis.ar.ArabicNormalizer lucene =
      new org.apache.lucene.analysis.ar.ArabicNormalizer();
  private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

  /** Generates about 1 MB of lines. */
  @Setup
  public void setUp() {
    lines = new CorpusGenerator(7).textLines(1 << 20);
    int longest = 0;
    for (String line : lines) {
      bytes += line.getBytes(StandardCharsets.UTF_8).length;
      longest = Math.max(longest, line.length());
    }
    buffer = new char[longest];
  }

  /** The SEARCH profile into a reused buffer. */
  @Benchmark
  public void akhbarSearch(Counters c, Blackhole bh) {
    run(ArabicNormalizer.search(), c, bh);
  }

  /** The DISPLAY profile into a reused buffer. */
  @Benchmark
  public void akhbarDisplay(Counters c, Blackhole bh) {
    run(ArabicNormalizer.display(), c, bh);
  }

  private void run(ArabicNormalizer n, Counters c, Blackhole bh) {
    for (String line : lines) {
      out.setLength(0);
      n.normalize(line, out);
      bh.consume(out.length());
    }
    c.bytes += bytes;
  }

  /** Baseline: Lucene's ArabicNormalizer, in place on a reused char buffer (the copy included). */
  @Benchmark
  public void lucene(Counters c, Blackhole bh) {
    for (String line : lines) {
      int length = line.length();
      line.getChars(0, length, buffer, 0);
      bh.consume(lucene.normalize(buffer, length));
    }
    c.bytes += bytes;
  }

  /** ICU4J NFKC into a reused buffer. */
  @Benchmark
  public void icuNfkc(Counters c, Blackhole bh) {
    for (String line : lines) {
      out.setLength(0);
      nfkc.normalize(line, out);
      bh.consume(out.length());
    }
    c.bytes += bytes;
  }
}
