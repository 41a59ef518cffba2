package dev.akhbar.formats.internal;

/**
 * Decodes the five XML entities and numeric character references; anything else is kept. Stateless.
 */
final class Entities {
  private Entities() {}

  static String decode(CharSequence s) {
    int amp = indexOf(s, '&');
    if (amp < 0) {
      return s.toString();
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, amp);
    int i = amp;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int semi = -1;
      for (int k = i + 1; k < n && k < i + 12; k++) {
        if (s.charAt(k) == ';') {
          semi = k;
          break;
        }
      }
      String name = semi < 0 ? "" : s.subSequence(i + 1, semi).toString();
      String value = value(name);
      if (value == null) {
        out.append('&');
        i++;
      } else {
        out.append(value);
        i = semi + 1;
      }
    }
    return out.toString();
  }

  private static String value(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        break;
    }
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static int indexOf(CharSequence s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
