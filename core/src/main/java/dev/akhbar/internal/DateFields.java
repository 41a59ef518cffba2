package dev.akhbar.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a date match has found so far, field by field: filled in place by the matchers as they read
 * tokens (a date parse runs for every page's date line, and this allocates nothing per step), then
 * turned into a {@link dev.akhbar.date.NewsDate} once.
 */
final class DateFields {
  int weekday = -1;
  int year = -1;
  int month = -1;
  int day = -1;
  boolean hijri;
  int hijriYear = -1;
  int hijriMonth = -1;
  int hijriDay = -1;
  int hour = -1;
  int minute = -1;
  int second = -1;
  ZoneId zone;
  int relativeUnit = -1;
  long relativeAmount;
  int relativeDays = Integer.MIN_VALUE;
  String error;

  /** Remarks; allocated on the first one, most dates have none. */
  List<String> notes = List.of();

  void note(String text) {
    if (notes.isEmpty()) {
      notes = new ArrayList<>(2);
    }
    notes.add(text);
  }

  boolean complete() {
    return year > 0 && day > 0;
  }
}
