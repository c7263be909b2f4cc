package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SARIF output is valid against the official SARIF 2.1.0 schema (from ../shared/schemas, when it is
 * beside the checkout) over the examples, failed checks, broken files and odd file names; and it
 * keeps the promises code scanning relies on: help on every rule, fingerprints that do not move
 * with lines, locations relative to the root, a start line on every region.
 */
class SarifSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ODD = Path.of("target/sarif-odd-names");
  private static final String FAILING_ROOT = "src/test/resources/sarif";
  private static final String FAILING = FAILING_ROOT + "/excluded-placement.yaml";

  /** The rule that excludes the failing placement. */
  private static final String EXCLUDING_RULE = "isolation.physical-mandate";

  @BeforeAll
  static void oddNames() throws IOException {
    Files.createDirectories(ODD);
    String failing = Files.readString(Path.of(FAILING), StandardCharsets.UTF_8);
    for (String name :
        List.of("a b.yaml", "x:y.yaml", "back\\slash.yaml", "#hash?%41.yaml", "ünï.yaml")) {
      Files.writeString(
          ODD.resolve(name),
          failing.replace("name: excluded-placement", "name: 'odd " + name.length() + "'"),
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        ODD.resolve("c:d broken.yaml"),
        "apiVersion: advise/v1\nkind: Workload\n",
        StandardCharsets.UTF_8);
  }

  private static JsonNode sarif(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--format", "sarif"));
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isIn(0, 1, 3);
    return JSON.readTree(r.out());
  }

  private static void assertValid(JsonNode sarif) throws IOException {
    Path file =
        Fixtures.projectDir().resolve("../shared/schemas/sarif-schema-2.1.0.json").normalize();
    assumeTrue(Files.isRegularFile(file), "shared/schemas is not beside this checkout");
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(JSON.readTree(Files.readString(file)), config);
    assertThat(schema.validate(sarif)).isEmpty();
  }

  private static List<JsonNode> results(JsonNode sarif) {
    List<JsonNode> out = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(out::add);
    return out;
  }

  @Test
  void examplesFailedChecksBrokenFilesAndOddNamesAreValidSarif() throws IOException {
    JsonNode out =
        sarif(
            "--check",
            "examples",
            FAILING,
            "src/test/resources/broken/descriptors",
            ODD.toString(),
            "no-such-file.yaml",
            "--max-file-size",
            "100000");
    assertThat(results(out))
        .extracting(r -> r.get("ruleId").asText())
        .contains(SarifRules.INVALID, SarifRules.CHECK, EXCLUDING_RULE);
    assertValid(out);
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
    JsonNode out = sarif("--check", FAILING);
    ((ObjectNode) out.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    Path file =
        Fixtures.projectDir().resolve("../shared/schemas/sarif-schema-2.1.0.json").normalize();
    assumeTrue(Files.isRegularFile(file), "shared/schemas is not beside this checkout");
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(JSON.readTree(Files.readString(file)));
    assertThat(schema.validate(out)).isNotEmpty();
  }

  @Test
  void everyRuleHasHelpAndEveryResultARuleAStartLineAndAFingerprint() throws IOException {
    JsonNode out =
        sarif(
            "--check",
            "examples",
            "src/test/resources/broken/descriptors",
            "--max-file-size",
            "200");
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : out.at("/runs/0/tool/driver/rules")) {
      assertThat(rule.at("/help/text").asText()).as(rule.get("id").asText()).isNotBlank();
      assertThat(rule.has("helpUri")).as("no helpUri without a docs address").isFalse();
      ids.add(rule.get("id").asText());
    }
    assertThat(results(out))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(ids).contains(r.get("ruleId").asText());
              assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
                  .isGreaterThanOrEqualTo(1);
              assertThat(
                      r.at("/partialFingerprints/" + SarifWriter.FINGERPRINT.replace("/", "~1"))
                          .asText())
                  .isNotBlank();
            });
    // files refused for their size have no position, and still start on line 1
    assertThat(results(out))
        .anySatisfy(r -> assertThat(r.at("/message/text").asText()).contains("bytes"));
  }

  @Test
  void helpUriPointsAtTheRulesSectionOfTheReference() throws IOException {
    JsonNode out =
        sarif("--check", FAILING, "--sarif-docs-url", "https://example.org/advise/blob/main/docs/");
    String reference = Files.readString(Fixtures.projectDir().resolve("docs/rules-reference.md"));
    for (JsonNode rule : out.at("/runs/0/tool/driver/rules")) {
      String uri = rule.get("helpUri").asText();
      assertThat(uri).startsWith("https://example.org/advise/blob/main/docs/");
      if (uri.contains("#")) {
        String id = rule.get("id").asText();
        assertThat(uri).endsWith("/rules-reference.md#" + id.replace(".", ""));
        assertThat(reference).contains("### `" + id + "`");
      }
    }
    assertValid(out);
  }

  @Test
  void fingerprintsNameRuleWorkloadAndFileNotTheLine() throws IOException {
    Path dir = Path.of("target/sarif-fingerprint");
    Files.createDirectories(dir);
    String text = Files.readString(Path.of(FAILING), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("w.yaml"), text, StandardCharsets.UTF_8);
    JsonNode before = results(sarif("--check", dir.toString())).get(0);
    Files.writeString(
        dir.resolve("w.yaml"),
        "# a comment\n\n# moves every line\n" + text,
        StandardCharsets.UTF_8);
    JsonNode after = results(sarif("--check", dir.toString())).get(0);
    assertThat(after.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(before.at("/locations/0/physicalLocation/region/startLine").asInt() + 3);
    assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
    assertThat(after.get("partialFingerprints").toString())
        .contains(EXCLUDING_RULE, "excluded-placement", "target/sarif-fingerprint/w.yaml");
  }

  @Test
  void locationsAreRelativeToTheWorkingDirectoryOrTheSarifRoot() throws IOException {
    String absolute = Path.of(FAILING).toAbsolutePath().toString();
    Map<String, String> uris = new TreeMap<>();
    for (String given :
        List.of(
            FAILING,
            "./" + FAILING,
            absolute,
            FAILING_ROOT + "/../sarif/excluded-placement.yaml")) {
      uris.put(given, uri(sarif("--check", given)));
    }
    assertThat(uris.values()).containsOnly(FAILING);
    assertThat(uri(sarif("--check", "--sarif-root", FAILING_ROOT, FAILING)))
        .isEqualTo("excluded-placement.yaml");
    assertThat(
            uri(
                sarif(
                    "--check",
                    "--sarif-root",
                    Path.of(FAILING_ROOT).toAbsolutePath().toString(),
                    "./" + FAILING)))
        .isEqualTo("excluded-placement.yaml");
  }

  @Test
  void standardInputTakesTheNameGiven() throws IOException {
    String text = Files.readString(Path.of(FAILING), StandardCharsets.UTF_8);
    Cli.Result r =
        Cli.run(
            Cli.pipe(text),
            "--format",
            "sarif",
            "--check",
            "--stdin-filename",
            "deploy/runners.yaml",
            "-");
    assertThat(r.code()).isEqualTo(1);
    assertThat(uri(JSON.readTree(r.out()))).isEqualTo("deploy/runners.yaml");
    Cli.Result broken = Cli.run(Cli.pipe("kind: [\n"), "--stdin-filename", "deploy/x.yaml", "-");
    assertThat(broken.err()).startsWith("deploy/x.yaml:");
  }

  private static String uri(JsonNode sarif) {
    return sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
  }
}
