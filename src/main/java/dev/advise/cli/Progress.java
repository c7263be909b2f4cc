package dev.advise.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress count with a rate, redrawn on stderr, for long batches on a terminal. It
 * stays silent for the first second so that short runs print nothing extra.
 */
final class Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private long files;

  /** How long the drawn line is, so that done() can blank it without a terminal escape. */
  private int drawn;

  Progress(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  void advance() {
    files++;
    long now = clock.getAsLong();
    if (now - start >= QUIET_NANOS && now - lastDrawn >= REDRAW_NANOS) {
      double seconds = (now - start) / 1e9;
      String line = String.format("advise: %,d files, %,.0f files/s ", files, files / seconds);
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      err.flush();
      lastDrawn = now;
      drawn = Math.max(drawn, line.length());
    }
  }

  /**
   * Clears the line, so the report or the next prompt starts clean: with spaces and a carriage
   * return, which every terminal understands ({@code TERM=dumb} has no erase sequence).
   */
  void done() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
    }
  }
}
