package dev.akhbar.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDateParser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DateProperties {
  private static final String[] ENGLISH = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] EGYPTIAN = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر"
  };
  private static final String[] LEVANTINE = {
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول"
  };
  private static final String[] ALGERIAN = {
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر"
  };
  private static final String[] MOROCCAN = {
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
    "دجنبر"
  };
  private static final String[] HIJRI = {
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة"
  };
  private static final String[] WEEKDAYS = {
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"
  };

  private final NewsDateParser parser = NewsDateParser.defaults();

  @Provide
  Arbitrary<LocalDate> gregorian() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<HijriDate> hijri() {
    return Combinators.combine(
            Arbitraries.integers().between(1318, 1500),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 30))
        .as((y, m, d) -> new HijriDate(y, m, Math.min(d, new HijriDate(y, m, 1).lengthOfMonth())));
  }

  /** Every style the date issue names, for one date. */
  static List<String> renderings(LocalDate d) {
    int day = d.getDayOfMonth();
    int m = d.getMonthValue() - 1;
    int y = d.getYear();
    String weekday = WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    List<String> out = new ArrayList<>();
    out.add(day + ordinal(day) + ", " + ENGLISH[m] + " " + y + " GMT");
    out.add(ENGLISH[m] + " " + day + ", " + y);
    out.add(day + " " + ENGLISH[m].substring(0, 3) + " " + y);
    out.add(DateTimeFormatter.RFC_1123_DATE_TIME.format(d.atTime(12, 0).atOffset(ZoneOffset.UTC)));
    out.add(d.toString());
    out.add(String.format("%02d/%02d/%04d", day, m + 1, y));
    for (String[] family : new String[][] {EGYPTIAN, LEVANTINE, ALGERIAN, MOROCCAN}) {
      out.add(day + " " + family[m] + " " + y);
      out.add(weekday + " " + day + " " + family[m] + " " + y);
      out.add(weekday + "، " + day + " " + family[m] + " " + y + "م");
    }
    out.add(day + " " + EGYPTIAN[m] + "/" + LEVANTINE[m] + " " + y);
    out.add(day + " " + EGYPTIAN[m] + "/ " + LEVANTINE[m] + " " + y);
    HijriDate h = HijriDate.fromGregorian(d);
    out.add(h.day() + " " + HIJRI[h.month() - 1] + " " + h.year() + "هـ");
    out.add(
        weekday
            + " "
            + h.day()
            + " "
            + HIJRI[h.month() - 1]
            + " "
            + h.year()
            + " هـ "
            + day
            + " "
            + EGYPTIAN[m]
            + " "
            + y
            + "م");
    return out;
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    switch (day % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }

  static String digits(String s, char zero) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return b.toString();
  }

  @Property(tries = 400)
  void everyStyleAndDigitSetRoundTrips(@ForAll("gregorian") LocalDate date) {
    for (String text : renderings(date)) {
      for (char zero : new char[] {'0', '\u0660', '\u06F0'}) {
        String written = digits(text, zero);
        DateParseResult r = parser.parse(written);
        assertTrue(r.isDate(), () -> "'" + written + "': " + r.error().orElse(""));
        assertEquals(date, r.date().get().date().orElse(null), written);
      }
    }
  }

  @Property(tries = 1000)
  void hijriDatesRoundTrip(@ForAll("hijri") HijriDate h) {
    LocalDate expected = h.toGregorian().orElseThrow();
    assertEquals(h, HijriDate.fromGregorian(expected));
    String text = h.day() + " " + HIJRI[h.month() - 1] + " " + h.year() + "هـ";
    DateParseResult r = parser.parse(text);
    assertTrue(r.isDate(), () -> text + ": " + r.error().orElse(""));
    assertEquals(expected, r.date().get().date().orElse(null), text);
    assertEquals(h, r.date().get().hijri().orElse(null), text);
    assertEquals(CalendarSystem.HIJRI, r.date().get().calendar());
  }

  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "فبراير", "شباط", "آذار", "كانون", "الثاني", "رجب", "ذو", "الحجة", "هـ", "م", "ص",
                "GMT", "+", "-", "/", ":", ",", "،", "(", ")", "منذ", "قبل", "ساعات", "يومين",
                "أمس", "بتوقيت", "مكة", "الساعة", "T", "Z", "th", "of", "الموافق", "الخميس", "Mon",
                "pm"),
            Arbitraries.integers().between(0, 3000).map(String::valueOf),
            Arbitraries.strings().ofMaxLength(4));
    return piece
        .list()
        .ofMaxSize(25)
        .flatMap(
            parts ->
                Arbitraries.of(" ", "", "\u200F", "\u00A0")
                    .list()
                    .ofSize(parts.size())
                    .map(
                        seps -> {
                          StringBuilder b = new StringBuilder();
                          for (int i = 0; i < parts.size(); i++) {
                            b.append(parts.get(i)).append(seps.get(i));
                          }
                          return b.toString();
                        }));
  }

  @Property(tries = 3000)
  void parseAnswersEveryTextWithoutAnInternalError(@ForAll("dateLikeText") String text) {
    DateParseResult r =
        NewsDateParser.builder()
            .reference(java.time.Instant.parse("2024-02-29T12:00:00Z"))
            .build()
            .parse(text);
    assertFalse(r.error().orElse("").startsWith("internal error"), () -> r.error().get());
  }

  @Property(tries = 1000)
  void parseNeverThrowsOnArbitraryStrings(@ForAll String text) {
    DateParseResult r = parser.parse(text);
    assertFalse(r.error().orElse("").startsWith("internal error"), () -> r.error().get());
  }

  @Property(tries = 3000)
  void findReportsOrderedSpansThatDoNotOverlap(@ForAll("dateLikeText") String text) {
    NewsDateParser withReference =
        NewsDateParser.builder().reference(java.time.Instant.parse("2024-02-29T12:00:00Z")).build();
    int previousEnd = 0;
    for (NewsDate d : withReference.find(text)) {
      assertTrue(d.start() >= previousEnd, () -> "overlap in '" + text + "'");
      assertTrue(d.end() <= text.length() && d.start() < d.end());
      previousEnd = d.end();
    }
  }
}
