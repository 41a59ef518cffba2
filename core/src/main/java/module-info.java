/**
 * Akhbar core: turns raw Arabic news dumps into {@link dev.akhbar.Article} records.
 *
 * <p>Exports the parser API ({@code dev.akhbar}), the date grammar ({@code dev.akhbar.date}) and
 * Arabic normalisation ({@code dev.akhbar.text}). Everything under {@code dev.akhbar.internal} is
 * an implementation detail and may change in any release.
 */
module dev.akhbar.core {
  requires com.ibm.icu;

  exports dev.akhbar;
  exports dev.akhbar.date;
  exports dev.akhbar.text;
  // Only to the formats module of this project: its readers share the line reader and composer.
  exports dev.akhbar.internal to dev.akhbar.formats;
}
