/**
 * Arabic text normalisation: {@link dev.akhbar.text.ArabicNormalizer} by a {@link
 * dev.akhbar.text.NormalizationProfile} or a set of {@link
 * dev.akhbar.text.NormalizationOperation}s, and {@link dev.akhbar.text.MojibakeRepair} for UTF-8
 * text that was read as windows-1256.
 */
package dev.akhbar.text;
