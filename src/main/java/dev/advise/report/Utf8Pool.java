package dev.advise.report;

import java.util.ArrayDeque;

/**
 * Buffers that carry a file's encoded results from the worker that encoded them to the thread that
 * writes them out in input order, then go back for another file. A 10,000-file batch encodes some
 * 130 MB of JSON; copying each file's bytes out of a scratch buffer into an array of their own
 * allocated as much again, a fifth of everything the run allocated (D121).
 *
 * <p>A buffer not given back (a run that stops early) is simply collected. The pool keeps a bounded
 * number of buffers of bounded size (at most 64 KiB each, 16 per core), so a file with a huge
 * result does not pin its memory.
 */
final class Utf8Pool {

  /**
   * More than the files a batch keeps in flight: 12 per worker thread (chunks x files per chunk),
   * one worker per core.
   */
  private static final int KEEP_BUFFERS =
      Math.max(64, 16 * Runtime.getRuntime().availableProcessors());

  /** Twice a typical file's results (17 KB as JSON); a larger buffer is left to the collector. */
  private static final int KEEP_CAPACITY = 1 << 16;

  private static final int FIRST_CAPACITY = 1 << 14;

  private final ArrayDeque<Utf8> free = new ArrayDeque<>();

  /** An empty buffer: one given back earlier, or a new one. */
  Utf8 take() {
    Utf8 buffer;
    synchronized (free) {
      buffer = free.pollFirst();
    }
    if (buffer == null) {
      return new Utf8(FIRST_CAPACITY);
    }
    buffer.clear();
    return buffer;
  }

  /** Gives {@code buffer} back once its bytes are written; it must not be used after. */
  void give(Utf8 buffer) {
    if (buffer.capacity() > KEEP_CAPACITY) {
      return;
    }
    synchronized (free) {
      if (free.size() < KEEP_BUFFERS) {
        free.addFirst(buffer);
      }
    }
  }
}
