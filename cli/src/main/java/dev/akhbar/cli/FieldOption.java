package dev.akhbar.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --field FIELD=KEY} option of the commands that read structured records. */
final class FieldOption {
  @Option(
      names = "--field",
      paramLabel = "FIELD=KEY",
      description =
          "Name the key that fills a field of structured records (JSON, CSV, XML), ahead of the "
              + "keys known by default; repeatable. FIELD is one of title, body, date, source, url, "
              + "author, keywords, crawled, html; KEY a key or a dotted path into nested objects: "
              + "--field date=meta.published --field body=full_text.")
  List<String> values = List.of();
}
