/**
 * The parser and what it returns: {@link dev.akhbar.NewsDumpParser} reads news dumps in the
 * aggregator page shape into {@link dev.akhbar.Article} records, streamed through an {@link
 * dev.akhbar.ArticleReader}; each article knows its {@link dev.akhbar.Origin} and carries its
 * {@link dev.akhbar.ParseWarning}s. {@link dev.akhbar.ParseLimits} bound what one input may cost,
 * and {@link dev.akhbar.ParserFeature}s switch rules off.
 */
package dev.akhbar;
