/**
 * For runners that convert one large input on several threads or cluster tasks (the command line,
 * the Spark module, a job of your own): {@link dev.akhbar.formats.parallel.SplittableInput} cuts an
 * input into pieces that start where records start, {@link dev.akhbar.formats.parallel.PieceReader}
 * reads them on threads of one process, {@link dev.akhbar.formats.parallel.FragmentWriter} writes
 * each piece's output as a fragment, and {@link dev.akhbar.formats.parallel.LineNumbers} shifts a
 * fragment's line numbers as it is joined. The pieces convert into exactly the articles of the
 * input read whole.
 *
 * <p>Reading and writing files needs none of this: {@link dev.akhbar.formats.Dumps} and {@link
 * dev.akhbar.formats.ArticleWriter} are the front doors.
 */
package dev.akhbar.formats.parallel;
