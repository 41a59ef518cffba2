package dev.akhbar.benchmarks;

import dev.akhbar.NewsDateParser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
 * Dates parsed per second: Akhbar on a realistic mix of every style, against {@code
 * DateTimeFormatter} with one fixed pattern on the same number of dates (the baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DateBenchmark {
  private static final int COUNT = 1000;
  private List<String> mix;
  private List<String> fixed;
  private final NewsDateParser parser = NewsDateParser.defaults();
  private final DateTimeFormatter pattern =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** Generates the mixes. */
  @Setup
  public void setUp() {
    mix = new CorpusGenerator(3).dateMix(COUNT);
    Random random = new Random(3);
    fixed = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      fixed.add(pattern.format(LocalDate.ofEpochDay(9000 + random.nextInt(12000))));
    }
  }

  /** The realistic mix through NewsDateParser. */
  @Benchmark
  public void akhbarMix(Counters c, Blackhole bh) {
    for (String s : mix) {
      bh.consume(parser.parse(s));
    }
    c.items += COUNT;
  }

  /** Baseline: one fixed pattern through DateTimeFormatter. */
  @Benchmark
  public void fixedPattern(Counters c, Blackhole bh) {
    for (String s : fixed) {
      bh.consume(LocalDate.parse(s, pattern));
    }
    c.items += COUNT;
  }
}
