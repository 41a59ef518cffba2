package dev.akhbar.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Work done, reported by JMH as rates beside the operations: input bytes (for MB/s) and items
 * (dates, lines). Not thread-safe: one per benchmark thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {
  /** UTF-8 input bytes processed. */
  public long bytes;

  /** Items processed (dates parsed, articles read). */
  public long items;

  /** Zeroes the counters before each iteration. */
  @Setup(org.openjdk.jmh.annotations.Level.Iteration)
  public void reset() {
    bytes = 0;
    items = 0;
  }
}
