/**
 * The entry points: {@link dev.akhbar.NewsDumpParser} reads news dumps into {@link
 * dev.akhbar.article.Article} records, {@link dev.akhbar.NewsDateParser} parses the dates news
 * texts write, {@link dev.akhbar.ArabicNormalizer} normalises Arabic text and {@link
 * dev.akhbar.MojibakeRepair} repairs UTF-8 read as windows-1256. What they return and how they are
 * configured lives in {@code dev.akhbar.article}, {@code dev.akhbar.date} and {@code
 * dev.akhbar.text}, which depend on nothing here, so every package of the core is imported in one
 * direction only.
 */
package dev.akhbar;
