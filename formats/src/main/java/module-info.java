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
  // Optional: .xz, .zst, WARC files and HTML need them; a modular consumer that reads such files
  // resolves them (requires them itself, or --add-modules), and without them such a file fails
  // with an error naming the artifact.
  requires static org.tukaani.xz;
  requires static com.github.luben.zstd_jni;
  requires static jwarc;
  requires static org.jsoup;
  requires java.xml;

  exports dev.akhbar.formats;
  exports dev.akhbar.formats.options;
  exports dev.akhbar.formats.parallel;
}
