package dev.akhbar.benchmarks;

import dev.akhbar.Article;
import dev.akhbar.formats.ArticleWriter;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.OutputFormat;
import dev.akhbar.formats.SplittableInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full conversion (bytes in, JSON Lines out) on two threads against one, in the same run:
 * two inputs at once (a multi-file corpus) and one input cut into pieces
 * ({@link SplittableInput.PieceReader}, a single large file, finding the pieces included). Baseline: {@link #oneThread}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScalingBenchmark {
  /**
   * Size of the generated dump in KiB: 32 MiB, a large file. The CLI cuts only inputs of 16 MiB
   * and more into pieces; on a few MiB, the fixed costs of cutting (each piece finding its start)
   * would weigh as they never do there.
   */
  @Param("32768")
  public int kib;

  private byte[] dump;
  private Dumps dumps;
  private ExecutorService pool;

  /** Generates the dump and starts the pool of the split conversion. */
  @Setup
  public void setUp() {
    dump = new CorpusGenerator(42).textDump(kib * 1024).getBytes(StandardCharsets.UTF_8);
    dumps = Dumps.builder().build();
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the pool. */
  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  private long convert(DumpReader reader) throws IOException {
    ParseBenchmark.Sink sink = new ParseBenchmark.Sink();
    try (reader; ArticleWriter w = ArticleWriter.fragment(sink, OutputFormat.JSONL)) {
      for (Article a : reader) {
        w.write(a);
      }
    }
    return sink.count;
  }

  /** Baseline: one input converted on one thread. */
  @Benchmark
  public void oneThread(Counters c, Blackhole bh) throws IOException {
    bh.consume(convert(dumps.open(new ByteArrayInputStream(dump), "bench")));
    c.bytes += dump.length;
  }

  /** Two inputs at once, one a thread: a multi-file corpus. */
  @Benchmark
  @Threads(2)
  public void twoThreadsTwoInputs(Counters c, Blackhole bh) throws IOException {
    bh.consume(convert(dumps.open(new ByteArrayInputStream(dump), "bench")));
    c.bytes += dump.length;
  }

  /** One input cut into 16 pieces (2 MiB each) that two threads convert, each finding its bounds and first line: a single large file. */
  @Benchmark
  public void twoThreadsOneInputInPieces(Counters c, Blackhole bh) throws IOException, InterruptedException,
      ExecutionException {
    SplittableInput input = SplittableInput.of(dumps, "bench", dump.length,
        position -> new ByteArrayInputStream(dump, (int) position, dump.length - (int) position)).orElseThrow();
    SplittableInput.PieceReader pieces = input.pieceReader(dump.length / 16 + 1);
    List<Future<Long>> parts = new ArrayList<>();
    for (int i = 0; i < pieces.ranges().size(); i++) {
      int index = i;
      parts.add(pool.submit(() -> convert(pieces.read(index))));
    }
    long out = 0;
    for (Future<Long> p : parts) {
      out += p.get();
    }
    bh.consume(out);
    c.bytes += dump.length;
  }
}
