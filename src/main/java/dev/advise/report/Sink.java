package dev.advise.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where every format writes: UTF-8 bytes onto one byte stream. A JSON format hands over bytes it
 * encoded on a worker thread, a text format hands over text, which is encoded here; both go to the
 * same stream in the order they are written, since the sink keeps no buffer of its own (the stream
 * under it has one). A failed write throws unchecked, so a format reads as a plain sequence of
 * writes; the stream's own unchecked failure (the command's {@code WriteFailed}) passes through
 * unchanged.
 */
public final class Sink {

  private final OutputStream stream;

  private Sink(OutputStream stream) {
    this.stream = stream;
  }

  public static Sink of(OutputStream stream) {
    return new Sink(stream);
  }

  Sink write(byte[] bytes) {
    return write(bytes, 0, bytes.length);
  }

  Sink write(byte[] bytes, int offset, int length) {
    try {
      stream.write(bytes, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Text, encoded as UTF-8 (a lone surrogate, which no input holds, becomes {@code ?}). */
  Sink print(String text) {
    return write(text.getBytes(StandardCharsets.UTF_8));
  }

  Sink line(String text) {
    return print(text).print("\n");
  }

  /**
   * The stream itself, for an encoder that writes only to a stream (the JDK's XML writer). Nothing
   * is held in between, so its writes and the sink's stay in order.
   */
  OutputStream stream() {
    return stream;
  }

  void flush() {
    try {
      stream.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
