package dev.akhbar.benchmarks;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic news dumps of any size, deterministically from a seed: pages in the seed's shape
 * (title, publication date in every style the date grammar reads, body with datelines, source,
 * multi-word keywords, "read also" articles with agency credits) with the noise real dumps carry
 * (bidi marks, presentation forms, Persian letters, Eastern digits, tatweel, NBSP, CRLF). Also JSON
 * Lines and TREC-like variants, and date and text mixes.
 *
 * <p>The vocabulary is the seed page's own words. Not thread-safe: one per thread.
 */
public final class CorpusGenerator {
  private static final String[] MONTHS_EN = {
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
  private static final String[] MONTHS_EG = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر"
  };
  private static final String[] MONTHS_LEV = {
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
  private static final String[] MONTHS_MAG = {
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر"
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
  private static final String[] PLACES = {
    "موسكو", "القاهرة", "الرياض", "بيروت", "دمشق", "بغداد", "عمان", "الدوحة", "دبي", "الرباط",
    "تونس", "الجزائر", "واشنطن", "لندن", "باريس", "غزة"
  };
  private static final String[] AGENCIES = {
    "الأناضول", "رويترز", "واس", "أ ف ب", "وام", "قنا", "كونا", "سبوتنيك"
  };
  private static final String[] SOURCES = {
    "صدى البلد",
    "اليوم السابع",
    "الأهرام",
    "الشروق",
    "المصري اليوم",
    "الجزيرة",
    "العربية",
    "سكاي نيوز عربية",
    "الشرق الأوسط",
    "عكاظ"
  };
  private static final String[] DASHES = {" – ", " - ", " — "};

  private final Random random;
  private final String[] words;

  /** A generator whose output depends only on the seed. */
  public CorpusGenerator(long seed) {
    this.random = new Random(seed);
    this.words = seedWords();
  }

  private static String[] seedWords() {
    try (InputStream in =
        CorpusGenerator.class.getResourceAsStream("/seeds/000_7c490c51ed63725b.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String w : text.split("[\\s،:\"“”().]+")) {
        if (w.length() > 1 && w.codePoints().allMatch(c -> c >= 0x0621 && c <= 0x06FF)) {
          out.add(w);
        }
      }
      return out.toArray(new String[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pages in the seed's shape, about {@code targetBytes} of UTF-8. */
  public String textDump(int targetBytes) {
    StringBuilder b = new StringBuilder(targetBytes / 2 + 1024);
    int bytes = 0;
    while (bytes < targetBytes) {
      int start = b.length();
      page(b);
      bytes += utf8Length(b, start);
    }
    return b.toString();
  }

  /**
   * JSON Lines of article objects ({@code title, date, source, url, text}), about {@code
   * targetBytes}.
   */
  public String jsonLines(int targetBytes) {
    StringBuilder b = new StringBuilder(targetBytes / 2 + 1024);
    int bytes = 0;
    int id = 0;
    while (bytes < targetBytes) {
      int start = b.length();
      b.append("{\"title\":\"")
          .append(sentence(4, 10))
          .append("\",\"date\":\"")
          .append(date())
          .append("\",\"source\":\"")
          .append(pick(SOURCES))
          .append("\",\"url\":\"https://example.com/a/")
          .append(id++)
          .append("\",\"text\":\"");
      int paragraphs = 3 + random.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        if (p > 0) {
          b.append("\\n");
        }
        b.append(sentence(15, 45)).append('.');
      }
      b.append("\"}\n");
      bytes += utf8Length(b, start);
    }
    return b.toString();
  }

  /** TREC-like pseudo-XML documents as in the ANT corpus, about {@code targetBytes}. */
  public String trec(int targetBytes) {
    StringBuilder b = new StringBuilder(targetBytes / 2 + 1024);
    int bytes = 0;
    int id = 0;
    while (bytes < targetBytes) {
      int start = b.length();
      b.append("<DOC>\n<DOCNO>AK-")
          .append(id++)
          .append("</DOCNO>\n<URL>https://example.com/")
          .append(id)
          .append("</URL>\n<SRC>")
          .append(pick(SOURCES))
          .append("</SRC>\n<TITLE>")
          .append(sentence(4, 10))
          .append("</TITLE>\n<TIME>")
          .append(date())
          .append("</TIME>\n<TEXT>\n");
      int paragraphs = 3 + random.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        b.append(sentence(15, 45)).append(".\n");
      }
      b.append("</TEXT>\n</DOC>\n");
      bytes += utf8Length(b, start);
    }
    return b.toString();
  }

  /** Body lines of realistic, noisy Arabic text, about {@code targetBytes} in all. */
  public List<String> textLines(int targetBytes) {
    List<String> lines = new ArrayList<>();
    int bytes = 0;
    while (bytes < targetBytes) {
      String line = noisy(sentence(15, 45)) + ".";
      lines.add(line);
      bytes += line.getBytes(StandardCharsets.UTF_8).length;
    }
    return lines;
  }

  /** Dates in every style the date grammar reads, with Eastern digits and noise mixed in. */
  public List<String> dateMix(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(date());
    }
    return out;
  }

  /**
   * A text dump of short pages, as people scrape them from an aggregator: a title, a date line,
   * three body lines, a source line, a keywords line and a "read also" block of one related
   * article, every page. Where the parse does the most per byte.
   */
  public String shortPagesDump(int targetBytes) {
    StringBuilder b = new StringBuilder(targetBytes + 4096);
    while (b.length() < targetBytes / 2) {
      b.append(sentence(5, 12)).append('\n');
      b.append("تاريخ النشر: ").append(date()).append('\n');
      for (int p = 0; p < 3; p++) {
        b.append(p == 0 ? pick(PLACES) + pick(DASHES) : "").append(sentence(15, 45)).append(".\n");
      }
      b.append("المصدر: ").append(pick(SOURCES)).append('\n');
      b.append("كلمات دلالية: ").append(sentence(3, 6)).append('\n');
      b.append("إقرأ أيضاً:\n").append(sentence(5, 12)).append('\n');
      b.append(pick(PLACES)).append(pick(DASHES)).append(sentence(15, 40)).append(".\n");
      b.append(sentence(15, 40)).append(".\n").append(pick(AGENCIES)).append('\n');
    }
    return b.toString();
  }

  private void page(StringBuilder b) {
    String eol = random.nextInt(5) == 0 ? "\r\n" : "\n";
    String title = sentence(5, 12);
    b.append(noisy(title)).append(eol);
    b.append(random.nextInt(10) < 7 ? "تاريخ النشر: " : "تاريخ النشر : ")
        .append(date())
        .append(eol);
    int paragraphs = 3 + random.nextInt(7);
    List<String> body = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      String para =
          (p == 0 && random.nextBoolean() ? pick(PLACES) + pick(DASHES) : "")
              + sentence(15, 45)
              + ".";
      body.add(para);
      b.append(noisy(para)).append(eol);
    }
    if (random.nextInt(10) < 8) {
      b.append("المصدر: ").append(pick(SOURCES)).append(eol);
    }
    if (random.nextInt(10) < 8) {
      b.append("كلمات دلالية: ");
      int tags = 3 + random.nextInt(5);
      for (int t = 0; t < tags; t++) {
        String[] para = body.get(random.nextInt(body.size())).split(" ");
        int from = random.nextInt(Math.max(1, para.length - 2));
        int n = 1 + random.nextInt(2);
        for (int k = from; k < Math.min(para.length, from + n); k++) {
          b.append(para[k].replace(".", "")).append(' ');
        }
      }
      b.setLength(b.length() - 1);
      b.append(eol);
    }
    if (random.nextInt(10) < 6) {
      b.append(random.nextBoolean() ? "إقرأ أيضاً:" : "اقرأ أيضا:").append(eol);
      int related = 1 + random.nextInt(3);
      for (int r = 0; r < related; r++) {
        b.append(sentence(5, 12)).append(eol);
        int n = 2 + random.nextInt(6);
        for (int p = 0; p < n; p++) {
          b.append(p == 0 ? pick(PLACES) + pick(DASHES) : "")
              .append(noisy(sentence(15, 40)))
              .append('.')
              .append(eol);
        }
        b.append(pick(AGENCIES)).append(eol);
      }
    }
    if (random.nextInt(4) == 0) {
      b.append(eol);
    }
  }

  /** A date in one of the styles news writes. */
  public String date() {
    int year = 1995 + random.nextInt(35);
    int month = random.nextInt(12);
    int day = 1 + random.nextInt(28);
    java.time.LocalDate date = java.time.LocalDate.of(year, month + 1, day);
    String weekday = WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    String weekdayEn =
        date.getDayOfWeek()
            .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    int style = random.nextInt(10);
    String text;
    switch (style) {
      case 0:
      case 1:
      case 2:
        text = day + ordinal(day) + ", " + MONTHS_EN[month] + " " + year + " GMT";
        break;
      case 3:
        text = weekday + " " + day + " " + MONTHS_EG[month] + " " + year;
        break;
      case 4:
        text =
            day
                + " "
                + MONTHS_LEV[month]
                + " "
                + year
                + " "
                + (1 + random.nextInt(12))
                + ":"
                + two(random.nextInt(60))
                + (random.nextBoolean() ? " م" : " ص");
        break;
      case 5:
        text = day + " " + MONTHS_EG[month] + "/" + MONTHS_LEV[month] + " " + year;
        break;
      case 6:
        text = day + " " + MONTHS_MAG[month] + " " + year;
        break;
      case 7:
        text = day + " " + HIJRI[month] + " " + (1400 + random.nextInt(50)) + "هـ";
        break;
      case 8:
        text =
            year
                + "-"
                + two(month + 1)
                + "-"
                + two(day)
                + "T"
                + two(random.nextInt(24))
                + ":"
                + two(random.nextInt(60))
                + ":00+03:00";
        break;
      default:
        text =
            weekdayEn
                + ", "
                + two(day)
                + " "
                + MONTHS_EN[month].substring(0, 3)
                + " "
                + year
                + " 12:00:00 +0400";
        break;
    }
    return random.nextInt(4) == 0 ? easternDigits(text) : text;
  }

  private String sentence(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder(n * 7);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(i % 9 == 8 ? "، " : " ");
      }
      b.append(words[random.nextInt(words.length)]);
    }
    return b.toString();
  }

  /** Adds the noise real dumps carry, word by word, at rates seen in scraped text. */
  private String noisy(String text) {
    String[] parts = text.split(" ");
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append(random.nextInt(40) == 0 ? '\u00A0' : ' ');
      }
      String w = parts[i];
      int roll = random.nextInt(100);
      if (roll < 3) {
        w = presentationForms(w);
      } else if (roll < 6) {
        w = w.replace('ي', 'ی').replace('ك', 'ک');
      } else if (roll < 8 && w.length() > 3) {
        w = w.substring(0, 2) + "ـــ" + w.substring(2);
      }
      b.append(w);
      if (random.nextInt(25) == 0) {
        b.append('\u200F');
      }
    }
    return b.toString();
  }

  private static String presentationForms(String w) {
    try {
      return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
          .shape(w);
    } catch (ArabicShapingException e) {
      return w;
    }
  }

  private static String easternDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + c - '0') : c);
    }
    return b.toString();
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th";
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static int utf8Length(CharSequence s, int from) {
    int n = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /**
   * Writes a generated text dump of the given size to a file: {@code CorpusGenerator FILE MEGABYTES
   * [SEED] [short]}, {@code short} for {@link #shortPagesDump}.
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path out = java.nio.file.Path.of(args[0]);
    long megabytes = Long.parseLong(args[1]);
    CorpusGenerator g = new CorpusGenerator(args.length > 2 ? Long.parseLong(args[2]) : 42);
    boolean shortPages = args.length > 3 && args[3].equals("short");
    try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long written = 0; written < megabytes << 20; ) {
        String chunk = shortPages ? g.shortPagesDump(1 << 20) : g.textDump(1 << 20);
        w.write(chunk);
        written += chunk.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }
}
