/**
 * For readers of other formats: what the formats module builds on, and what a reader of a new
 * format needs. A reader fills {@link dev.akhbar.spi.RawRecord}s with raw text and hands them to a
 * {@link dev.akhbar.spi.RecordFinisher}, which applies the parser's rules; it implements {@link
 * dev.akhbar.spi.RecordSource} and is handed to users as a {@link dev.akhbar.spi.SourceReader}.
 * {@link dev.akhbar.spi.LineReader} counts lines as every reader does; {@link
 * dev.akhbar.spi.PageText} parses pieces of page text for parallel readers.
 *
 * <p>Users of the library need none of this: {@link dev.akhbar.NewsDumpParser} and the formats
 * module's {@code Dumps} are the front doors.
 */
package dev.akhbar.spi;
