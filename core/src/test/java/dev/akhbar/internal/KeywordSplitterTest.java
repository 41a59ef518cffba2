package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a keywords line joined by spaces is cut into tags from the page's own text. */
class KeywordSplitterTest {
  @Test
  void runsThatStandTogetherInThePageAreOneTagTheRestSingleWords() {
    List<String> page =
        List.of("الأمم المتحدة تدعو", "دعت الأمم المتحدة إلى وقف إطلاق النار في غزة.");
    assertEquals(
        List.of("الأمم المتحدة", "غزة", "وقف إطلاق النار"),
        KeywordSplitter.split("الأمم المتحدة غزة وقف إطلاق النار", page));
  }

  @Test
  void punctuationBetweenTwoWordsKeepsThemApart() {
    assertEquals(
        List.of("الأمم", "المتحدة"),
        KeywordSplitter.split("الأمم المتحدة", List.of("الأمم، المتحدة")));
  }

  @Test
  void wordsMatchUnderSearchFolding() {
    // No hamza on the alef, ه for ة: the same words to search folding.
    assertEquals(
        List.of("الأمم المتحدة"),
        KeywordSplitter.split("الأمم المتحدة", List.of("قالت الامم المتحده")));
  }

  @Test
  void aPhraseIsFoundAfterAKeywordWordThatIsNotItsNeighbourInTheLine() {
    // "المتحدة الأمم" is no pair of the line; the phrase starts at the second page word.
    assertEquals(
        List.of("الأمم المتحدة"),
        KeywordSplitter.split("الأمم المتحدة", List.of("المتحدة الأمم المتحدة")));
  }

  @Test
  void aLongerRunWinsOverItsParts() {
    assertEquals(
        List.of("مجلس الأمن الدولي", "غزة"),
        KeywordSplitter.split(
            "مجلس الأمن الدولي غزة", List.of("اجتمع مجلس الأمن الدولي أمس", "بشأن غزة")));
  }

  @Test
  void aPhrasesFirstWordMayCarryAClitic() {
    // "لكأس العالم": the page writes the tag behind ل.
    assertEquals(
        List.of("كأس العالم", "قطر"),
        KeywordSplitter.split("كأس العالم قطر", List.of("استعدادات قطر لكأس العالم")));
  }

  @Test
  void aCliticOnALaterWordEndsThePhraseWhateverTheWords() {
    // "كأس والعالم" is "cup and the world", not the tag: a clitic starts a phrase, never continues
    // one. Many pairs, so that no pair passes by a chance agreement of hashes.
    List<String> words =
        List.of(
            "كأس", "العالم", "الأمم", "المتحدة", "مجلس", "الأمن", "وقف", "إطلاق", "النار", "البنك",
            "الدولي", "صندوق", "النقد", "الشرق", "الأوسط");
    for (String first : words) {
      for (String second : words) {
        if (first.equals(second)) {
          continue;
        }
        for (String clitic : List.of("و", "ف", "ب", "ل", "ك")) {
          assertEquals(
              List.of(first, second),
              KeywordSplitter.split(
                  first + " " + second, List.of("قال " + first + " " + clitic + second)),
              first + " " + clitic + second);
        }
      }
    }
  }
}
