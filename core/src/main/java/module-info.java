/**
 * Akhbar core: turns raw Arabic news dumps into {@link dev.akhbar.Article} records.
 *
 * <p>Exports the parser API ({@code dev.akhbar}), the date grammar ({@code dev.akhbar.date}),
 * Arabic normalisation ({@code dev.akhbar.text}) and, for readers of other formats, the records,
 * finisher and line reading they build on ({@code dev.akhbar.spi}). Everything under {@code
 * dev.akhbar.internal} is an implementation detail and may change in any release.
 */
module dev.akhbar.core {
  requires com.ibm.icu;

  exports dev.akhbar;
  exports dev.akhbar.date;
  exports dev.akhbar.text;
  exports dev.akhbar.spi;
}
