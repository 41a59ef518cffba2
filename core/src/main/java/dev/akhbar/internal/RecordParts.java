package dev.akhbar.internal;

import dev.akhbar.article.ParseWarning;
import dev.akhbar.date.NewsDate;
import java.util.List;
import java.util.Map;

/**
 * What a reader of a structured format found for one record, as raw text: the fields it could name,
 * the body paragraphs with their lines, and its own warnings. The {@link Finisher} turns it into an
 * article. Null for a field the record does not give.
 *
 * @param input the input's name
 * @param line the record's first line, 1-based
 * @param lastLine the record's last line
 * @param offset the record's byte offset in the input, or -1
 * @param title the title
 * @param publishedRaw the publication date as written
 * @param published the publication date, when the format gave it as a value (an epoch number)
 * @param source the source
 * @param url the address
 * @param author the author
 * @param dateline the dateline
 * @param credit the agency credit
 * @param keywords the keywords: several tags, or one string to be split
 * @param body the body paragraphs
 * @param attributes other fields, by name
 * @param warnings the reader's own warnings
 * @param warningsNotKept warnings without text the reader counted past the limit, not kept
 */
public record RecordParts(
    String input,
    long line,
    long lastLine,
    long offset,
    String title,
    String publishedRaw,
    NewsDate published,
    String source,
    String url,
    String author,
    String dateline,
    String credit,
    List<String> keywords,
    List<Paragraph> body,
    Map<String, String> attributes,
    List<ParseWarning> warnings,
    long warningsNotKept) {

  /**
   * One body paragraph and its line.
   *
   * @param line the 1-based line it is on
   * @param text the raw text
   */
  public record Paragraph(long line, String text) {}
}
