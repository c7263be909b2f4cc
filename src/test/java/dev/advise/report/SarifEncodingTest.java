package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.advise.Fixtures;
import dev.advise.batch.Batch;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.InputWalker;
import dev.advise.batch.Tally;
import dev.advise.batch.WalkOptions;
import dev.advise.descriptor.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SARIF written by advise's own encoder ({@link SarifWriter} on {@link JsonText}) is what the
 * Jackson writer it replaced wrote ({@link JacksonSarif}) for the same batch: the same JSON tree,
 * and the same bytes. Over the examples, the broken descriptors, the hostile corpus, odd file
 * names, hostile workload names and reasons, excepted checks, a missing file and files refused for
 * their size; checked and not; with and without a documentation address. That batch's SARIF is
 * valid against the official schema too, when ../shared is beside the checkout.
 */
class SarifEncodingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ODD = Path.of("target/sarif-encoding");

  /** The characters that must not reach a reader raw, as JsonEncodingTest has them. */
  private static final String HOSTILE =
      "a\\\"b\\\\c/d\\0\\x01\\b\\t\\n\\f\\r\\e\\x1f \\x7f\\x85\\xad\\xe9\\u202e\\u2028"
          + "\\u2029\\u200b\\u200d\\u2066\\ufeff\\ufffe\\uffff\\U0001F600\\U000E0041";

  /** The odd files' names as code scanning would see them with their folder as the root. */
  private static final UnaryOperator<String> RELATIVE =
      source ->
          source.startsWith(ODD + "/") ? source.substring(ODD.toString().length() + 1) : source;

  private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

  @BeforeAll
  static void oddInputs() throws IOException {
    Files.createDirectories(ODD);
    String failing =
        Files.readString(
            Path.of("src/test/resources/sarif/excluded-placement.yaml"), StandardCharsets.UTF_8);
    for (String name :
        List.of(
            "a b.yaml",
            "x:y.yaml",
            "back\\slash.yaml",
            "#hash?%41.yaml",
            "\u00fcn\u00ef.yaml",
            "\u202etxt.yaml")) {
      Files.writeString(
          ODD.resolve(name),
          failing.replace("name: excluded-placement", "name: \"" + HOSTILE + "\""),
          StandardCharsets.UTF_8);
    }
    String excepted =
        failing + "  exception:\n    reason: \"" + HOSTILE + "\"\n    expires: 2027-06-30\n";
    Files.writeString(
        ODD.resolve("excepted.yaml"),
        excepted.replace("name: excluded-placement", "name: excepted"),
        StandardCharsets.UTF_8);
    Files.writeString(
        ODD.resolve("c:d broken.yaml"),
        "apiVersion: advise/v1\nkind: Workload\n",
        StandardCharsets.UTF_8);
  }

  private static final List<String> INPUTS =
      List.of(
          "examples",
          "src/test/resources/broken/descriptors",
          "src/test/resources/hostile",
          "src/test/resources/sarif",
          ODD.toString(),
          "no-such-file.yaml");

  @Test
  void theEncoderWritesWhatJacksonWrote() throws IOException {
    for (boolean checking : new boolean[] {true, false}) {
      for (Limits limits : List.of(Limits.DEFAULT, new Limits(300, 50, 64))) {
        List<FileOutcome> batch = batch(checking, limits);
        for (Optional<String> docs :
            List.of(Optional.<String>empty(), Optional.of("https://example.org/docs/"))) {
          SarifSettings settings = new SarifSettings("1.2.3", Fixtures.rules(), RELATIVE, docs);
          String ours = ours(batch, checking, settings);
          String jackson = jackson(batch, checking, settings);
          assertThat(JSON.readTree(ours)).isEqualTo(JSON.readTree(jackson));
          assertThat(ours).isEqualTo(jackson);
        }
      }
    }
  }

  @Test
  void theBatchHoldsEveryKindOfFindingAndIsValidSarif() throws IOException {
    List<FileOutcome> batch = batch(true, Limits.DEFAULT);
    String sarif =
        ours(batch, true, new SarifSettings("1.2.3", Fixtures.rules(), RELATIVE, Optional.empty()));
    assertThat(sarif)
        .contains(
            "\"suppressions\"",
            "\"advise/invalid-input\"",
            "\"advise/placement-check\"",
            "\"startColumn\"",
            "\\u202E",
            "\"uri\": \"./x:y.yaml\"",
            "back%5Cslash.yaml",
            "./c:d%20broken.yaml",
            "%E2%80%AEtxt.yaml");
    Path schema =
        Fixtures.projectDir().resolve("../shared/schemas/sarif-schema-2.1.0.json").normalize();
    assumeTrue(Files.isRegularFile(schema), "shared/schemas is not beside this checkout");
    assertThat(
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(
                    JSON.readTree(Files.readString(schema)),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(JSON.readTree(sarif)))
        .isEmpty();
  }

  private static List<FileOutcome> batch(boolean checking, Limits limits) {
    List<FileOutcome> outcomes = new ArrayList<>();
    new Batch(Fixtures.advisor(), Batch.Options.of(checking, 10, limits).today(TODAY))
        .run(new InputWalker(INPUTS, WalkOptions.defaults(), note -> {}), null, outcomes::add);
    return outcomes;
  }

  private static Tally tally(List<FileOutcome> batch, boolean checking) {
    Tally tally = new Tally(checking);
    batch.forEach(tally::add);
    return tally;
  }

  private static String ours(List<FileOutcome> batch, boolean checking, SarifSettings settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifWriter writer = new SarifWriter(Sink.of(out), settings);
    batch.forEach(writer::file);
    writer.finish(tally(batch, checking));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String jackson(List<FileOutcome> batch, boolean checking, SarifSettings settings)
      throws IOException {
    StringWriter out = new StringWriter();
    JacksonSarif writer = new JacksonSarif(out, settings);
    batch.forEach(writer::file);
    writer.finish(tally(batch, checking));
    return out.toString();
  }
}
