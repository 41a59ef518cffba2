/**
 * Akhbar formats: readers of news dump formats (page text, JSON and JSON Lines, TREC-like, XML,
 * SGML; compressed or not; any common Arabic encoding) and writers of JSON Lines, JSON and CSV, all
 * producing or consuming {@link dev.akhbar.article.Article} records.
 */
module dev.akhbar.formats {
  requires transitive dev.akhbar.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.ibm.icu;
  requires org.apache.commons.compress;
  // Commons Compress reads .xz and .zst through these and requires them only statically: named
  // here, they are resolved on a consumer's module path too, with no --add-modules.
  requires org.tukaani.xz;
  requires com.github.luben.zstd_jni;
  requires jwarc;
  requires org.jsoup;
  requires java.xml;

  exports dev.akhbar.formats;
  exports dev.akhbar.formats.options;
  exports dev.akhbar.formats.parallel;
}
