/**
 * What the dump parser returns and is configured with: {@link dev.akhbar.article.Article} records,
 * streamed through an {@link dev.akhbar.article.ArticleReader}; each article knows its {@link
 * dev.akhbar.article.Origin} and carries its {@link dev.akhbar.article.ParseWarning}s. {@link
 * dev.akhbar.article.ParseLimits} bound what one input may cost, and {@link
 * dev.akhbar.article.ParserFeature}s switch rules off.
 */
package dev.akhbar.article;
