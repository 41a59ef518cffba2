package dev.akhbar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of {@link ScalingBenchmark} measured in rounds: each round converts the dump on one
 * thread, then cut into pieces on two threads, then twice at once on two threads, then in pieces
 * that count their line ends first ({@link ScalingBenchmark#twoThreadsOneInputInCountedPieces}),
 * timed by the wall clock, and keeps each two-thread speed-up over the one-thread run of the same
 * round. Prints the median speed-up with its quartiles. The same reason as {@link PairedRatios}: on
 * a shared machine, JMH's separate runs of the baseline and the two-thread workloads see different
 * machines; three runs a second apart see the same one.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.akhbar.benchmarks.PairedScaling [seconds]} (default
 * 120, of which the first fifth warms up). Not thread-safe; a program, not an API.
 */
public final class PairedScaling {
  private PairedScaling() {}

  /** Runs the rounds for the given seconds and prints one line per two-thread workload. */
  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
    ScalingBenchmark bench = new ScalingBenchmark();
    bench.kib = 32768;
    bench.setUp();
    ExecutorService second = Executors.newSingleThreadExecutor();
    Blackhole blackhole =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    List<Double> pieces = new ArrayList<>();
    List<Double> countedPieces = new ArrayList<>();
    List<Double> twoInputs = new ArrayList<>();
    try {
      long start = System.nanoTime();
      long warmedUp = start + seconds * 200_000_000L;
      long end = start + seconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        long t0 = System.nanoTime();
        bench.oneThread(new Counters(), blackhole);
        long t1 = System.nanoTime();
        bench.twoThreadsOneInputInPieces(new Counters(), blackhole);
        long t2 = System.nanoTime();
        // The second input on another thread, as JMH's @Threads(2) runs twoThreadsTwoInputs.
        Future<?> other =
            second.submit(
                () -> {
                  bench.twoThreadsTwoInputs(new Counters(), blackhole);
                  return null;
                });
        bench.twoThreadsTwoInputs(new Counters(), blackhole);
        other.get();
        long t3 = System.nanoTime();
        bench.twoThreadsOneInputInCountedPieces(new Counters(), blackhole);
        long t4 = System.nanoTime();
        if (t0 > warmedUp) {
          // The pieces convert the dump COPIES times over.
          pieces.add((double) ScalingBenchmark.COPIES * (t1 - t0) / (t2 - t1));
          // Twice the bytes of the one-thread run.
          twoInputs.add(2.0 * (t1 - t0) / (t3 - t2));
          countedPieces.add((double) ScalingBenchmark.COPIES * (t1 - t0) / (t4 - t3));
        }
      }
    } finally {
      second.shutdownNow();
      bench.tearDown();
    }
    System.out.printf(
        Locale.ROOT, "%-34s %8s %8s %8s %7s%n", "speed-up", "median", "q1", "q3", "rounds");
    PairedRatios.print("twoThreadsOneInputInPieces", pieces);
    PairedRatios.print("twoThreadsTwoInputs", twoInputs);
    PairedRatios.print("twoThreadsOneInputInCountedPieces", countedPieces);
  }
}
