package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bylines as news corpora write them in author fields and above the text: one rule per row. */
class BylinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // place and agency, with a trailing colon
        "جدة - واس:|جدة|-|واس",
        // a tatweel run between spaces is a dash
        "زيوريخ ـــ رويترز:|زيوريخ|-|رويترز",
        // place and reporter; a hyphen spaced on one side only still cuts
        "اليمن- إسلام سيف|اليمن|إسلام سيف|-",
        // outlets, joined with dots or not
        "دبي - العربية.نت|دبي|-|العربية.نت",
        "أبوظبي - سكاي نيوز عربية|أبوظبي|-|سكاي نيوز عربية",
        // a region in brackets belongs to the place; an en dash cuts
        "مايدوجوري (نيجيريا) – رويترز|مايدوجوري (نيجيريا)|-|رويترز",
        // place, outlet and reporter
        "بغداد - الجزيرة - نصير النقيب:|بغداد|نصير النقيب|الجزيرة",
        // outlet first, then a one-word place
        "الجزيرة  - الرياض:|الرياض|-|الجزيرة",
        // outlet first, then a reporter
        "الجزيرة - محمد الغشام:|-|محمد الغشام|الجزيرة",
        // a newsroom desk joins the credit
        "الجزيرة - المحليات:|-|-|الجزيرة - المحليات",
        // two outlets
        "العربية.نت - وكالات|-|-|العربية.نت - وكالات",
        // two reporters after the place
        "القدس - رندة أحمد - بلال أبو دقة:|القدس|رندة أحمد - بلال أبو دقة|-",
        // a reporter with a trailing agency after a comma
        "ميونخ - نور الدين الفريضي، وكالات|ميونخ|نور الدين الفريضي|وكالات",
        // reporter from a place
        "حمود الرميحي من الرس|الرس|حمود الرميحي|-",
        // the paper itself, in quotes, from a place
        "«الاقتصادية» من الرياض|الرياض|-|الاقتصادية",
        // a person alone, title and all
        "د. حمزة السالم|-|د. حمزة السالم|-",
        // an outlet alone
        "فرانس 24|-|-|فرانس 24",
        // a one-word name after a place is a reporter
        "بروكسل ـ خالدالمنصوري|بروكسل|خالدالمنصوري|-",
        // a signing word before the name is no place
        "بقلم: سامي الخطيب|-|سامي الخطيب|-",
        // two places, a colon, the paper in quotes
        "فرانكفورت - واشنطن: «الشرق الأوسط»|فرانكفورت - واشنطن|-|الشرق الأوسط",
        // a site's address
        "AHDATH.INFO|-|-|AHDATH.INFO",
        // a place with its agency in brackets, or after it, in one part (ahdath.info bylines)
        "AHDATH.INFO- الرباط (و.م.ع)|الرباط|-|AHDATH.INFO - و.م.ع",
        "AHDATH.INFO - طنجة و.م.ع|طنجة|-|AHDATH.INFO - و.م.ع",
        // a signing word cut off by its colon names the next part, wherever it stands
        "- بقلم: عبد الرحمان المنسي - AHDATH.INFO|-|عبد الرحمان المنسي|AHDATH.INFO",
        "AHDATH.INFO- جنيف - بقلم: عبد الرحمان المنسي|جنيف|عبد الرحمان المنسي|AHDATH.INFO",
        // who took the pictures is neither author nor credit (see photoCredits)
        "AHDATH.INFO – البيضاء– تصوير: وراق|البيضاء|-|AHDATH.INFO",
        "AHDATH.INFO - عدسة سمير بناني|-|-|AHDATH.INFO",
      })
  void readsPlacePersonAndCredit(String text, String place, String person, String credit) {
    Bylines.Byline b = Bylines.read(text);
    assertEquals(place, b.place(), "place");
    assertEquals(person, b.person(), "person");
    assertEquals(credit, b.credit(), "credit");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AHDATH.INFO – البيضاء– تصوير: وراق|تصوير: وراق",
        "AHDATH.INFO - عدسة سمير بناني|عدسة سمير بناني",
        "الرباط - بعدسة محمد علي - رويترز|بعدسة محمد علي",
      })
  void photoCredits(String text, String photo) {
    Bylines.Byline b = Bylines.read(text);
    assertEquals(photo, b.photo());
    assertNull(b.person());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a sentence, even one that names an agency
        "قالت رويترز إن الاجتماع انتهى.",
        // a short line that credits nobody
        "محمد الغشام",
        // a question
        "هل تنجح المفاوضات؟",
      })
  void aLineThatCreditsNoOutletIsNoByline(String text) {
    assertNull(Bylines.line(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"AHDATH.INFO|AHDATH.INFO", "Ahdath.info - متابعة|Ahdath.info - متابعة"})
  void aSiteLineAboveTheTextIsAByline(String text, String credit) {
    assertEquals(credit, Bylines.line(text).credit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // a city and its country after a comma, the broadcaster in brackets, two hyphens
        "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت السلطات اليوم عن خطة جديدة.|دبي، الإمارات العربية المتحدة|CNN",
        // the broadcaster alone, an em dash
        "(CNN)— أعلنت السلطات اليوم عن خطة جديدة.|-|CNN",
        // as before: a place and a spaced dash
        "موسكو – صرح المتحدث باسم الكرملين اليوم.|موسكو|-",
      })
  void datelinesWithACountryOrOnlyAnAgency(String paragraph, String place, String agency) {
    Datelines.Dateline d = Datelines.find(paragraph);
    assertEquals(place, d.place());
    assertEquals(agency, d.agency());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأكد المسؤول أن الحوار سيستمر. (أ ف ب)|(أ ف ب)",
        "وتابع الوزير كلمته أمام البرلمان. «أ. ب»|«أ. ب»",
      })
  void aCreditClosingTheLastParagraph(String paragraph, String bracketed) {
    assertEquals(paragraph.length() - bracketed.length(), Agencies.closingCredit(paragraph));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a name in brackets that is no agency
        "واستضاف البرنامج الفنان (محمد منير)",
        // an agency in brackets glued to a word
        "وقالت الوكالة(رويترز)",
        // a channel named inside the sentence, before it ends
        "بحسب ما قال مصدر أمني لـ «العربية»",
      })
  void noClosingCreditWhereTheBracketsHoldNone(String paragraph) {
    assertEquals(-1, Agencies.closingCredit(paragraph));
  }
}
