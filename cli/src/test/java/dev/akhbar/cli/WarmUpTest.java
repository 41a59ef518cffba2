package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmUpTest {
  private static final long MS = 1_000_000L;

  /** A clock and a compile-time counter the test moves. */
  private long now;

  private long compiled;

  private WarmUp watching() {
    return new WarmUp(() -> now, () -> compiled);
  }

  /** Time passes, and the compiler works {@code busyMillis} of it. */
  private void pass(long millis, long busyMillis) {
    now += millis * MS;
    compiled += busyMillis;
  }

  @Test
  void aBusyCompilerKeepsTheWarmUpToItsEnd() {
    WarmUp w = watching();
    for (long passed = 0; passed < WarmUp.MAX; passed += 8 << 20) {
      pass(300, 250);
      assertFalse(w.over(passed), "at " + passed);
    }
    pass(300, 250);
    assertTrue(w.over(WarmUp.MAX));
  }

  @Test
  void twoQuietWindowsInARowEndItAfterTheLeastInput() {
    WarmUp w = watching();
    pass(300, 20);
    assertFalse(w.over(WarmUp.MIN - 1), "one quiet window");
    pass(300, 20);
    assertFalse(w.over(WarmUp.MIN - 1), "quiet, but too early");
    pass(300, 20);
    assertTrue(w.over(WarmUp.MIN));
    pass(300, 300);
    assertTrue(w.over(WarmUp.MIN + 1), "once over, over");
  }

  @Test
  void aLongCompilationThatEndsLaterIsNotQuiet() {
    // Compile time grows when a compilation ends: a window inside one looks quiet, the next not.
    WarmUp w = watching();
    pass(300, 0);
    assertFalse(w.over(WarmUp.MIN));
    pass(300, 550);
    assertFalse(w.over(WarmUp.MIN));
    pass(300, 0);
    assertFalse(w.over(WarmUp.MIN), "one quiet window after the busy one");
    pass(300, 0);
    assertTrue(w.over(WarmUp.MIN));
  }

  @Test
  void halfTheTimeCompilingIsNotQuiet() {
    WarmUp w = watching();
    pass(300, 149);
    assertFalse(w.over(WarmUp.MIN));
    pass(300, 150);
    assertFalse(w.over(WarmUp.MIN), "half the time");
    pass(300, 149);
    assertFalse(w.over(WarmUp.MIN));
    pass(300, 149);
    assertTrue(w.over(WarmUp.MIN));
  }

  @Test
  void aWindowTooShortDecidesNothing() {
    WarmUp w = watching();
    pass(300, 0);
    assertFalse(w.over(WarmUp.MIN));
    pass(100, 0);
    assertFalse(w.over(WarmUp.MIN));
    pass(100, 0);
    assertFalse(w.over(WarmUp.MIN));
    // The window runs on from its start: 300 ms now, none of it compiling.
    pass(100, 0);
    assertTrue(w.over(WarmUp.MIN));
  }

  @Test
  void withoutACompileTimeTheWarmUpRunsToItsEnd() {
    WarmUp w = new WarmUp(() -> now, null);
    pass(10_000, 0);
    assertFalse(w.over(WarmUp.MAX - 1));
    assertTrue(w.over(WarmUp.MAX));
  }
}
