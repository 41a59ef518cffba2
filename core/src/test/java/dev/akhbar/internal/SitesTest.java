package dev.akhbar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where an article comes from, as its text says: one rule per test. */
class SitesTest {
  private static Article sourced(String source, String site, boolean urlGiven) {
    Article.Builder a = Article.builder(new Origin("in", 1, 1)).title("t");
    Sites.sourceAndAddress(a, source, site, urlGiven);
    return a.build();
  }

  @Test
  void aKnownOutletOpeningATitleEndsAtItsColon() {
    String title = "العربية.نت : بوتين يلتقي أردوغان في سوتشي";
    assertEquals(title.indexOf(':'), Sites.outletEnd(title));
  }

  @Test
  void aPlaceOpeningATitleIsNoOutlet() {
    assertEquals(-1, Sites.outletEnd("نابل : انطلاق مهرجان الربيع"));
  }

  @Test
  void anOutletWithNothingAfterItIsLeftInTheTitle() {
    assertEquals(-1, Sites.outletEnd("رويترز :   "));
  }

  @Test
  void aLinkNamesItsSiteAsTheSource() {
    Article a = sourced("https://www.shorouknews.com/news/view.aspx?cdate=1", null, false);
    assertEquals(Optional.of("shorouknews.com"), a.source());
    assertEquals(Optional.of("https://www.shorouknews.com/news/view.aspx?cdate=1"), a.url());
  }

  @Test
  void aNameAndAnAddressGiveTheSourceAndTheUrl() {
    Article a = sourced("الشروق - shorouknews.com", null, false);
    assertEquals(Optional.of("الشروق"), a.source());
    assertEquals(Optional.of("shorouknews.com"), a.url());
  }

  @Test
  void aRecordsOwnUrlWinsAndTheLinesAddressIsKeptBeside() {
    Article a = sourced("الشروق - shorouknews.com", null, true);
    assertEquals(Optional.empty(), a.url());
    assertEquals("shorouknews.com", a.attributes().get("sourceUrl"));
  }

  @Test
  void aTitlesOutletIsTheSourceOnlyWhereNoSourceLineIs() {
    assertEquals(Optional.of("العربية.نت"), sourced(null, "العربية.نت", false).source());
    Article both = sourced("الأناضول", "العربية.نت", false);
    assertEquals(Optional.of("الأناضول"), both.source());
    assertEquals("العربية.نت", both.attributes().get("site"));
  }

  @Test
  void aHostLongerThanDnsAllowsIsNoAddress() {
    String s = "الشروق - " + "a.".repeat(5_000) + "com";
    Article a = sourced(s, null, false);
    assertEquals(Optional.of(s), a.source());
    assertEquals(Optional.empty(), a.url());
  }

  @Test
  void aFirstLineThatNamesTheRecordsSiteMarksIt() {
    assertTrue(Sites.isSiteMark("الشروق", "الشروق", Map.of()));
    assertTrue(Sites.isSiteMark("الشروق", null, Map.of("sitename", "الشروق")));
    assertFalse(Sites.isSiteMark("الشروق", "الأهرام", Map.of("site", "الأهرام")));
  }
}
