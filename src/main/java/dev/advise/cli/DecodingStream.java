package dev.advise.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A report's UTF-8 bytes decoded onto a writer, for a caller that gives the command a writer and no
 * byte stream under it (a test, a program that runs advise in-process): the formats write bytes
 * only, and this is the one place they become text again. A character split between two writes is
 * held until its last byte comes.
 */
final class DecodingStream extends OutputStream {

  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(1 << 12);

  /** The first bytes of a character whose last bytes have not been written yet. */
  private final byte[] partial = new byte[4];

  private int partialLength;

  DecodingStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ByteBuffer in;
    if (partialLength == 0) {
      in = ByteBuffer.wrap(b, off, len);
    } else {
      in =
          ByteBuffer.allocate(partialLength + len)
              .put(partial, 0, partialLength)
              .put(b, off, len)
              .flip();
      partialLength = 0;
    }
    while (decoder.decode(in, chars, false).isOverflow()) {
      drain();
    }
    drain();
    partialLength = in.remaining();
    in.get(partial, 0, partialLength);
  }

  private void drain() throws IOException {
    chars.flip();
    out.write(chars.array(), 0, chars.limit());
    chars.clear();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
