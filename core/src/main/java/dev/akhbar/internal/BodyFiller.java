package dev.akhbar.internal;

import dev.akhbar.article.Article;
import java.util.List;

/**
 * An article's body paragraphs, with what its first and last lines carry taken out: a byline above
 * the text, a credit line or a credit closing the last paragraph, and the dateline of the lead.
 *
 * <p>Not thread-safe: one per finisher.
 */
final class BodyFiller {
  private final boolean detectCredits;
  private final boolean detectDatelines;

  /** The date a wire dateline gave ("لندن 27-7-2012 وفا-") in the last fill, and its line. */
  private String leadDate;

  private long leadDateLine;

  BodyFiller(boolean detectCredits, boolean detectDatelines) {
    this.detectCredits = detectCredits;
    this.detectDatelines = detectDatelines;
  }

  /** The photo credits of the last {@link #fill}'s bylines ("تصوير: وراق"), one a line, or null. */
  private String photo;

  /** {@link #photo}. */
  String photo() {
    return photo;
  }

  /** The date the lead's dateline gave in the last {@link #fill}, or null. */
  String leadDate() {
    return leadDate;
  }

  /** The line of {@link #leadDate}. */
  long leadDateLine() {
    return leadDateLine;
  }

  /** How many words a photo caption above the lead may have. */
  private static final int MAX_CAPTION_WORDS = 30;

  /**
   * Whether a paragraph is a photo caption: short, and opening with "صورة" / "الصورة" or closing
   * with an agency in brackets ("... (رويترز)") without ending a sentence before it.
   */
  static boolean isCaption(String p) {
    // The cheap tests first: this runs on every article's first paragraph.
    if (p.isEmpty() || p.length() > MAX_CAPTION_WORDS * 12) {
      return false;
    }
    int from = p.charAt(0) == '(' ? 1 : 0;
    boolean photo =
        p.startsWith("صورة", from) || p.startsWith("الصورة", from) || p.startsWith("صور ", from);
    if (!photo && !p.endsWith(")")) {
      return false;
    }
    if (Labels.wordCount(p) > MAX_CAPTION_WORDS || Datelines.has(p)) {
      return false;
    }
    if (photo) {
      return true;
    }
    int open = p.lastIndexOf('(');
    return open > 0
        && Agencies.credit(p.substring(open + 1, p.length() - 1)) != null
        && p.charAt(Chars.trimWhitespace(p, 0, open) - 1) != '.';
  }

  /**
   * Body paragraphs, with the credit line and the dateline taken out where present; a credit or
   * dateline the record gave wins over one found in the text, which wins over its byline's.
   */
  void fill(
      Article.Builder a,
      List<TextLine> bodyLines,
      String givenCredit,
      String givenDateline,
      Bylines.Byline byline) {
    leadDate = null;
    photo = null;
    int start = 0;
    int end = bodyLines.size();
    String credit = givenCredit;
    if (credit == null && detectCredits && end >= 2) {
      credit = Agencies.credit(bodyLines.get(end - 1).text());
      if (credit != null) {
        end--;
      }
    }
    if (detectCredits && end >= 1 && bodyLines.get(0).text().length() <= Bylines.MAX_LINE) {
      // A byline above the text ("AHDATH.INFO", "العربية.نت - دبي", "بقلم محمد علي") is no
      // paragraph.
      Bylines.Byline lead = Bylines.line(bodyLines.get(0).text());
      // Taken only when each of its parts has a field to go to; else the line stays a paragraph.
      if (lead != null
          && (lead.credit() == null || credit == null)
          && (lead.person() == null || byline == null || byline.person() == null)
          && (lead.place() == null || givenDateline == null)) {
        start = 1;
        if (lead.credit() != null) {
          credit = lead.credit();
        }
        if (lead.person() != null) {
          a.author(lead.person());
        }
        if (lead.place() != null) {
          givenDateline = lead.place();
        }
        if (lead.photo() != null) {
          photo = lead.photo();
        }
      }
    }
    String last = null;
    if (credit == null && detectCredits && end > start) {
      // "... في المدينة. (أ ف ب)": the credit closing the last paragraph.
      String text = bodyLines.get(end - 1).text();
      int open = Agencies.closingCredit(text);
      if (open > 0) {
        credit = Chars.stripped(text, open + 1, text.length() - 1);
        last = Chars.stripped(text, 0, open);
      }
    }
    for (int k = start; k < end; k++) {
      a.addParagraph(k == end - 1 && last != null ? last : bodyLines.get(k).text());
    }
    String dateline = givenDateline;
    if (dateline == null && detectDatelines && end > start) {
      int lead = start;
      if (end > start + 1 && isCaption(bodyLines.get(start).text())) {
        // "صورة أرشيفية ... (رويترز)" above the lead: the dateline is the lead's.
        lead = start + 1;
      }
      Datelines.Dateline d = Datelines.find(bodyLines.get(lead).text());
      if (d != null) {
        dateline = d.place();
        if (credit == null) {
          credit = d.agency();
        }
        leadDate = d.date();
        leadDateLine = bodyLines.get(lead).number();
      }
    }
    if (byline != null) {
      credit = credit == null ? byline.credit() : credit;
      dateline = dateline == null ? byline.place() : dateline;
      if (byline.photo() != null && !byline.photo().equals(photo)) {
        photo = photo == null ? byline.photo() : photo + "\n" + byline.photo();
      }
    }
    if (credit != null) {
      a.credit(credit);
    }
    if (dateline != null) {
      a.dateline(dateline);
    }
  }
}
