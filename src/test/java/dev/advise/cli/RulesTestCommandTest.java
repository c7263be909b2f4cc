package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.rules.RuleLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code advise rules test DIR}: a line per case with its location, exit codes, JSON, switch-offs.
 */
class RulesTestCommandTest {

  private static final String DIR = "src/test/resources/rule-tests/";

  @Test
  void passingCasesGiveALinePerCaseInFileOrderAndExitZero() {
    Cli.Result run = Cli.run("rules", "test", DIR + "base");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
        src/test/resources/rule-tests/base/edge.yaml:13:15: pass: test.small-site fires
        src/test/resources/rule-tests/base/edge.yaml:13:51: pass: test.small-site fires
        src/test/resources/rule-tests/base/edge.yaml:14:15: pass: test.small-site stays quiet
        src/test/resources/rule-tests/base/edge.yaml:14:52: pass: test.small-site stays quiet (its condition is unknown)
        src/test/resources/rule-tests/base/edge.yaml:24:15: pass: test.many-gpus fires
        src/test/resources/rule-tests/base/edge.yaml:25:15: pass: test.many-gpus stays quiet
        6 cases: 6 passed, 0 failed; 1 rule without cases: test.no-cases
        """);
  }

  @Test
  void aFailingCaseIsLocatedSaysWhyAndExitsOne() {
    Cli.Result run = Cli.run("rules", "test", DIR + "failing");
    assertThat(run.code()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(run.out())
        .isEqualTo(
            """
        src/test/resources/rule-tests/failing/wrong.yaml:14:11: pass: test.tight-budget fires
        src/test/resources/rule-tests/failing/wrong.yaml:15:11: FAIL: test.tight-budget must fire, but its condition is false: latency.p99 <= 100us
        src/test/resources/rule-tests/failing/wrong.yaml:16:11: FAIL: test.tight-budget must fire, but its condition is unknown: the case does not give latency.p99
        src/test/resources/rule-tests/failing/wrong.yaml:18:11: FAIL: test.tight-budget must not fire, but it does: latency.p99 <= 100us
        4 cases: 1 passed, 3 failed
        """);
  }

  @Test
  void theJsonFormSaysTheSame() throws Exception {
    Cli.Result run = Cli.run("rules", "test", "--format", "json", DIR + "failing");
    assertThat(run.code()).isEqualTo(ExitCode.CHECK_FAILED);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("cases")).hasSize(4);
    JsonNode quiet = json.get("cases").get(3);
    assertThat(quiet.get("rule").asText()).isEqualTo("test.tight-budget");
    assertThat(quiet.get("expect").asText()).isEqualTo("quiet");
    assertThat(quiet.get("passed").asBoolean()).isFalse();
    assertThat(quiet.get("file").asText()).isEqualTo(DIR + "failing/wrong.yaml");
    assertThat(quiet.get("line").asInt()).isEqualTo(18);
    assertThat(quiet.get("column").asInt()).isEqualTo(11);
    assertThat(quiet.get("path").asText()).isEqualTo("rules[0].cases.quiet[0]");
    assertThat(quiet.get("message").asText())
        .isEqualTo("test.tight-budget must not fire, but it does: latency.p99 <= 100us");
    JsonNode summary = json.get("summary");
    assertThat(summary.get("cases").asInt()).isEqualTo(4);
    assertThat(summary.get("passed").asInt()).isEqualTo(1);
    assertThat(summary.get("failed").asInt()).isEqualTo(3);
    assertThat(summary.get("rulesWithoutCases")).isEmpty();
    assertThat(Cli.run("rules", "test", "--format", "json", DIR + "base").out())
        .as("same input, same bytes")
        .isEqualTo(Cli.run("rules", "test", "--format", "json", DIR + "base").out());
  }

  @Test
  void aLaterFolderSwitchesARuleOffWithoutRestatingIt() throws Exception {
    Path base = Path.of(DIR + "base");
    assertThat(RuleLoader.withFolders(List.of(base)).rule("test.small-site")).isPresent();
    assertThat(RuleLoader.withFolders(List.of(base, Path.of(DIR + "off"))).rule("test.small-site"))
        .isEmpty();
    Cli.Result run = Cli.run("rules", "test", DIR + "base", DIR + "off");
    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("test.small-site").contains("2 cases: 2 passed, 0 failed");
    assertThat(
            Cli.run("--format", "json", "--rules", DIR + "base", "examples/retail-edge-site.yaml")
                .out())
        .contains("test.small-site");
    Cli.Result advised =
        Cli.run(
            "--format",
            "json",
            "--rules",
            DIR + "base",
            "--rules",
            DIR + "off",
            "examples/retail-edge-site.yaml");
    assertThat(advised.code()).isZero();
    assertThat(advised.out()).doesNotContain("test.small-site");
  }

  @Test
  void switchingOffAnUnknownIdIsALocatedErrorWithASuggestion() {
    Cli.Result run = Cli.run("rules", "test", DIR + "base", DIR + "off-typo");
    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            DIR
                + "off-typo/off.yaml:3:9: rules[0].id: \"test.small-sites\" is not a rule of an"
                + " earlier layer, so there is nothing to switch off (did you mean \"test.small-site\"?)\n");
    assertThat(
            Cli.run(
                    "--rules",
                    DIR + "base",
                    "--rules",
                    DIR + "off-typo",
                    "examples/payments-api.yaml")
                .code())
        .as("advising with it too")
        .isEqualTo(ExitCode.INVALID_INPUT);
  }

  @Test
  void aBrokenCaseIsALocatedErrorOfRulesTestWhileAdvisingSkipsCases() {
    Cli.Result run = Cli.run("rules", "test", DIR + "bad-case");
    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            DIR
                + "bad-case/case.yaml:13:26: rules[0].cases.fires[0].latency.p95: unknown field"
                + " (did you mean \"p99\"?)\n");
    Cli.Result advised = Cli.run("--rules", DIR + "bad-case", "examples/order-matcher.yaml");
    assertThat(advised.err()).isEmpty();
    assertThat(advised.code()).isZero();
  }

  @Test
  void usageAndMissingFolders() {
    Cli.Result format = Cli.run("rules", "test", "--format", "xml", DIR + "base");
    assertThat(format.code()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err())
        .contains("'xml' is not a format for rules test (expected one of: table, json)");
    Cli.Result missing = Cli.run("rules", "test", DIR + "nowhere");
    assertThat(missing.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(missing.err()).contains(DIR + "nowhere: no such rules folder");
    Cli.Result help = Cli.run("rules", "test", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: advise rules test");
  }
}
