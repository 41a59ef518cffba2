package dev.akhbar.formats.internal;

/**
 * Turns one line of Python literals, as crawlers print their items, into the JSON it stands for: a
 * dict ({@code {'title': 'عنوان', 'content': ['فقرة', 'فقرة']}}), a list, or a field and its value
 * ({@code content: ['فقرة', ...]}, read as {@code {"content": [...]}}). Strings in single or double
 * quotes with Python's escapes ({@code \xa0}, {@code \u200b}, {@code \'}), numbers, {@code True},
 * {@code False}, {@code None} and tuples are understood; anything else makes the line no literal.
 *
 * <p>Linear in the line, nesting bounded. Stateless and thread-safe.
 */
final class PythonLiterals {
  private final String s;
  private final int maxDepth;
  private final StringBuilder out;
  private int i;

  private PythonLiterals(String s, int maxDepth) {
    this.s = s;
    this.maxDepth = maxDepth;
    this.out = new StringBuilder(s.length() + 16);
  }

  /** Whether a line opens the way a printed literal does: a bracket, or a field and a colon. */
  static boolean looksLike(String line) {
    String t = line.strip();
    if (t.startsWith("{'") || t.startsWith("['") || t.startsWith("{\"")) {
      return true;
    }
    int colon = t.indexOf(':');
    if (colon < 1 || colon > 40 || colon + 2 >= t.length()) {
      return false;
    }
    for (int k = 0; k < colon; k++) {
      char c = t.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    int v = colon + 1;
    while (v < t.length() && t.charAt(v) == ' ') {
      v++;
    }
    return v < t.length() && (t.charAt(v) == '[' || t.charAt(v) == '{' || t.charAt(v) == '\'');
  }

  /** The JSON of a line of literals, or null when the line is none. */
  static String toJson(String line, int maxDepth) {
    PythonLiterals p = new PythonLiterals(line, maxDepth);
    return p.line() ? p.out.toString() : null;
  }

  private boolean line() {
    skipSpace();
    int start = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    if (i > start && i < s.length() && s.charAt(i) == ':') {
      // "content: [...]": a field name and its value.
      String name = s.substring(start, i);
      i++;
      out.append('{');
      jsonString(name);
      out.append(':');
      if (!value(1)) {
        return false;
      }
      out.append('}');
    } else {
      i = start;
      if (!value(0)) {
        return false;
      }
    }
    skipSpace();
    return i == s.length();
  }

  private boolean value(int depth) {
    if (depth > maxDepth) {
      return false;
    }
    skipSpace();
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return dict(depth);
      case '[':
        return sequence(']', depth);
      case '(':
        return sequence(')', depth);
      case '\'':
      case '"':
        return string();
      default:
        break;
    }
    if ((c == 'u' || c == 'r')
        && i + 1 < s.length()
        && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')) {
      if (c == 'r') {
        return false;
      }
      i++;
      return string();
    }
    if (word("True")) {
      out.append("true");
      return true;
    }
    if (word("False")) {
      out.append("false");
      return true;
    }
    if (word("None")) {
      out.append("null");
      return true;
    }
    return number();
  }

  private boolean dict(int depth) {
    i++;
    out.append('{');
    skipSpace();
    if (i < s.length() && s.charAt(i) == '}') {
      i++;
      out.append('}');
      return true;
    }
    while (true) {
      skipSpace();
      if (i >= s.length() || (s.charAt(i) != '\'' && s.charAt(i) != '"') || !string()) {
        return false;
      }
      skipSpace();
      if (i >= s.length() || s.charAt(i) != ':') {
        return false;
      }
      i++;
      out.append(':');
      if (!value(depth + 1)) {
        return false;
      }
      int next = afterItem('}', '}');
      if (next != MORE) {
        return next == CLOSED;
      }
    }
  }

  private boolean sequence(char close, int depth) {
    i++;
    out.append('[');
    skipSpace();
    if (i < s.length() && s.charAt(i) == close) {
      i++;
      out.append(']');
      return true;
    }
    while (true) {
      if (!value(depth + 1)) {
        return false;
      }
      int next = afterItem(close, ']');
      if (next != MORE) {
        return next == CLOSED;
      }
    }
  }

  private static final int MORE = 0;
  private static final int CLOSED = 1;
  private static final int BROKEN = 2;

  /**
   * After an item of a dict or a sequence: a comma and another item ({@link #MORE}), the closing
   * bracket, after a trailing comma or not ({@link #CLOSED}), or anything else ({@link #BROKEN}).
   */
  private int afterItem(char close, char jsonClose) {
    skipSpace();
    if (i < s.length() && s.charAt(i) == ',') {
      i++;
      skipSpace();
      if (i >= s.length() || s.charAt(i) != close) {
        out.append(',');
        return MORE;
      }
    }
    if (i < s.length() && s.charAt(i) == close) {
      i++;
      out.append(jsonClose);
      return CLOSED;
    }
    return BROKEN;
  }

  /** A quoted string with Python's escapes, written as a JSON string. */
  private boolean string() {
    char quote = s.charAt(i++);
    out.append('"');
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == quote) {
        out.append('"');
        return true;
      }
      if (c != '\\') {
        jsonChar(c);
        continue;
      }
      if (i >= s.length()) {
        return false;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> out.append("\\n");
        case 't' -> out.append("\\t");
        case 'r' -> out.append("\\r");
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append('\'');
        case '"' -> out.append("\\\"");
        case 'a', 'b', 'f', 'v', '0' -> jsonChar(' ');
        case 'x' -> {
          if (!hex(2)) {
            return false;
          }
        }
        case 'u' -> {
          if (!hex(4)) {
            return false;
          }
        }
        case 'U' -> {
          if (!hex(8)) {
            return false;
          }
        }
        default -> {
          // Python keeps an unknown escape as written.
          out.append("\\\\");
          jsonChar(e);
        }
      }
    }
    return false;
  }

  private boolean hex(int digits) {
    if (i + digits > s.length()) {
      return false;
    }
    int cp = 0;
    for (int k = 0; k < digits; k++) {
      int d = Character.digit(s.charAt(i + k), 16);
      if (d < 0) {
        return false;
      }
      cp = cp * 16 + d;
    }
    i += digits;
    if (!Character.isValidCodePoint(cp)) {
      return false;
    }
    for (char ch : Character.toChars(cp)) {
      jsonChar(ch);
    }
    return true;
  }

  private void jsonChar(char c) {
    if (c == '"') {
      out.append("\\\"");
    } else if (c == '\\') {
      out.append("\\\\");
    } else if (c < 0x20) {
      out.append(String.format("\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  private void jsonString(String v) {
    out.append('"');
    for (int k = 0; k < v.length(); k++) {
      jsonChar(v.charAt(k));
    }
    out.append('"');
  }

  private boolean word(String w) {
    if (s.startsWith(w, i)
        && (i + w.length() == s.length() || !Character.isLetterOrDigit(s.charAt(i + w.length())))) {
      i += w.length();
      return true;
    }
    return false;
  }

  private boolean number() {
    int start = i;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = i;
    while (i < s.length() && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '.')) {
      i++;
    }
    if (i == digits) {
      return false;
    }
    String n = s.substring(start, i);
    if (n.startsWith("+")) {
      n = n.substring(1);
    }
    if (n.endsWith(".") || n.indexOf('.') != n.lastIndexOf('.')) {
      return false;
    }
    out.append(n);
    return true;
  }

  private void skipSpace() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
  }
}
