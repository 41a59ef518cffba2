package dev.akhbar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.MojibakeRepair;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

class NormalizerProperties {
  private static final Charset CP1256 = Charset.forName("windows-1256");

  /** Any text, weighted towards what Arabic news dumps hold. */
  @Provide
  Arbitrary<String> messy() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(30, Arbitraries.chars().range('\u0621', '\u064A')),
            net.jqwik.api.Tuple.of(8, Arbitraries.chars().range('\u064B', '\u065F')),
            net.jqwik.api.Tuple.of(
                6,
                Arbitraries.of(
                    '\u0640', '\u0670', '\u0671', '\u06CC', '\u06A9', '\u06BE', '\u06D2', '\u06C1',
                    '\u06D5', '\u06C3', '\u0654', '\u0653')),
            net.jqwik.api.Tuple.of(
                6, Arbitraries.of(' ', ' ', '\u00A0', '\t', '\n', '\r', '\u2003', '\u202F')),
            net.jqwik.api.Tuple.of(
                6,
                Arbitraries.of(
                    '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B',
                    '\u202C', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u00AD', '\u2060')),
            net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('\uFB50', '\uFEFC')),
            net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('\u0660', '\u06F9')),
            net.jqwik.api.Tuple.of(
                3, Arbitraries.of('\u0000', '\uFFFD', '\uD800', '\uDC00', '\u0007', '\u0085')),
            net.jqwik.api.Tuple.of(5, Arbitraries.chars().ascii()),
            net.jqwik.api.Tuple.of(2, Arbitraries.chars()));
    return chars.list().ofMaxSize(40).map(NormalizerProperties::join);
  }

  /** Clean Arabic in NFC without marks: letters, single spaces, ASCII punctuation. */
  @Provide
  Arbitrary<String> cleanArabic() {
    // A word of only ط and ظ (what UTF-8's lead bytes D8 and D9 read as in windows-1256) is
    // mojibake by its bytes as much as it is Arabic ("طط،" is "حء" misread): no clean text.
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars(letters())
            .ofMinLength(1)
            .ofMaxLength(9)
            .filter(w -> !w.chars().allMatch(c -> c == '\u0637' || c == '\u0638'));
    return word.list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(w -> String.join(" ", w))
        .flatMap(s -> Arbitraries.of("", ".", "،", ":", "!").map(p -> s + p));
  }

  /** Arabic words with harakat and tatweel inside, as both Lucene and Akhbar fold them. */
  @Provide
  Arbitrary<String> vocalisedArabic() {
    Arbitrary<String> tail =
        Arbitraries.strings()
            .withChars(letters())
            .withChars("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640".toCharArray())
            .ofMaxLength(8);
    Arbitrary<String> word =
        Arbitraries.strings().withChars(letters()).ofLength(1).flatMap(f -> tail.map(t -> f + t));
    return word.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
  }

  private static char[] letters() {
    StringBuilder b = new StringBuilder();
    for (char c = '\u0621'; c <= '\u063A'; c++) {
      b.append(c);
    }
    for (char c = '\u0641'; c <= '\u064A'; c++) {
      b.append(c);
    }
    return b.toString().toCharArray();
  }

  private static String join(java.util.List<Character> chars) {
    StringBuilder b = new StringBuilder(chars.size());
    chars.forEach(b::append);
    return b.toString();
  }

  @Property(tries = 2000)
  void everyProfileIsIdempotent(@ForAll("messy") String text) {
    for (NormalizationProfile p : NormalizationProfile.values()) {
      dev.akhbar.ArabicNormalizer n = dev.akhbar.ArabicNormalizer.of(p);
      String once = n.normalize(text);
      assertEquals(once, n.normalize(once), () -> p + " is not idempotent on " + escape(text));
    }
  }

  /** The fast path (no ICU call when every character is stable) gives what NFKC-then-pass gives. */
  @Property(tries = 3000)
  void skippingIcuChangesNothing(@ForAll("messy") String text) {
    for (NormalizationProfile p :
        new NormalizationProfile[] {NormalizationProfile.DISPLAY, NormalizationProfile.SEARCH}) {
      java.util.EnumSet<NormalizationOperation> rest = java.util.EnumSet.copyOf(p.operations());
      rest.remove(NormalizationOperation.COMPATIBILITY_FORMS);
      // Built once: of() keeps a normaliser per set of operations.
      dev.akhbar.ArabicNormalizer withoutNfkc = dev.akhbar.ArabicNormalizer.of(rest);
      com.ibm.icu.text.Normalizer2 nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance();
      String expected = withoutNfkc.normalize(nfkc.normalize(text));
      for (int round = 0; round < 3 && !nfkc.isNormalized(expected); round++) {
        expected = withoutNfkc.normalize(nfkc.normalize(expected));
      }
      assertEquals(
          expected,
          dev.akhbar.ArabicNormalizer.of(p).normalize(text),
          () -> p + " on " + escape(text));
    }
  }

  /**
   * The same, for every char of the Basic Multilingual Plane alone and between two letters (Arabic,
   * and Latin, which Latin accents compose with): the tables that decide which chars NFKC leaves
   * alone are checked char by char, not by sampling.
   */
  @Example
  void skippingIcuChangesNothingOnAnyChar() {
    com.ibm.icu.text.Normalizer2 nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance();
    for (NormalizationProfile p :
        new NormalizationProfile[] {NormalizationProfile.DISPLAY, NormalizationProfile.SEARCH}) {
      java.util.EnumSet<NormalizationOperation> rest = java.util.EnumSet.copyOf(p.operations());
      rest.remove(NormalizationOperation.COMPATIBILITY_FORMS);
      dev.akhbar.ArabicNormalizer withoutNfkc = dev.akhbar.ArabicNormalizer.of(rest);
      dev.akhbar.ArabicNormalizer whole = dev.akhbar.ArabicNormalizer.of(p);
      for (int c = 0; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        for (String text :
            new String[] {
              String.valueOf((char) c), "\u0628" + (char) c + "\u0628", "e" + (char) c + "e"
            }) {
          String expected = withoutNfkc.normalize(nfkc.normalize(text));
          for (int round = 0; round < 3 && !nfkc.isNormalized(expected); round++) {
            expected = withoutNfkc.normalize(nfkc.normalize(expected));
          }
          assertEquals(expected, whole.normalize(text), () -> p + " on " + escape(text));
        }
      }
    }
  }

  @Property(tries = 1000)
  void searchAgreesWithLuceneOnTheOperationsBothDo(@ForAll("vocalisedArabic") String text) {
    char[] buffer = text.toCharArray();
    int length = new ArabicNormalizer().normalize(buffer, buffer.length);
    assertEquals(
        new String(buffer, 0, length), dev.akhbar.ArabicNormalizer.search().normalize(text));
  }

  @Property(tries = 1000)
  void displayLeavesCleanArabicUnchanged(@ForAll("cleanArabic") String text) {
    assertEquals(text, dev.akhbar.ArabicNormalizer.display().normalize(text));
  }

  @Property(tries = 1000)
  void repairLeavesCleanArabicAndEnglishAlone(
      @ForAll("cleanArabic") String arabic, @ForAll("asciiText") String english) {
    assertEquals(Optional.empty(), MojibakeRepair.repair(arabic));
    assertEquals(Optional.empty(), MojibakeRepair.repair(english));
    assertEquals(Optional.empty(), MojibakeRepair.repair(arabic + " " + english));
  }

  @Provide
  Arbitrary<String> asciiText() {
    return Arbitraries.strings().ascii().ofMaxLength(60);
  }

  @Property(tries = 1000)
  void repairGivesBackTheArabicThatMojibakeWasMadeFrom(@ForAll("cleanArabic") String arabic) {
    Assume.that(arabic.codePoints().filter(c -> c >= 0x0621).count() >= 2);
    String mojibake = new String(arabic.getBytes(StandardCharsets.UTF_8), CP1256);
    assertEquals(Optional.of(arabic), MojibakeRepair.repair(mojibake));
  }

  @Property(tries = 1000)
  void repairGivesBackTheArabicEvenWhenSoftHyphensWereLost(@ForAll("cleanArabic") String arabic) {
    long letters = arabic.codePoints().filter(c -> c >= 0x0621).count();
    long hah = arabic.codePoints().filter(c -> c == 'ح').count();
    Assume.that(letters >= 2 && hah * 2 <= letters - hah);
    String mojibake =
        new String(arabic.getBytes(StandardCharsets.UTF_8), CP1256).replace("\u00AD", "");
    assertEquals(Optional.of(arabic), MojibakeRepair.repair(mojibake));
  }

  @Property(tries = 300)
  void repairIsSafeOnAnyText(@ForAll("messy") String text) {
    Optional<String> repaired = MojibakeRepair.repair(text);
    // A repair collapses multi-byte sequences, so it always shortens the text.
    assertTrue(repaired.isEmpty() || repaired.get().length() < text.length());
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x7F && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return b.toString();
  }
}
