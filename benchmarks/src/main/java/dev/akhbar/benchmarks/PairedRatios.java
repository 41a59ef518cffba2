package dev.akhbar.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of {@link ParseBenchmark} measured in pairs: each round runs the baseline ({@code
 * decodeAndSplit}) and then every other workload once, in one thread of one JVM, timed by the
 * thread's CPU time, and the ratio of each workload to the baseline of the same round is kept.
 * Prints the median ratio with its quartiles. A complement to the JMH run, whose benchmarks run in
 * separate JVMs minutes apart: on a shared machine the speed drifts between them (forks of one
 * benchmark differ by up to ±54 % here), while two workloads a few milliseconds apart see the same
 * machine, and the JIT compiles both in the same JVM.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.akhbar.benchmarks.PairedRatios [seconds]} (default
 * 120, of which the first fifth warms up). Not thread-safe; a program, not an API.
 */
public final class PairedRatios {
  private PairedRatios() {}

  /** One workload of {@link ParseBenchmark}, run once. */
  @FunctionalInterface
  private interface Workload {
    void run(ParseBenchmark bench, Counters counters, Blackhole blackhole) throws Exception;
  }

  /** Runs the rounds for the given seconds and prints one line per workload. */
  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
    ParseBenchmark bench = new ParseBenchmark();
    bench.kib = 4096;
    bench.setUp();
    Counters counters = new Counters();
    // JMH allows a Blackhole outside its runner when asked with this sentence.
    Blackhole blackhole =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    String[] names = {"parse", "convert", "lines", "jacksonWrite"};
    Workload[] workloads = {
      (b, c, h) -> b.parse(c, h),
      (b, c, h) -> b.convert(c, h),
      (b, c, h) -> b.lines(c, h),
      (b, c, h) -> b.jacksonWrite(c, h)
    };
    List<List<Double>> ratios = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      ratios.add(new ArrayList<>());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long warmedUp = start + seconds * 200_000_000L;
    long end = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      long t = threads.getCurrentThreadCpuTime();
      bench.decodeAndSplit(counters, blackhole);
      long baseline = threads.getCurrentThreadCpuTime() - t;
      for (int i = 0; i < workloads.length; i++) {
        t = threads.getCurrentThreadCpuTime();
        workloads[i].run(bench, counters, blackhole);
        long took = threads.getCurrentThreadCpuTime() - t;
        if (System.nanoTime() > warmedUp && took > 0) {
          // Same input bytes for every workload: the speed ratio is the inverse time ratio.
          ratios.get(i).add((double) baseline / took);
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "%-34s %8s %8s %8s %7s%n", "workload", "median", "q1", "q3", "rounds");
    for (int i = 0; i < names.length; i++) {
      print(names[i], ratios.get(i));
    }
  }

  /**
   * Prints one workload's median ratio, quartiles and number of rounds; nothing when there were
   * none.
   */
  static void print(String name, List<Double> ratios) {
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (r.length > 0) {
      System.out.printf(
          Locale.ROOT,
          "%-34s %7.3fx %7.3fx %7.3fx %7d%n",
          name,
          quantile(r, 0.5),
          quantile(r, 0.25),
          quantile(r, 0.75),
          r.length);
    }
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
