package dev.akhbar.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the date grammar: month names of every region and calendar, weekdays, time words,
 * zones, relative phrases. Each word maps to {@code kind * 1000 + value}.
 *
 * <p>Immutable and thread-safe.
 */
final class DateLexicon {
  static final int GREGORIAN_MONTH = 1;
  static final int HIJRI_MONTH = 2;

  /** كانون / تشرين written with a digit: كانون 2 is January. Value 1 = كانون, 2 = تشرين. */
  static final int MONTH_STEM = 3;

  static final int WEEKDAY = 4;
  static final int ORDINAL = 5;

  /** Value 0 = before noon, 1 = after noon, 2 = at night (ليلا: before 5 is morning). */
  static final int DAY_PERIOD = 6;

  static final int HIJRI_MARK = 7;
  static final int GREGORIAN_MARK = 8;

  /** The letter م: the Gregorian year mark after a year, "after noon" after a time. */
  static final int MEEM = 9;

  static final int ZONE = 10;
  static final int ZONE_INTRO = 11;
  static final int LOCAL_TIME = 12;
  static final int AGO_INTRO = 13;

  /** Value: unit (see {@code SECOND..YEAR}) + 10 when plural. */
  static final int UNIT = 14;

  static final int UNIT_DUAL = 15;
  static final int NUMBER_WORD = 16;

  /** Value: day offset + 100. */
  static final int RELATIVE_DAY = 17;

  static final int OF = 18;
  static final int PAIR_JOINER = 19;
  static final int TIME_INTRO = 20;
  static final int AGO = 21;

  /** Value: minutes (نصف ساعة = 30, ربع ساعة = 15). */
  static final int FRACTION = 22;

  static final int LEAD = 23;
  static final int ISO_T = 24;

  static final int SECOND = 0;
  static final int MINUTE = 1;
  static final int HOUR = 2;
  static final int DAY = 3;
  static final int WEEK = 4;
  static final int MONTH = 5;
  static final int YEAR = 6;

  static final List<ZoneId> ZONES = new ArrayList<>();
  static final WordTable WORDS;

  private DateLexicon() {}

  static int kind(int code) {
    return code < 0 ? 0 : code / 1000;
  }

  static int value(int code) {
    return code % 1000;
  }

  static {
    Map<String, Integer> w = new HashMap<>();
    String[][] gregorian = {
      {"يناير", "كانون الثاني", "جانفي", "january", "jan", "ينایر"},
      {"فبراير", "شباط", "فيفري", "فبرایر", "february", "feb"},
      {"مارس", "آذار", "march", "mar"},
      {"أبريل", "إبريل", "نيسان", "أفريل", "april", "apr"},
      {"مايو", "أيار", "ماي", "مايس", "may"},
      {"يونيو", "يونيه", "حزيران", "جوان", "june", "jun"},
      {"يوليو", "يوليه", "تموز", "جويلية", "جويلييه", "يوليوز", "july", "jul"},
      {"أغسطس", "آب", "أوت", "غشت", "august", "aug"},
      {"سبتمبر", "أيلول", "شتنبر", "september", "sep", "sept"},
      {"أكتوبر", "تشرين الأول", "اكتوبر", "october", "oct"},
      {"نوفمبر", "تشرين الثاني", "نونبر", "november", "nov"},
      {"ديسمبر", "كانون الأول", "دجنبر", "december", "dec"},
    };
    put(w, gregorian, GREGORIAN_MONTH);
    String[][] hijri = {
      {"محرم", "المحرم"},
      {"صفر"},
      {"ربيع الأول", "ربيع أول"},
      {"ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر"},
      {"جمادى الأولى", "جمادى الأول", "جمادى أولى"},
      {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني", "جمادى آخرة"},
      {"رجب"},
      {"شعبان"},
      {"رمضان"},
      {"شوال"},
      {"ذو القعدة", "ذي القعدة", "ذا القعدة"},
      {"ذو الحجة", "ذي الحجة", "ذا الحجة"},
    };
    put(w, hijri, HIJRI_MONTH);
    w.put("كانون", MONTH_STEM * 1000 + 1);
    w.put("تشرين", MONTH_STEM * 1000 + 2);
    String[][] weekdays = {
      {"الاثنين", "الإثنين", "الأثنين", "اثنين", "monday", "mon"},
      {"الثلاثاء", "ثلاثاء", "tuesday", "tue", "tues"},
      {"الأربعاء", "أربعاء", "wednesday", "wed"},
      {"الخميس", "خميس", "thursday", "thu", "thur", "thurs"},
      {"الجمعة", "جمعة", "friday", "fri"},
      {"السبت", "سبت", "saturday", "sat"},
      {"الأحد", "أحد", "sunday", "sun"},
    };
    put(w, weekdays, WEEKDAY);
    for (String s : new String[] {"st", "nd", "rd", "th"}) {
      w.put(s, ORDINAL * 1000);
    }
    for (String s :
        new String[] {"am", "ص", "صباحا", "صباح", "صباحًا", "فجرا", "الصباح", "صباحاً"}) {
      w.put(s, DAY_PERIOD * 1000);
    }
    for (String s :
        new String[] {"pm", "مساء", "مساءا", "مساءً", "ظهرا", "عصرا", "المساء", "ظهر", "مسا"}) {
      w.put(s, DAY_PERIOD * 1000 + 1);
    }
    for (String s : new String[] {"ليلا", "ليلاً", "الليل"}) {
      w.put(s, DAY_PERIOD * 1000 + 2);
    }
    for (String s : new String[] {"هـ", "هجري", "هجرية", "للهجرة", "هجريا"}) {
      w.put(s, HIJRI_MARK * 1000);
    }
    for (String s : new String[] {"ميلادي", "ميلادية", "للميلاد", "ميلاديا"}) {
      w.put(s, GREGORIAN_MARK * 1000);
    }
    w.put("م", MEEM * 1000);
    zone(
        w,
        ZoneOffset.UTC,
        "gmt",
        "utc",
        "ut",
        "z",
        "غرينتش",
        "جرينتش",
        "غرينيتش",
        "جرينيتش",
        "غرينتش",
        "قرينتش");
    zone(w, ZoneOffset.ofHours(-5), "est", "cdt");
    zone(w, ZoneOffset.ofHours(-4), "edt");
    zone(w, ZoneOffset.ofHours(-6), "cst", "mdt");
    zone(w, ZoneOffset.ofHours(-7), "mst", "pdt");
    zone(w, ZoneOffset.ofHours(-8), "pst");
    zone(w, ZoneOffset.ofHours(1), "cet");
    zone(w, ZoneOffset.ofHours(2), "cest", "eet");
    zone(w, ZoneOffset.ofHours(3), "msk", "eest");
    zone(w, ZoneId.of("Asia/Riyadh"), "مكة المكرمة", "مكة", "الرياض", "السعودية", "جدة", "ast");
    zone(w, ZoneId.of("Africa/Cairo"), "القاهرة", "مصر");
    zone(w, ZoneId.of("Asia/Dubai"), "دبي", "أبوظبي", "أبو ظبي", "الإمارات");
    zone(w, ZoneId.of("Asia/Qatar"), "الدوحة", "قطر");
    zone(w, ZoneId.of("Asia/Kuwait"), "الكويت");
    zone(w, ZoneId.of("Asia/Bahrain"), "المنامة", "البحرين");
    zone(w, ZoneId.of("Asia/Muscat"), "مسقط", "سلطنة عمان");
    zone(w, ZoneId.of("Asia/Amman"), "عمان", "الأردن");
    zone(w, ZoneId.of("Asia/Beirut"), "بيروت", "لبنان");
    zone(w, ZoneId.of("Asia/Damascus"), "دمشق", "سوريا");
    zone(w, ZoneId.of("Asia/Baghdad"), "بغداد", "العراق");
    zone(w, ZoneId.of("Asia/Jerusalem"), "القدس");
    zone(w, ZoneId.of("Asia/Gaza"), "غزة");
    zone(w, ZoneId.of("Asia/Hebron"), "رام الله", "فلسطين");
    zone(w, ZoneId.of("Asia/Aden"), "صنعاء", "عدن", "اليمن");
    zone(w, ZoneId.of("Africa/Khartoum"), "الخرطوم", "السودان");
    zone(w, ZoneId.of("Africa/Tripoli"), "طرابلس", "ليبيا");
    zone(w, ZoneId.of("Africa/Tunis"), "تونس");
    zone(w, ZoneId.of("Africa/Algiers"), "الجزائر");
    zone(w, ZoneId.of("Africa/Casablanca"), "الرباط", "المغرب", "الدار البيضاء");
    zone(w, ZoneId.of("Africa/Nouakchott"), "نواكشوط", "موريتانيا");
    zone(w, ZoneId.of("Africa/Mogadishu"), "مقديشو", "الصومال");
    zone(w, ZoneId.of("Africa/Djibouti"), "جيبوتي");
    zone(w, ZoneId.of("Europe/Moscow"), "موسكو");
    zone(w, ZoneId.of("Europe/Istanbul"), "أنقرة", "إسطنبول", "تركيا");
    zone(w, ZoneId.of("Asia/Tehran"), "طهران");
    for (String s : new String[] {"بتوقيت", "بالتوقيت", "توقيت", "حسب توقيت"}) {
      w.put(s, ZONE_INTRO * 1000);
    }
    for (String s : new String[] {"المحلي", "المحلى"}) {
      w.put(s, LOCAL_TIME * 1000);
    }
    for (String s : new String[] {"منذ", "قبل", "مضت"}) {
      w.put(s, AGO_INTRO * 1000);
    }
    String[][] units = {
      {"ثانية", "second", "sec"},
      {"دقيقة", "minute", "min"},
      {"ساعة", "hour", "hr"},
      {"يوم", "day"},
      {"أسبوع", "week"},
      {"شهر", "month"},
      {"سنة", "عام", "year"},
    };
    String[][] plurals = {
      {"ثوان", "ثواني", "ثوانٍ", "seconds", "secs"},
      {"دقائق", "minutes", "mins"},
      {"ساعات", "hours", "hrs"},
      {"أيام", "days"},
      {"أسابيع", "weeks"},
      {"أشهر", "شهور", "months"},
      {"سنوات", "سنين", "أعوام", "years"},
    };
    String[][] duals = {
      {"ثانيتين", "ثانيتان"},
      {"دقيقتين", "دقيقتان"},
      {"ساعتين", "ساعتان"},
      {"يومين", "يومان"},
      {"أسبوعين", "أسبوعان"},
      {"شهرين", "شهران"},
      {"سنتين", "سنتان", "عامين", "عامان"},
    };
    for (int u = 0; u < units.length; u++) {
      for (String s : units[u]) {
        w.put(s, UNIT * 1000 + u);
      }
      for (String s : plurals[u]) {
        w.put(s, UNIT * 1000 + 10 + u);
      }
      for (String s : duals[u]) {
        w.put(s, UNIT_DUAL * 1000 + u);
      }
    }
    String[][] numbers = {
      {"واحد", "واحدة", "one", "a", "an"},
      {"اثنين", "اثنان", "اثنتين", "اثنتان", "two"},
      {"ثلاث", "ثلاثة", "three"},
      {"أربع", "أربعة", "four"},
      {"خمس", "خمسة", "five"},
      {"ست", "ستة", "six"},
      {"سبع", "سبعة", "seven"},
      {"ثماني", "ثمانية", "ثمان", "eight"},
      {"تسع", "تسعة", "nine"},
      {"عشر", "عشرة", "ten"},
    };
    for (int k = 0; k < numbers.length; k++) {
      for (String s : numbers[k]) {
        w.put(s, NUMBER_WORD * 1000 + k + 1);
      }
    }
    w.put("عشرين", NUMBER_WORD * 1000 + 20);
    w.put("ثلاثين", NUMBER_WORD * 1000 + 30);
    for (String s : new String[] {"أمس", "الأمس", "البارحة", "yesterday"}) {
      w.put(s, RELATIVE_DAY * 1000 + 99);
    }
    for (String s : new String[] {"أول أمس", "أول من أمس", "أول البارحة"}) {
      w.put(s, RELATIVE_DAY * 1000 + 98);
    }
    for (String s : new String[] {"اليوم", "today"}) {
      w.put(s, RELATIVE_DAY * 1000 + 100);
    }
    for (String s : new String[] {"غدا", "غداً", "tomorrow"}) {
      w.put(s, RELATIVE_DAY * 1000 + 101);
    }
    w.put("of", OF * 1000);
    for (String s : new String[] {"الموافق", "الموافقة", "ل", "الموافق ل"}) {
      w.put(s, PAIR_JOINER * 1000);
    }
    for (String s : new String[] {"الساعة", "at", "تمام", "على", "عند"}) {
      w.put(s, TIME_INTRO * 1000);
    }
    w.put("ago", AGO * 1000);
    w.put("نصف", FRACTION * 1000 + 30);
    w.put("ربع", FRACTION * 1000 + 15);
    for (String s : new String[] {"في", "بتاريخ", "on", "يوم"}) {
      w.putIfAbsent(s, LEAD * 1000);
    }
    w.put("t", ISO_T * 1000);
    WORDS = new WordTable(w);
  }

  private static void put(Map<String, Integer> w, String[][] groups, int kind) {
    for (int i = 0; i < groups.length; i++) {
      for (String s : groups[i]) {
        w.put(s, kind * 1000 + i + 1);
      }
    }
  }

  private static void zone(Map<String, Integer> w, ZoneId zone, String... names) {
    int index = ZONES.indexOf(zone);
    if (index < 0) {
      index = ZONES.size();
      ZONES.add(zone);
    }
    for (String s : names) {
      w.put(s, ZONE * 1000 + index);
    }
  }
}
