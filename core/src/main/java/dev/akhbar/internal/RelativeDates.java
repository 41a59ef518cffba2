package dev.akhbar.internal;

import static dev.akhbar.internal.DateLexicon.AGO;
import static dev.akhbar.internal.DateLexicon.AGO_INTRO;
import static dev.akhbar.internal.DateLexicon.FRACTION;
import static dev.akhbar.internal.DateLexicon.NUMBER_WORD;
import static dev.akhbar.internal.DateLexicon.RELATIVE_DAY;
import static dev.akhbar.internal.DateLexicon.UNIT;
import static dev.akhbar.internal.DateLexicon.UNIT_DUAL;

import dev.akhbar.date.DayMonthOrder;
import java.time.Instant;
import java.util.Optional;

/**
 * Dates relative to a reference instant: {@code منذ 3 ساعات}, {@code قبل 5 دقائق}, {@code منذ
 * يومين}, {@code أمس}, {@code اليوم}, {@code 3 hours ago}. The fourth layer of the date grammar.
 */
class RelativeDates extends TimesAndZones {
  final Optional<Instant> reference;

  RelativeDates(DayMonthOrder order, Optional<Instant> reference) {
    super(order);
    this.reference = reference;
  }

  /** منذ 3 ساعات, قبل 5 دقائق, منذ يومين, أمس, أول أمس, اليوم, 3 hours ago. */
  int relative(int t, DateFields f) {
    for (int words = 3; words >= 1; words--) {
      int code = phrase(t, words);
      if (DateLexicon.kind(code) == RELATIVE_DAY) {
        f.relativeDays = DateLexicon.value(code) - 100;
        return needsReference(f, t + words);
      }
    }
    if (lexKind(t) == AGO_INTRO) {
      int e = amount(t + 1, f);
      return e > 0 ? needsReference(f, e) : -1;
    }
    int e = amount(t, f);
    if (e > 0 && lexKind(e) == AGO) {
      return needsReference(f, e + 1);
    }
    f.relativeUnit = -1;
    return -1;
  }

  private int needsReference(DateFields f, int e) {
    if (reference.isEmpty()) {
      f.error =
          "a relative date needs a reference instant: '"
              + clip(s.subSequence(start[0], end[e - 1]))
              + "'";
    }
    return e;
  }

  /** 3 ساعات, ثلاث ساعات, ساعتين, ساعة, نصف ساعة. */
  int amount(int p, DateFields f) {
    long n;
    int q;
    if (p < count && kind[p] == NUM && digits[p] <= 6) {
      n = num[p];
      q = p + 1;
    } else if (lexKind(p) == NUMBER_WORD) {
      n = lexValue(p);
      q = p + 1;
    } else if (lexKind(p) == UNIT_DUAL) {
      f.relativeUnit = lexValue(p);
      f.relativeAmount = 2;
      return p + 1;
    } else if (lexKind(p) == FRACTION
        && lexKind(p + 1) == UNIT
        && lexValue(p + 1) == DateLexicon.HOUR) {
      f.relativeUnit = DateLexicon.MINUTE;
      f.relativeAmount = lexValue(p);
      return p + 2;
    } else if (lexKind(p) == UNIT && lexValue(p) < 10) {
      f.relativeUnit = lexValue(p);
      f.relativeAmount = 1;
      return p + 1;
    } else {
      return -1;
    }
    if (lexKind(q) != UNIT) {
      return -1;
    }
    f.relativeUnit = lexValue(q) % 10;
    f.relativeAmount = n;
    return q + 1;
  }
}
