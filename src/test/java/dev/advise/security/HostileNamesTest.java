package dev.advise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.cli.Environment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * Names and values that try to lie to whoever reads the output (issue 12, items 8, 9, 10 and 13):
 * invisible and bidirectional characters, controls, characters XML 1.0 forbids, names that read as
 * URI schemes or as user mentions. Each reaches every output escaped, and every output still
 * parses.
 */
class HostileNamesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID = "examples/payments-api.yaml";

  /** What must never come out raw: C1, DEL, bidi, zero-width, BOM, separators, a tag character. */
  private static final String INVISIBLE =
      "\u0085\u007f\u202e\u200b\u200d\ufeff\u2028\u2029\u2066\u00ad\udb40\udc41";

  /** Characters XML 1.0 cannot carry, even as references. */
  private static final String NOT_XML = "\ufffe\uffff\u0001\u001b";

  @TempDir Path dir;

  private Path named(String name) throws IOException {
    try {
      return Files.copy(
          Fixtures.projectDir().resolve("src/test/resources/hostile/negative-instances.yaml"),
          dir.resolve(name));
    } catch (InvalidPathException e) {
      assumeTrue(false, "this JVM cannot name such a file: " + e.getMessage());
      return null;
    }
  }

  private static void noneRaw(String output, String characters) {
    characters
        .codePoints()
        .forEach(cp -> assertThat(output).as("U+%04X", cp).doesNotContain(Character.toString(cp)));
  }

  @Test
  void invisibleCharactersAreEscapedOnStderrInEveryMessage() throws IOException {
    Path f =
        Fixtures.write(
            dir,
            "typo.yaml",
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: typo}\nspec:\n  ty\u200bpe: service\n");
    Cli.Result r = Cli.run(f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("spec.ty\\u200Bpe: unknown field");
    noneRaw(r.err(), "\u200b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--format=\u001b[2J\u001b]0;pwned\u0007\u202e",
        "--max-depth=\u001b]0;x\u0007",
        "--nope\u200b\u001b[2J"
      })
  void usageErrorsThatEchoAnOptionValueEscapeIt(String option) {
    Cli.Result r = Cli.run(option, VALID);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("\\u001B").contains("advise --help");
    noneRaw(r.err(), "\u001b\u0007\u202e\u200b");
  }

  @Test
  void aFailedWriteAndAnInternalErrorEscapeWhatTheyQuote() {
    Cli.Result write = Cli.run("-o", dir.resolve("no\u001b[2Jdir\u202e/x.txt").toString(), VALID);
    assertThat(write.code()).isEqualTo(5);
    assertThat(write.err()).contains("no\\u001B[2Jdir\\u202E");
    noneRaw(write.err(), "\u001b\u202e");
    var failing =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("boom\u001b]0;pwned\u0007\u2028");
          }
        };
    Cli.Result internal = Cli.run(new Environment(failing, Map.of(), false), "-");
    assertThat(internal.code()).isEqualTo(4);
    assertThat(internal.err()).contains("boom\\u001B]0;pwned\\u0007\\u2028");
    noneRaw(internal.err(), "\u001b\u0007\u2028");
  }

  @Test
  void jsonAndNdjsonEscapeInvisibleCharactersAsUnicodeEscapes() throws IOException {
    Path f = named("x" + INVISIBLE + ".yaml");
    for (String format : List.of("json", "ndjson")) {
      Cli.Result r = Cli.run("--format", format, f.toString(), VALID);
      assertThat(r.code()).isEqualTo(3);
      noneRaw(r.out(), INVISIBLE);
      assertThat(r.out())
          .contains(
              "\\u202E", "\\u200B", "\\uFEFF", "\\u2028", "\\u0085", "\\u007F", "\\uDB40\\uDC41");
      String last = r.out().lines().reduce((a, b) -> b).orElseThrow();
      JsonNode errors =
          format.equals("json")
              ? JSON.readTree(r.out()).get("errors")
              : JSON.readTree(last).get("errors");
      assertThat(errors.get(0).get("source").asText()).isEqualTo(f.toString());
    }
  }

  @Test
  void everyXmlOutputParsesWhateverTheNames() throws Exception {
    Path f = named("x" + NOT_XML + INVISIBLE + ".yaml");
    Cli.Result r = Cli.run("--format", "junit", f.toString(), VALID);
    assertThat(r.code()).isEqualTo(3);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    String suite =
        xml.getElementsByTagName("testsuite")
            .item(0)
            .getAttributes()
            .getNamedItem("name")
            .getNodeValue();
    assertThat(suite)
        .endsWith(
            "x\\uFFFE\\uFFFF\\u0001\\u001B\\u0085\\u007F\\u202E\\u200B\\u200D\\uFEFF\\u2028\\u2029\\u2066\\u00AD\\U000E0041.yaml");
  }

  @Test
  void sarifLocationsAreRelativeReferencesThatNoReaderTakesForASchemeOrAnotherFile()
      throws IOException {
    Cli.Result r =
        Cli.run(
            "--format",
            "sarif",
            "javascript:alert(1).yaml",
            "services\\payments.yaml",
            "//host/x.yaml",
            "a b%.yaml");
    assertThat(r.code()).isEqualTo(3);
    List<String> uris = JSON.readTree(r.out()).at("/runs/0/results").findValuesAsText("uri");
    assertThat(uris)
        .containsExactly(
            "./javascript:alert(1).yaml",
            "services%5Cpayments.yaml",
            "/host/x.yaml",
            "a%20b%25.yaml");
    URI base = URI.create("file:///repo/");
    for (String uri : uris) {
      URI u = URI.create(uri);
      assertThat(u.getScheme()).as(uri).isNull();
      assertThat(u.getAuthority()).as(uri).isNull();
    }
    assertThat(base.resolve(uris.get(0)).getPath()).isEqualTo("/repo/javascript:alert(1).yaml");
    assertThat(base.resolve(uris.get(1)).getPath()).isEqualTo("/repo/services\\payments.yaml");
  }

  @Test
  void markdownMentionsNobody() throws IOException {
    Path f = named("@octocat.yaml");
    Cli.Result r = Cli.run("--format", "markdown", f.toString(), VALID);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("@<!-- -->octocat.yaml").doesNotContain("@octocat");
  }
}
