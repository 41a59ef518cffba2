/**
 * What picks and shapes a format: the {@link dev.akhbar.formats.options.InputFormat}s {@code Dumps}
 * reads, the {@link dev.akhbar.formats.options.OutputFormat}s {@code ArticleWriter} writes and the
 * {@link dev.akhbar.formats.options.FieldMapping} from JSON keys to article fields. These depend on
 * nothing else in the module, so its packages are imported in one direction only.
 */
package dev.akhbar.formats.options;
