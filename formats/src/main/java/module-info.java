/**
 * Akhbar formats: writers of JSON Lines and JSON, and readers of news dump formats, all producing
 * or consuming {@link dev.akhbar.Article} records.
 */
module dev.akhbar.formats {
  requires transitive dev.akhbar.core;
  requires com.fasterxml.jackson.core;

  exports dev.akhbar.formats;
}
