package dev.akhbar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.ArabicNormalizer;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** One test per operation, each with a real word, each operation alone. */
class ArabicNormalizerTest {

  private static String only(NormalizationOperation op, String text) {
    return ArabicNormalizer.of(EnumSet.of(op)).normalize(text);
  }

  @Test
  void compatibilityFormsBecomePlainLetters() {
    // بوتين written in presentation forms, as copied from old PDFs and some sites
    assertEquals(
        "بوتين",
        only(NormalizationOperation.COMPATIBILITY_FORMS, "\uFE91\uFEEE\uFE97\uFEF4\uFEE6"));
    assertEquals("لا", only(NormalizationOperation.COMPATIBILITY_FORMS, "\uFEFB"));
  }

  @Test
  void invalidCharactersAreRemovedAndCounted() {
    StringBuilder out = new StringBuilder();
    int removed =
        ArabicNormalizer.of(EnumSet.of(NormalizationOperation.INVALID_CHARACTERS))
            .normalize("روس\u0000يا\uFFFD\uD800", out);
    assertEquals("روسيا", out.toString());
    assertEquals(3, removed);
  }

  @Test
  void persianLettersBecomeArabic() {
    assertEquals("الاستراتيجي", only(NormalizationOperation.PERSIAN_LETTERS, "الاستراتیجی"));
    assertEquals("كتاب", only(NormalizationOperation.PERSIAN_LETTERS, "کتاب"));
    assertEquals("هذا", only(NormalizationOperation.PERSIAN_LETTERS, "ھذا"));
  }

  @Test
  void bidiControlsAreRemoved() {
    assertEquals("موسكو", only(NormalizationOperation.BIDI_CONTROLS, "\u200Fموسكو\u200E\u202B"));
  }

  @Test
  void zeroWidthCharactersAreRemovedButAJoinBreakingZwnjStays() {
    assertEquals("واشنطن", only(NormalizationOperation.ZERO_WIDTH, "واشن\u200Bطن\uFEFF"));
    // After yeh (dual-joining) before khah the ZWNJ changes the shapes: می‌خواهم keeps it.
    assertEquals("می\u200Cخواهم", only(NormalizationOperation.ZERO_WIDTH, "می\u200Cخواهم"));
    // After alef (joins on one side only) it changes nothing and goes.
    assertEquals("الاستقرار", only(NormalizationOperation.ZERO_WIDTH, "ا\u200Cلاستقرار"));
  }

  @Test
  void tatweelInsideWordsGoesButAStandaloneDashStays() {
    assertEquals("بوتين", only(NormalizationOperation.TATWEEL, "بـــوتين"));
    assertEquals("القاهرة ـــ قال", only(NormalizationOperation.TATWEEL, "القاهرة ـــ قال"));
  }

  @Test
  void aStandaloneTatweelDashSurvivesTheDisplayProfileToo() {
    assertEquals("القاهرة ـــ قال", ArabicNormalizer.display().normalize("القاهرة  ـــ قال"));
  }

  @Test
  void whitespaceCollapsesAndTrims() {
    assertEquals("صدى البلد", only(NormalizationOperation.WHITESPACE, "  صدى\u00A0 \tالبلد  "));
    assertEquals("سطر\nسطر", only(NormalizationOperation.WHITESPACE, "سطر  \n  سطر"));
  }

  @Test
  void alefVariantsBecomeBareAlef() {
    assertEquals("اوكرانيا", only(NormalizationOperation.ALEF_VARIANTS, "أوكرانيا"));
    assertEquals("الحاق", only(NormalizationOperation.ALEF_VARIANTS, "إلحاق"));
    assertEquals("اذار", only(NormalizationOperation.ALEF_VARIANTS, "آذار"));
    assertEquals("الله", only(NormalizationOperation.ALEF_VARIANTS, "ٱلله"));
  }

  @Test
  void alefMaksuraBecomesYeh() {
    assertEquals("الروسي", only(NormalizationOperation.ALEF_MAKSURA, "الروسى"));
  }

  @Test
  void tehMarbutaBecomesHeh() {
    assertEquals("القاهره", only(NormalizationOperation.TEH_MARBUTA, "القاهرة"));
  }

  @Test
  void diacriticsAreRemoved() {
    assertEquals("محمد", only(NormalizationOperation.DIACRITICS, "مُحَمَّدٌ"));
  }

  @Test
  void daggerAlefBecomesTheAlefItStandsFor() {
    assertEquals("السماوات", only(NormalizationOperation.DIACRITICS, "السَّمَٰوَٰتِ"));
    assertEquals("هذا", only(NormalizationOperation.DIACRITICS, "هَٰذَا"));
    assertEquals("الرحمن", only(NormalizationOperation.DIACRITICS, "الرَّحْمَٰنِ"));
    assertEquals("على", only(NormalizationOperation.DIACRITICS, "عَلَىٰ"));
  }

  @Test
  void easternDigitsBecomeAscii() {
    assertEquals("2024", only(NormalizationOperation.DIGITS, "٢٠٢٤"));
    assertEquals("1402", only(NormalizationOperation.DIGITS, "۱۴۰۲"));
  }

  @Test
  void displayKeepsWhatAReaderSees() {
    assertEquals(
        "إِلْحَاق الروسى القاهرة ٢٠٢٤",
        ArabicNormalizer.display().normalize("إِلْحَاق\u200F الروسى  القاهرة ٢٠٢٤"));
  }

  @Test
  void searchFoldsAsSearchEnginesDo() {
    assertEquals(
        "الاستقرار الاستراتيجي في اوكرانيا 2024",
        ArabicNormalizer.search().normalize("الاستقرار الاستراتیجی في أوكرانيا ٢٠٢٤"));
  }

  @Test
  void noneChangesNothing() {
    String text = "\u200Fبـــوتين  ٢٠٢٤\u0000";
    assertEquals(text, ArabicNormalizer.of(NormalizationProfile.NONE).normalize(text));
  }
}
