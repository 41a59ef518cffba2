/**
 * Reading and writing dumps of every supported shape: {@link dev.akhbar.formats.Dumps} opens a file
 * or stream (compression, encoding and format detected) as a {@link dev.akhbar.formats.DumpReader}
 * of articles; {@link dev.akhbar.formats.ArticleWriter} writes JSON Lines, a JSON array or CSV;
 * {@link dev.akhbar.formats.options.FieldMapping} names the keys of JSON article objects.
 */
package dev.akhbar.formats;
