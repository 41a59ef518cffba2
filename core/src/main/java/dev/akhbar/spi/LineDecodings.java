package dev.akhbar.spi;

import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one input that its decoder read in another encoding than the rest (a windows-1256
 * page glued into a UTF-8 dump, say), kept as runs of consecutive lines, so that a {@link
 * SourceReader} can tell each article about the lines it holds with a {@link
 * WarningKind#MIXED_ENCODING} warning.
 *
 * <p>Not thread-safe: written by the decoder and read by the reader of the same input, in one
 * thread. Lines must be added in ascending order.
 */
public final class LineDecodings {
  /** Runs kept at once (an article's lines alternating encodings); past it, lines are counted. */
  private static final int MAX_RUNS = 100_000;

  private long unlisted;

  /** Runs named one by one in a message; the rest are counted. */
  private static final int NAMED_RUNS = 10;

  private final Charset input;
  private final ArrayDeque<Run> runs = new ArrayDeque<>();
  private Run last;

  /** The decodings of an input whose lines are mostly in {@code input}. */
  public LineDecodings(Charset input) {
    this.input = input;
  }

  /** Line {@code line} (1-based) was read as {@code charset}; a line added twice counts once. */
  public void add(long line, Charset charset) {
    if (last != null && last.charset.equals(charset) && line <= last.to + 1) {
      last.to = Math.max(last.to, line);
      return;
    }
    if (last != null && line <= last.to) {
      return;
    }
    if (runs.size() >= MAX_RUNS) {
      // Bounded: lines past this many runs are counted and said, not listed.
      unlisted++;
      return;
    }
    last = new Run(line, line, charset);
    runs.add(last);
  }

  /**
   * Warnings for the runs before line {@code before}, one per encoding, in the order of their first
   * lines; the runs are then forgotten (a run that reaches {@code before} is cut there).
   */
  public List<ParseWarning> take(long before) {
    List<ParseWarning> out = new ArrayList<>(1);
    List<Run> taken = new ArrayList<>();
    while (!runs.isEmpty() && runs.peek().from < before) {
      Run r = runs.peek();
      if (r.to < before) {
        taken.add(runs.poll());
        if (r == last) {
          last = null;
        }
      } else {
        taken.add(new Run(r.from, before - 1, r.charset));
        r.from = before;
      }
    }
    while (!taken.isEmpty()) {
      Charset charset = taken.get(0).charset;
      List<Run> same = new ArrayList<>();
      taken.removeIf(r -> r.charset.equals(charset) && same.add(r));
      out.add(warning(same, charset));
    }
    if (unlisted > 0 && !out.isEmpty()) {
      ParseWarning w = out.get(0);
      out.set(
          0,
          ParseWarning.of(
              w.line(),
              w.kind(),
              w.message() + " (and " + unlisted + " more lines read otherwise, not listed)"));
      unlisted = 0;
    }
    return out;
  }

  private ParseWarning warning(List<Run> same, Charset charset) {
    StringBuilder lines = new StringBuilder();
    long count = 0;
    for (int i = 0; i < same.size(); i++) {
      Run r = same.get(i);
      count += r.to - r.from + 1;
      if (i < NAMED_RUNS) {
        lines.append(i == 0 ? "" : ", ").append(r.from);
        if (r.to > r.from) {
          lines.append('-').append(r.to);
        }
      }
    }
    if (same.size() > NAMED_RUNS) {
      long named = 0;
      for (int i = 0; i < NAMED_RUNS; i++) {
        named += same.get(i).to - same.get(i).from + 1;
      }
      lines.append(" and ").append(count - named).append(" more");
    }
    String what = count == 1 ? "line " : "lines ";
    return ParseWarning.of(
        same.get(0).from,
        WarningKind.MIXED_ENCODING,
        what
            + lines
            + " read as "
            + charset.name()
            + ", not as "
            + input.name()
            + " like the rest of the input");
  }

  private static final class Run {
    long from;
    long to;
    final Charset charset;

    Run(long from, long to, Charset charset) {
      this.from = from;
      this.to = to;
      this.charset = charset;
    }
  }
}
