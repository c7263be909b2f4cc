package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files: the size limit to the byte, strict UTF-8, and failures in words. */
class InputTextTest {

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefusedWithItsSize() throws Exception {
    Path exact = file("exact.yaml", "a".repeat(100).getBytes(StandardCharsets.US_ASCII));
    Path over = file("over.yaml", "a".repeat(101).getBytes(StandardCharsets.US_ASCII));
    for (boolean walked : new boolean[] {false, true}) {
      assertThat(walked ? InputText.readRegular(exact, 100) : InputText.read(exact, 100))
          .hasSize(100);
      assertThatThrownBy(
              () -> {
                if (walked) {
                  InputText.readRegular(over, 100);
                } else {
                  InputText.read(over, 100);
                }
              })
          .isInstanceOf(InputText.Unreadable.class)
          .hasMessageContaining("is 101 bytes, more than the 100");
    }
  }

  @Test
  void largeAndEmptyFilesAndNonAsciiTextComeBackWhole() throws Exception {
    String big = "kind: Workload # ü\n".repeat(5000);
    assertThat(
            InputText.readRegular(file("big.yaml", big.getBytes(StandardCharsets.UTF_8)), 1 << 22))
        .isEqualTo(big);
    assertThat(InputText.readRegular(file("empty.yaml", new byte[0]), 10)).isEmpty();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertThat(InputText.readRegular(file("bom.yaml", bom), 10)).isEqualTo("a");
  }

  @Test
  void aMissingFileIsSaidInWords() {
    assertThatThrownBy(() -> InputText.readRegular(dir.resolve("gone.yaml"), 10))
        .hasMessage("cannot read: no such file or folder");
    assertThatThrownBy(() -> InputText.read(dir.resolve("gone.yaml"), 10))
        .hasMessage("cannot read: no such file or folder");
  }

  @Test
  void invalidUtf8IsLocated() throws Exception {
    Path bad = file("bad.yaml", new byte[] {'a', '\n', 'b', (byte) 0xC3, '(', '\n'});
    assertThatThrownBy(() -> InputText.readRegular(bad, 100))
        .isInstanceOf(InputText.Unreadable.class)
        .hasMessageContaining("not valid UTF-8 (byte 0xC3 at offset 3)");
  }
}
