package dev.advise.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress count with a rate, redrawn on stderr, for long batches on a terminal.
 * It stays silent for the first second so that short runs print nothing extra.
 */
final class Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private long files;
  private boolean shown;

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
      err.print(String.format("\radvise: %,d files, %,.0f files/s ", files, files / seconds));
      err.flush();
      lastDrawn = now;
      shown = true;
    }
  }

  /** Clears the line, so the report or the next prompt starts clean. */
  void done() {
    if (shown) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }
}
