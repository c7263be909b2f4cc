package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in broken/descriptors gives exactly the located errors listed in expected.txt. */
class BrokenDescriptorsTest {

  private static final Path DIR =
      Fixtures.projectDir().resolve("src/test/resources/broken/descriptors");

  static Stream<Path> files() throws IOException {
    return Fixtures.yamlFiles(DIR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void givesTheExpectedLocatedErrors(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<String> expected = Fixtures.expectedErrors(DIR, name);

    List<String> actual = new ArrayList<>();
    for (ParsedDocument doc :
        DescriptorParser.parseFully(
            name, new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      assertThat(doc).isInstanceOf(ParsedDocument.Invalid.class);
      ((ParsedDocument.Invalid) doc).problems().forEach(p -> actual.add(p.format()));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
