package dev.akhbar.formats.internal;

import java.util.function.Consumer;

/** Splits body text into paragraphs at line breaks, dropping blank ones. Stateless. */
final class Paragraphs {
  private Paragraphs() {}

  static void split(String text, Consumer<String> paragraph) {
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        String p = text.substring(start, i).strip();
        if (!p.isEmpty()) {
          paragraph.accept(p);
        }
        start = i + 1;
      }
    }
  }
}
