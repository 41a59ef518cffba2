/**
 * The rules of Arabic text normalisation that {@link dev.akhbar.ArabicNormalizer} applies: one
 * {@link dev.akhbar.text.NormalizationOperation} per rule, and the {@link
 * dev.akhbar.text.NormalizationProfile}s that name common sets of them.
 */
package dev.akhbar.text;
