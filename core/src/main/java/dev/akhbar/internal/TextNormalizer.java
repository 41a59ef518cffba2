package dev.akhbar.internal;

import com.ibm.icu.text.Normalizer2;
import dev.akhbar.text.NormalizationOperation;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Normalises text by a set of operations: the one-pass tables of {@link NormalizerPass} where every
 * char is stable under NFKC on its own, ICU's NFKC first where one is not. The engine behind {@code
 * ArabicNormalizer}, and what the page reader and the finisher normalise with.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private final boolean none;
  private final NormalizerPass pass;
  private final Set<NormalizationOperation> operations;

  /** A normaliser of exactly these operations. */
  public TextNormalizer(Set<NormalizationOperation> operations) {
    this.operations = operations;
    this.none = operations.isEmpty();
    this.pass = NormalizerPass.of(operations);
  }

  /** The operations applied. */
  public Set<NormalizationOperation> operations() {
    return operations;
  }

  /** The one-pass tables and loops of these operations. */
  NormalizerPass pass() {
    return pass;
  }

  /**
   * The normalised text, telling {@code invalidCharacters} (when not null) how many invalid
   * characters were removed, if any. Text that needs no NFKC is copied once, into the result.
   */
  public String normalize(CharSequence text, IntConsumer invalidCharacters) {
    if (none) {
      return text.toString();
    }
    long r = pass.pass(text, false);
    if (r == NormalizerPass.BAIL) {
      StringBuilder b = new StringBuilder(text.length() + 16);
      int removed = normalize(text, b);
      report(removed, invalidCharacters);
      return b.toString();
    }
    report(NormalizerPass.removed(r), invalidCharacters);
    return new String(NormalizerPass.output(), 0, NormalizerPass.written(r));
  }

  private static void report(int removed, IntConsumer to) {
    if (removed > 0 && to != null) {
      to.accept(removed);
    }
  }

  /**
   * Appends the normalised text to {@code out}.
   *
   * @return how many invalid characters (NUL, controls, U+FFFD, lone surrogates) were removed
   */
  public int normalize(CharSequence text, StringBuilder out) {
    if (none) {
      out.append(text);
      return 0;
    }
    long r = pass.pass(text, false);
    if (r != NormalizerPass.BAIL) {
      // Every character was stable under NFKC on its own, and nothing the pass wrote changes that.
      out.append(NormalizerPass.output(), 0, NormalizerPass.written(r));
      return NormalizerPass.removed(r);
    }
    // Compatibility characters or marks that compose: the ICU path.
    int start = out.length();
    r = pass.pass(NFKC.normalize(text), true);
    out.append(NormalizerPass.output(), 0, NormalizerPass.written(r));
    // Mapping a letter can leave a sequence NFKC would compose (ی + hamza above → ئ); repeat
    // until stable so that the result is idempotent. Two rounds settle every case seen.
    for (int round = 0; round < 3; round++) {
      Tail tail = new Tail(out, start);
      if (NFKC.spanQuickCheckYes(tail) == tail.length()) {
        break;
      }
      String again = NFKC.normalize(tail);
      if (again.contentEquals(tail)) {
        break;
      }
      out.setLength(start);
      out.append(NormalizerPass.output(), 0, NormalizerPass.written(pass.pass(again, true)));
    }
    return NormalizerPass.removed(r);
  }

  /** A view of the end of a buffer, so that ICU's quick check reads it without a copy. */
  private static final class Tail implements CharSequence {
    private final StringBuilder buffer;
    private final int start;

    Tail(StringBuilder buffer, int start) {
      this.buffer = buffer;
      this.start = start;
    }

    @Override
    public int length() {
      return buffer.length() - start;
    }

    @Override
    public char charAt(int index) {
      return buffer.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return buffer.subSequence(start + from, start + to);
    }

    @Override
    public String toString() {
      return buffer.substring(start);
    }
  }
}
