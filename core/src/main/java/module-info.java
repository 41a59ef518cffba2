/**
 * Akhbar core: turns raw Arabic news dumps into {@link dev.akhbar.article.Article} records.
 *
 * <p>Exports the entry points ({@code dev.akhbar}: the dump parser, the date parser, the normaliser
 * and the mojibake repair), what they return and are configured with ({@code dev.akhbar.article},
 * {@code dev.akhbar.date}, {@code dev.akhbar.text}) and, for readers of other formats, the records,
 * finisher and line reading they build on ({@code dev.akhbar.spi}). Everything under {@code
 * dev.akhbar.internal} is an implementation detail and may change in any release.
 */
module dev.akhbar.core {
  requires com.ibm.icu;

  exports dev.akhbar;
  exports dev.akhbar.article;
  exports dev.akhbar.date;
  exports dev.akhbar.text;
  exports dev.akhbar.spi;
}
