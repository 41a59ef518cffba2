package dev.akhbar.benchmarks;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.OutputFormat;
import dev.akhbar.formats.parallel.FragmentWriter;
import dev.akhbar.formats.parallel.LineNumbers;
import dev.akhbar.formats.parallel.PieceReader;
import dev.akhbar.formats.parallel.SplittableInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * The full conversion (bytes in, JSON Lines out) on two threads against one, in the same run: two
 * inputs at once (a multi-file corpus) and one input cut into pieces ({@link PieceReader}, a single
 * large file, finding the pieces and joining their output in order included). Baseline: {@link
 * #oneThread}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScalingBenchmark {
  /**
   * Size of the generated dump in KiB: 32 MiB, a large file. The CLI cuts only inputs of 16 MiB and
   * more into pieces; on a few MiB, the fixed costs of cutting (each piece finding its start) would
   * weigh as they never do there.
   */
  @Param("32768")
  public int kib;

  /**
   * How many times in a row the pieces benchmarks read the dump, as one input: 256 MiB in 128
   * pieces of 2 MiB. A large file is a long stream of pieces; with only the dump's 16 pieces an
   * operation ended with one thread idle while the other finished the last piece, a loss a file of
   * gigabytes (hundreds of pieces) hardly sees.
   */
  static final int COPIES = 8;

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

  private long convert(ArticleReader reader) throws IOException {
    ParseBenchmark.Sink sink = new ParseBenchmark.Sink();
    try (reader;
        FragmentWriter w = FragmentWriter.of(sink, OutputFormat.JSONL)) {
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

  /**
   * One large input ({@link #COPIES} dumps in a row, 256 MiB) cut into 128 pieces of 2 MiB that two
   * threads convert as the command line does for JSON output: each piece finds its bounds, is read
   * with provisional line numbers ({@link PieceReader#readUnshifted}) and written to memory with
   * its line numbers recorded; the fragments are joined in order with the numbers shifted. A single
   * large file.
   */
  @Benchmark
  public void twoThreadsOneInputInPieces(Counters c, Blackhole bh)
      throws IOException, InterruptedException, ExecutionException {
    PieceReader pieces = pieceReader();
    List<Future<Fragment>> parts = convertPieces(pieces, true);
    ParseBenchmark.Sink sink = new ParseBenchmark.Sink();
    for (int i = 0; i < parts.size(); i++) {
      Fragment fragment = parts.get(i).get();
      fragment.writeTo(fragment.numbers.shifting(sink, pieces.lineShift(i)));
    }
    bh.consume(sink.count);
    c.bytes += (long) COPIES * dump.length;
  }

  /**
   * The same pieces read with the whole input's line numbers ({@link PieceReader#read}: each counts
   * its own line ends in a pass before it parses, and waits for the counts before it), as the
   * command line does for CSV output; held and joined as above, without shifting. Not a JMH
   * benchmark: {@link PairedScaling} compares it.
   */
  public void twoThreadsOneInputInCountedPieces(Counters c, Blackhole bh)
      throws IOException, InterruptedException, ExecutionException {
    ParseBenchmark.Sink sink = new ParseBenchmark.Sink();
    for (Future<Fragment> part : convertPieces(pieceReader(), false)) {
      part.get().writeTo(sink);
    }
    bh.consume(sink.count);
    c.bytes += (long) COPIES * dump.length;
  }

  /**
   * Every piece converted to JSON Lines on the pool, read unshifted (numbers recorded) or counting.
   */
  private List<Future<Fragment>> convertPieces(PieceReader pieces, boolean unshifted) {
    List<Future<Fragment>> parts = new ArrayList<>();
    for (int i = 0; i < pieces.ranges().size(); i++) {
      int index = i;
      parts.add(
          pool.submit(
              () -> {
                Fragment fragment = new Fragment();
                try (ArticleReader reader =
                        unshifted ? pieces.readUnshifted(index) : pieces.read(index);
                    FragmentWriter w =
                        unshifted
                            ? FragmentWriter.of(fragment, OutputFormat.JSONL, fragment.numbers)
                            : FragmentWriter.of(fragment, OutputFormat.JSONL)) {
                  for (Article a : reader) {
                    w.write(a);
                  }
                }
                return fragment;
              }));
    }
    return parts;
  }

  /** The dump {@link #COPIES} times in a row, cut into ranges of a sixteenth of the dump. */
  private PieceReader pieceReader() throws IOException {
    long size = (long) COPIES * dump.length;
    SplittableInput input =
        SplittableInput.of(dumps, "bench", size, position -> new Repeated(dump, position, size))
            .orElseThrow();
    return new PieceReader(input, dump.length / 16 + 1);
  }

  /**
   * The bytes of an array repeated up to {@code end}, from a position on: a large input held in
   * memory once.
   */
  private static final class Repeated extends java.io.InputStream {
    private final byte[] bytes;
    private final long end;
    private long position;

    Repeated(byte[] bytes, long position, long end) {
      this.bytes = bytes;
      this.position = position;
      this.end = end;
    }

    @Override
    public int read() {
      return position >= end ? -1 : bytes[(int) (position++ % bytes.length)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (position >= end) {
        return -1;
      }
      int at = (int) (position % bytes.length);
      int n = (int) Math.min(Math.min(len, bytes.length - at), end - position);
      System.arraycopy(bytes, at, b, off, n);
      position += n;
      return n;
    }
  }

  /** Blocks given back once written out, filled again as the command line's spool does. */
  private static final java.util.concurrent.ConcurrentLinkedQueue<byte[]> FREE =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private static byte[] block() {
    byte[] b = FREE.poll();
    return b != null ? b : new byte[1 << 16];
  }

  /**
   * A piece's JSON held in 64 KiB blocks, as the command line's spool holds it, with its line
   * numbers.
   */
  private static final class Fragment extends OutputStream {
    final LineNumbers numbers = new LineNumbers();
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current = block();
    private int used;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (used == current.length) {
          blocks.add(current);
          current = block();
          used = 0;
        }
        int n = Math.min(len, current.length - used);
        System.arraycopy(b, off, current, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    /** Writes the blocks out and gives them back. */
    void writeTo(OutputStream out) throws IOException {
      for (byte[] block : blocks) {
        out.write(block);
        FREE.add(block);
      }
      out.write(current, 0, used);
      FREE.add(current);
    }
  }
}
