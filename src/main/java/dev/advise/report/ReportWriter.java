package dev.advise.report;

import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;

/**
 * One output format, fed a batch as it streams: each file's outcome in input order, then the
 * totals, writing UTF-8 bytes to the {@link Sink} it was made with. A writer holds no more than it
 * must (at most one file's outcome), so memory does not grow with the batch.
 *
 * <p>Output can be most of a batch's work, so a format may split it: {@link #prepare} does the part
 * that needs only the one file (encoding its results, say) on the worker threads, and {@link #file}
 * writes it out in input order.
 *
 * @param <P> what {@link #prepare} hands on to {@link #file}
 */
public interface ReportWriter<P> {

  /**
   * Called on any worker thread, in any order, before {@link #file} sees the same outcome; so it
   * must be thread-safe and must not write.
   */
  P prepare(FileOutcome outcome);

  /** Called in input order with what {@link #prepare} made of this outcome. */
  void file(FileOutcome outcome, P prepared);

  void finish(Tally tally);

  /** A format that does all its work in input order. */
  interface InOrder extends ReportWriter<Void> {

    void file(FileOutcome outcome);

    @Override
    default Void prepare(FileOutcome outcome) {
      return null;
    }

    @Override
    default void file(FileOutcome outcome, Void prepared) {
      file(outcome);
    }
  }
}
