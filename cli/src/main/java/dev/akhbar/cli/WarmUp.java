package dev.akhbar.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * When a parallel run stops converting with one thread fewer than asked. In a run's first seconds
 * the JIT compiler keeps a core busy; a worker on every core would compete with it and run slow
 * code the longer. The warm-up ends once the compiler has gone quiet (in two windows in a row of at
 * least {@link #WINDOW_NANOS} each, it compiled for less than half the time that passed: the
 * compile time grows only when a compilation ends, and one may last longer than a window), after at
 * least {@link #MIN} input bytes, and at the latest after {@link #MAX}. Where the JVM does not
 * measure its compile time, after {@code MAX}. Not thread-safe: the joining thread asks it.
 */
final class WarmUp {
  /** The most input bytes converted in the warm-up. */
  static final long MAX = 256L << 20;

  /** The fewest: the compiler is quiet between the first methods and the big ones. */
  static final long MIN = 32L << 20;

  /** The shortest time over which the compiler's share is taken. */
  static final long WINDOW_NANOS = 250_000_000L;

  private final LongSupplier nanos;

  /** The compile time so far in milliseconds, or null where the JVM does not measure it. */
  private final LongSupplier compileMillis;

  private long windowStart;
  private long compiledAtStart;
  private boolean lastQuiet;
  private boolean over;

  /** A warm-up that watches this JVM's compiler. */
  static WarmUp ofThisJvm() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return new WarmUp(
        System::nanoTime,
        jit != null && jit.isCompilationTimeMonitoringSupported()
            ? jit::getTotalCompilationTime
            : null);
  }

  WarmUp(LongSupplier nanos, LongSupplier compileMillis) {
    this.nanos = nanos;
    this.compileMillis = compileMillis;
    this.windowStart = nanos.getAsLong();
    this.compiledAtStart = compileMillis == null ? 0 : compileMillis.getAsLong();
  }

  /**
   * Whether the warm-up is over, {@code passed} input bytes converted; once over, it stays over.
   */
  boolean over(long passed) {
    if (over || passed >= MAX) {
      return over = true;
    }
    if (compileMillis == null) {
      return false;
    }
    long now = nanos.getAsLong();
    long elapsed = now - windowStart;
    if (elapsed < WINDOW_NANOS) {
      return false;
    }
    long compiled = compileMillis.getAsLong();
    boolean quiet = (compiled - compiledAtStart) * 2_000_000L < elapsed;
    windowStart = now;
    compiledAtStart = compiled;
    over = quiet && lastQuiet && passed >= MIN;
    lastQuiet = quiet;
    return over;
  }
}
