package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code advise rules}, {@code advise explain}, and the generated rules reference. */
class RuleCommandsTest {

  @Test
  void rulesListsEveryRuleWithItsDimensionTitleAndSources() {
    Cli.Result r = Cli.run("rules");
    assertThat(r.code()).isZero();
    for (Rule rule : Fixtures.rules().rules()) {
      assertThat(r.out())
          .containsPattern(
              "(?m)^"
                  + Pattern.quote(rule.id())
                  + " +"
                  + rule.dimension().id()
                  + " +"
                  + Pattern.quote(rule.title()));
    }
    assertThat(r.out()).contains(Fixtures.rules().rules().size() + " rules");
  }

  @Test
  void explainShowsTheWholeRuleItsSourcesAndTheExamplesItFiresOn() {
    Cli.Result r = Cli.run("explain", "licensing.per-physical-core");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("applies when licensing.model = per-physical-core")
        .contains("bare-metal +25")
        .contains("importance:  +2 for licensing")
        .contains("querytel: Part 1 (QueryTel Infrastructure Engineering")
        .contains("defined at rules/licensing.yaml:")
        .contains("fires on the examples: oracle-erp-database");
  }

  @Test
  void explainShowsConditionsAndDisputes() {
    String out = Cli.run("explain", "compatibility.dedicated-gpu").out();
    assertThat(out)
        .contains("condition:   vm with GPU passthrough")
        .contains("sources disagree:")
        .contains("applies when resources.gpu.count >= 1 and resources.gpu.sharing = dedicated");
  }

  @Test
  void anUnknownRuleIdIsAnErrorWithASuggestion() {
    Cli.Result r = Cli.run("explain", "latency.microsecnd-budget");
    assertThat(r.code()).as("a usage error, not an invalid input").isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("did you mean latency.microsecond-budget?");
  }

  /** JSON cites baseline.DIMENSION as a reason; explain shows it rather than refusing it. */
  @Test
  void explainShowsABaselineEntryThatResultsCite() {
    Cli.Result r = Cli.run("explain", "baseline.sla");
    assertThat(r.code()).as(r.err()).isZero();
    var sla = Fixtures.rules().baseline().entry(Dimension.byId("sla").orElseThrow());
    assertThat(r.out())
        .startsWith("baseline.sla: ")
        .contains("container-on-metal:")
        .containsPattern("bare-metal: +" + sla.capability().get(Substrate.BARE_METAL) + "\n")
        .contains("why: " + sla.because())
        .contains(sla.sources().get(0));
  }

  /**
   * A near miss, an id without its dimension, a part of an id, a baseline typo: each gets a
   * suggestion.
   */
  @Test
  void unknownIdsGetTheIdTheyMostLikelyMean() {
    String[][] cases = {
      {"microsecond-budget", "latency.microsecond-budget"}, {"baseline.sl", "baseline.sla"},
      {"baseline.isolatoin", "baseline.isolation"}, {"per-physical", "licensing.per-physical-core"},
    };
    for (String[] c : cases) {
      Cli.Result r = Cli.run("explain", c[0]);
      assertThat(r.code()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(c[0]).contains("did you mean " + c[1] + "?");
    }
    assertThat(Cli.run("explain", "zzzzzzzz").err()).contains("'advise rules' lists them");
  }

  @Test
  void subcommandsHaveTheirOwnHelpAndUsageErrors() {
    assertThat(Cli.run("explain", "--help").out()).contains("Usage: advise explain");
    assertThat(Cli.run("explain").code()).isEqualTo(2);
    assertThat(Cli.run("rules", "--format", "pdf").code()).isEqualTo(2);
  }

  /** docs/rules-reference.md is generated; regenerate with -Dadvise.updateGoldens=true. */
  @Test
  void theRulesReferenceIsUpToDate() throws IOException {
    Path doc = Fixtures.projectDir().resolve("docs/rules-reference.md");
    String generated = Cli.run("rules", "--format", "markdown").out();
    if (Boolean.getBoolean("advise.updateGoldens")) {
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .as(
            "docs/rules-reference.md is stale: regenerate it with "
                + "./mvnw -B verify -Dadvise.updateGoldens=true")
        .isEqualTo(Files.readString(doc, StandardCharsets.UTF_8));
    for (Rule rule : Fixtures.rules().rules()) {
      assertThat(generated).contains("### `" + rule.id() + "`");
    }
  }
}
