package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A report's bytes decoded onto the caller's writer: characters split between writes survive. */
class DecodingStreamTest {

  private static final String TEXT = "a\u00e9\u20ac\ud83d\ude00 \u4e2d\n".repeat(700);

  @Test
  void everySplitOfTheBytesGivesTheSameText() throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    for (int piece : new int[] {1, 2, 3, 5, 4096, bytes.length}) {
      StringWriter text = new StringWriter();
      DecodingStream stream = new DecodingStream(text);
      for (int i = 0; i < bytes.length; i += piece) {
        stream.write(bytes, i, Math.min(piece, bytes.length - i));
      }
      stream.flush();
      assertThat(text.toString()).as("pieces of %d bytes", piece).isEqualTo(TEXT);
    }
  }

  @Test
  void aByteThatStartsNoCharacterBecomesTheReplacementCharacter() throws IOException {
    StringWriter text = new StringWriter();
    DecodingStream stream = new DecodingStream(text);
    stream.write(new byte[] {'a', (byte) 0xFF, 'b'}, 0, 3);
    stream.write('c');
    stream.flush();
    assertThat(text.toString()).isEqualTo("a\ufffdbc");
  }
}
