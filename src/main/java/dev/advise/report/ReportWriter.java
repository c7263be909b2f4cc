package dev.advise.report;

import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;

/**
 * One output format, fed a batch as it streams: each file's outcome in input order, then the
 * totals. A writer holds no more than it must (at most one file's outcome), so memory does not
 * grow with the batch.
 */
public interface ReportWriter {

  void file(FileOutcome outcome);

  void finish(Tally tally);
}
