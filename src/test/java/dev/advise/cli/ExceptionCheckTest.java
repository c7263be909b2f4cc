package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spec.exception} under {@code --check}: a failing placement it covers is excepted (exit as
 * for a pass) through its expiry date, inclusive; the day after, it fails with the date in the
 * message; on a placement that passes anyway it changes nothing. Every format says so.
 */
class ExceptionCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate EXPIRES = LocalDate.of(2027, 6, 30);

  @TempDir Path dir;

  /**
   * payments-api runs on container-on-metal, more than the tolerance behind the advice: a failing
   * check.
   */
  private Path failing() throws IOException {
    String example = Files.readString(Fixtures.projectDir().resolve("examples/payments-api.yaml"));
    return Fixtures.write(
        dir,
        "payments.yaml",
        example.replace(
            "  placement: container-on-metal\n",
            "  placement: container-on-metal\n  exception:\n    reason: \"Vendor: <certified> only | here\"\n"
                + "    expires: 2027-06-30\n"));
  }

  /** The same workload on the advised substrate, which passes without help. */
  private Path passing() throws IOException {
    String example = Files.readString(Fixtures.projectDir().resolve("examples/payments-api.yaml"));
    return Fixtures.write(
        dir,
        "fine.yaml",
        example.replace(
            "  placement: container-on-metal\n",
            "  placement: container-on-vm\n  exception:\n    reason: kept on purpose\n    expires: 2027-06-30\n"));
  }

  private static Cli.Result run(LocalDate today, String... args) {
    return Cli.run(Cli.pipe("").on(today), args);
  }

  @Test
  void anUnexpiredExceptionExceptsAFailingPlacementAndTheGatePasses() throws IOException {
    Cli.Result r = run(EXPIRES.minusDays(1), "--check", "--format", "json", failing().toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode check = JSON.readTree(r.out()).at("/results/0/check");
    assertThat(check.get("status").asText()).isEqualTo("excepted");
    assertThat(check.at("/exception/reason").asText()).isEqualTo("Vendor: <certified> only | here");
    assertThat(check.at("/exception/expires").asText()).isEqualTo("2027-06-30");
    assertThat(check.get("message").asText()).contains("excepted until 2027-06-30");
    JsonNode checks = JSON.readTree(r.out()).at("/summary/checks");
    assertThat(checks.get("excepted").asInt()).isEqualTo(1);
    assertThat(checks.get("passed").asInt()).isZero();
    assertThat(checks.get("failed").asInt()).isZero();
  }

  @Test
  void theExpiryDayItselfStillCounts() throws IOException {
    Cli.Result r = run(EXPIRES, "--check", "--format", "json", failing().toString());
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).at("/results/0/check/status").asText()).isEqualTo("excepted");
  }

  @Test
  void theDayAfterTheExceptionFailsWithTheDateInTheMessage() throws IOException {
    Cli.Result r = run(EXPIRES.plusDays(1), "--check", "--format", "json", failing().toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode check = JSON.readTree(r.out()).at("/results/0/check");
    assertThat(check.get("status").asText()).isEqualTo("fail");
    assertThat(check.get("message").asText()).endsWith("its exception expired on 2027-06-30");
    assertThat(check.at("/exception/expires").asText()).isEqualTo("2027-06-30");
    assertThat(JSON.readTree(r.out()).at("/summary/checks/failed").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).at("/summary/checks/excepted").asInt()).isZero();
  }

  @Test
  void anExceptionOnAPassingPlacementChangesNothingButSaysItIsNotNeeded() throws IOException {
    Cli.Result r = run(EXPIRES, "--check", "--format", "json", passing().toString());
    assertThat(r.code()).isZero();
    JsonNode check = JSON.readTree(r.out()).at("/results/0/check");
    assertThat(check.get("status").asText()).isEqualTo("pass");
    assertThat(check.has("exception")).isFalse();
    assertThat(check.get("message").asText()).endsWith("its exception is not needed");
  }

  @Test
  void withoutCheckTheExceptionIsNotLookedAt() throws IOException {
    Cli.Result r = run(EXPIRES, "--format", "json", failing().toString());
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).at("/results/0").has("check")).isFalse();
  }

  @Test
  void everyFormatCountsTheExceptedApart() throws IOException {
    String file = failing().toString();
    String other = passing().toString();
    LocalDate today = EXPIRES.minusDays(10);

    Cli.Result table = run(today, "--check", "--format", "table", file);
    assertThat(table.out()).contains("Check: excepted, container-on-metal scores ");

    Cli.Result compact = run(today, "--check", "--format", "table", dir.toString());
    assertThat(compact.out())
        .containsPattern("payments-api +container-on-vm +\\d+ +high +exc\\. ")
        .contains("checks: 1 passed, 0 failed, 0 unchecked, 1 excepted");

    Cli.Result markdown = run(today, "--check", "--format", "markdown", file, other);
    assertThat(markdown.out())
        .contains("**Check: excepted**: container-on-metal scores ")
        .contains("Vendor: \\<certified\\> only \\| here")
        .contains("checks: 1 passed, 0 failed, 0 unchecked, 1 excepted");

    Cli.Result junit = run(today, "--check", "--format", "junit", file);
    assertThat(junit.code()).isZero();
    assertThat(junit.out())
        .contains("failures=\"0\"")
        .doesNotContain("<failure")
        .contains("placement check excepted: container-on-metal scores ")
        .contains("Vendor: &lt;certified&gt; only | here");

    Cli.Result sarif = run(today, "--check", "--format", "sarif", file);
    assertThat(sarif.code()).isZero();
    JsonNode result = JSON.readTree(sarif.out()).at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("advise/placement-check");
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(result.at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(result.at("/suppressions/0/justification").asText())
        .isEqualTo("Vendor: <certified> only | here (until 2027-06-30)");
    assertThat(JSON.readTree(sarif.out()).at("/runs/0/properties/checksFailed").asInt()).isZero();
    assertValidSarif(JSON.readTree(sarif.out()));

    Cli.Result ndjson = run(today, "--check", "--format", "ndjson", file);
    String[] lines = ndjson.out().split("\n");
    assertThat(JSON.readTree(lines[0]).at("/check/status").asText()).isEqualTo("excepted");
    assertThat(JSON.readTree(lines[1]).at("/summary/checks/excepted").asInt()).isEqualTo(1);
  }

  /** Against the official SARIF 2.1.0 schema, when ../shared/schemas is beside this checkout. */
  private static void assertValidSarif(JsonNode sarif) throws IOException {
    Path file =
        Fixtures.projectDir().resolve("../shared/schemas/sarif-schema-2.1.0.json").normalize();
    if (!Files.isRegularFile(file)) {
      return;
    }
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(JSON.readTree(Files.readString(file)));
    assertThat(schema.validate(sarif)).isEmpty();
  }

  @Test
  void onceExpiredEveryFormatReportsAFailure() throws IOException {
    String file = failing().toString();
    LocalDate today = EXPIRES.plusDays(1);
    assertThat(run(today, "--check", "--format", "junit", file).out())
        .contains("<failure")
        .contains("its exception expired on 2027-06-30");
    JsonNode sarif = JSON.readTree(run(today, "--check", "--format", "sarif", file).out());
    assertThat(sarif.at("/runs/0/results/0/suppressions").isMissingNode()).isTrue();
    assertThat(run(today, "--check", "--format", "table", file).out())
        .contains("Check: FAIL, container-on-metal scores ")
        .contains("expired on 2027-06-30");
  }

  @Test
  void theOutputDependsOnTheDayOnlyThroughTheVerdict() throws IOException {
    String file = failing().toString();
    String a = run(EXPIRES.minusDays(300), "--check", "--format", "json", file).out();
    String b = run(EXPIRES.minusDays(1), "--check", "--format", "json", file).out();
    assertThat(a).isEqualTo(b);
  }
}
