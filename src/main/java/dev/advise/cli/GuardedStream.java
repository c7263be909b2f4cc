package dev.advise.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The byte stream a report finally goes to, turning the first failed write into {@link WriteFailed}
 * (naming the target) and dropping everything after it: the run is being stopped, and a later flush
 * on the way out must neither fail again nor print a second message.
 */
final class GuardedStream extends OutputStream {

  private final OutputStream out;
  private final String target;
  private volatile boolean failed;

  GuardedStream(OutputStream out, String target) {
    this.out = out;
    this.target = target;
  }

  @Override
  public void write(int b) {
    if (!failed) {
      try {
        out.write(b);
      } catch (IOException e) {
        throw fail(e);
      }
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (!failed) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw fail(e);
      }
    }
  }

  @Override
  public void flush() {
    if (!failed) {
      try {
        out.flush();
      } catch (IOException e) {
        throw fail(e);
      }
    }
  }

  @Override
  public void close() {
    if (!failed) {
      try {
        out.close();
      } catch (IOException e) {
        throw fail(e);
      }
    } else {
      try {
        out.close();
      } catch (IOException ignored) {
        // already reported
      }
    }
  }

  private WriteFailed fail(IOException e) {
    failed = true;
    return WriteFailed.of(target, e);
  }
}
