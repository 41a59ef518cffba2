package dev.akhbar.internal;

import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.article.WarningKind;
import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Turns raw lines into {@link TextLine}s: repaired when they are mojibake, normalised, trimmed and
 * labelled, each problem a warning on its line. Every reader's text goes through here, page lines
 * and the fields of structured records alike, so that one text gets one treatment and one set of
 * warnings wherever it came from.
 *
 * <p>Not thread-safe: one per input (it keeps a pool of lines for the page reader to reuse).
 */
final class LinePreparer {
  /** What {@link #prepare} returns for a line that places nothing. */
  static final TextLine BLANK = new TextLine(0, "", null, List.of());

  /** The most lines kept for reuse: a page's worth and more, not what a page at the limits held. */
  private static final int MAX_FREE = 1024;

  private final TextNormalizer normalizer;
  private final NormalizerPass pass;
  private final boolean repairMojibake;
  private final int maxLineLength;

  /**
   * Lines of built pages, to be filled again: a line per input line was a tenth of what a parse
   * allocated.
   */
  private final ArrayDeque<TextLine> free = new ArrayDeque<>();

  /** Invalid characters the normaliser removed from the current line. */
  private int invalid;

  private final IntConsumer countInvalid = n -> invalid = n;

  LinePreparer(Settings settings) {
    this.normalizer = settings.text();
    this.pass = normalizer.pass();
    this.repairMojibake = settings.on(ParserFeature.REPAIR_MOJIBAKE);
    this.maxLineLength = settings.limits().maxLineLength();
  }

  /**
   * A raw line repaired, normalised and labelled; {@link #BLANK} when it places nothing. {@code
   * dropped} chars were cut off the line at the length limit.
   */
  TextLine prepare(CharSequence raw, long number, long dropped) {
    if (Chars.isBlank(raw)) {
      return BLANK;
    }
    List<ParseWarning> warnings = List.of();
    if (dropped > 0) {
      warnings =
          add(
              warnings,
              ParseWarning.of(
                  number,
                  WarningKind.LINE_TOO_LONG,
                  "line longer than " + maxLineLength + " chars; " + dropped + " chars dropped"));
    }
    CharSequence source = repaired(raw, repairMojibake);
    if (source != raw) {
      warnings =
          add(
              warnings,
              ParseWarning.of(
                  number,
                  WarningKind.REPAIRED_ENCODING,
                  "mojibake (UTF-8 read as windows-1256) repaired"));
    }
    invalid = 0;
    String text = strip(normalizer.normalize(source, countInvalid));
    if (invalid > 0) {
      warnings = add(warnings, invalidCharacters(number, invalid));
    }
    if (text.isEmpty()) {
      // Nothing of the line is left; what was removed is still reported on its line.
      return warnings.isEmpty() ? BLANK : line(number, "", null, warnings);
    }
    return line(number, text, Labels.match(text), warnings);
  }

  /**
   * A line of UTF-8 bytes decoded and normalised in one pass: what {@link #prepare} gives for it,
   * or null where only the general path can tell (see {@link NormalizerPass#utf8}; and a line left
   * empty after invalid characters were removed, or left with blank chars only, which may have been
   * blank or not).
   */
  TextLine prepareUtf8(byte[] bytes, int start, int end, long number) {
    long r = pass.utf8(bytes, start, end, repairMojibake);
    if (r == NormalizerPass.BAIL) {
      return null;
    }
    char[] out = NormalizerPass.output();
    int to = NormalizerPass.written(r);
    int from = 0;
    while (from < to && Chars.isSpace(out[from])) {
      from++;
    }
    while (to > from && Chars.isSpace(out[to - 1])) {
      to--;
    }
    int removed = NormalizerPass.removed(r);
    if (from == to) {
      return removed == 0 ? BLANK : null;
    }
    if (Chars.isBlank(out[from]) && Chars.isBlank(CharBuffer.wrap(out, from, to - from))) {
      // Blank chars a profile keeps: the raw line may have been blank, which only it can tell.
      return null;
    }
    String text = new String(out, from, to - from);
    return line(
        number,
        text,
        Labels.match(text),
        removed == 0 ? List.of() : List.of(invalidCharacters(number, removed)));
  }

  /** A raw line's text as the parser sees it: repaired when it is mojibake, normalised, trimmed. */
  static String text(CharSequence raw, Settings settings) {
    return strip(
        settings
            .text()
            .normalize(
                repaired(raw, settings.on(ParserFeature.REPAIR_MOJIBAKE)), (IntConsumer) null));
  }

  /**
   * Takes the lines out of a built page and keeps them for reuse; the article built from them holds
   * none.
   */
  void release(List<TextLine> lines) {
    for (TextLine l : lines) {
      if (free.size() == MAX_FREE) {
        break;
      }
      free.add(l);
    }
    lines.clear();
  }

  private TextLine line(long number, String text, Labels.Match label, List<ParseWarning> warnings) {
    TextLine l = free.poll();
    return l == null
        ? new TextLine(number, text, label, warnings)
        : l.set(number, text, label, warnings);
  }

  /** The line repaired when asked and it is mojibake that repairs; otherwise the line itself. */
  private static CharSequence repaired(CharSequence raw, boolean repair) {
    if (repair && Mojibake.looksLikeMojibake(raw)) {
      java.util.Optional<String> repaired = Mojibake.repair(raw);
      if (repaired.isPresent()) {
        return repaired.get();
      }
    }
    return raw;
  }

  private static ParseWarning invalidCharacters(long line, int removed) {
    return ParseWarning.of(
        line,
        WarningKind.INVALID_CHARACTERS,
        removed + " invalid characters (NUL, controls, U+FFFD, lone surrogates) removed");
  }

  /** The text without white space at either end; the same string when there is none. */
  static String strip(String s) {
    int n = s.length();
    if (n == 0 || !(Chars.isSpace(s.charAt(0)) || Chars.isSpace(s.charAt(n - 1)))) {
      return s;
    }
    int from = 0;
    int to = n;
    while (from < to && Chars.isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  static List<ParseWarning> add(List<ParseWarning> list, ParseWarning w) {
    List<ParseWarning> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(w);
    return out;
  }
}
