package dev.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code spec/pages.spec}: a dump's text and the articles it must give. */
class PageSpecTest {

  /** One case: its name and line in the spec file, its input, and each article's fields. */
  record Case(String name, int line, String input, List<Map<String, String>> articles) {
    @Override
    public String toString() {
      return "line " + line + ": " + name;
    }
  }

  static List<Case> cases() throws IOException {
    String text;
    try (InputStream in = PageSpecTest.class.getResourceAsStream("/spec/pages.spec")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].startsWith("## ")) {
        i++;
        continue;
      }
      String name = lines[i].substring(3).strip();
      int start = i + 1;
      while (!lines[i].equals("<<<")) {
        i++;
      }
      StringBuilder input = new StringBuilder();
      for (i++; !lines[i].equals(">>>"); i++) {
        input.append(lines[i]).append('\n');
      }
      List<Map<String, String>> articles = new ArrayList<>();
      for (i++; i < lines.length && lines[i].startsWith("article"); i++) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : lines[i].substring(lines[i].indexOf(':') + 1).split(" ; ")) {
          int eq = pair.indexOf('=');
          fields.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        articles.add(fields);
      }
      cases.add(new Case(name, start, input.toString(), articles));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void specCase(Case c) {
    List<Article> got = NewsDumpParser.builder().build().parse(c.input());
    assertEquals(c.articles().size(), got.size(), () -> "articles: " + summary(got));
    for (int k = 0; k < got.size(); k++) {
      Article a = got.get(k);
      for (Map.Entry<String, String> e : c.articles().get(k).entrySet()) {
        assertEquals(e.getValue(), field(a, e.getKey()), "article " + (k + 1) + " " + e.getKey());
      }
    }
  }

  private static String field(Article a, String name) {
    return switch (name) {
      case "line" -> Long.toString(a.origin().line());
      case "title" -> a.title();
      case "paragraphs" -> Integer.toString(a.body().size());
      case "first" -> a.body().isEmpty() ? "" : a.body().get(0);
      case "related" -> Integer.toString(a.related().size());
      case "relatedTitles" -> String.join(" | ", a.related().stream().map(Article::title).toList());
      case "source" -> a.source().orElse("-");
      case "dateline" -> a.dateline().orElse("-");
      case "credit" -> a.credit().orElse("-");
      case "author" -> a.author().orElse("-");
      case "url" -> a.url().orElse("-");
      case "attributes" -> a.attributes().toString();
      case "keywords" -> String.join(" | ", a.keywords());
      case "warnings" ->
          String.join(" ", a.warnings().stream().map(w -> w.kind().name()).sorted().toList());
      default -> throw new IllegalArgumentException("no field " + name);
    };
  }

  private static String summary(List<Article> got) {
    StringBuilder b = new StringBuilder();
    for (Article a : got) {
      b.append("\n  line ").append(a.origin().line()).append(": ").append(a.title());
    }
    return b.toString();
  }
}
