package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.engine.RuleCaseRun;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules carry their own cases ({@code cases:} in rules/*.yaml): every rule has a spec
 * it fires on and a near miss it does not, and {@code advise rules test} passes on them.
 */
class RuleCasesTest {

  @Test
  void everyBuiltInRuleHasACaseOfEachKind() throws Exception {
    RuleLoader.Tested tested = RuleLoader.withFoldersTested(List.of());
    Map<String, List<RuleCase>> byRule =
        tested.cases().stream().collect(Collectors.groupingBy(RuleCase::rule));
    assertThat(tested.untested()).as("rules without cases").isEmpty();
    assertThat(tested.rules().rules())
        .allSatisfy(
            rule -> {
              assertThat(byRule.get(rule.id()))
                  .as(rule.id() + " has cases")
                  .isNotNull()
                  .anyMatch(RuleCase::fires)
                  .anyMatch(c -> !c.fires());
            });
  }

  @Test
  void everyBuiltInCasePasses() throws Exception {
    RuleLoader.Tested tested = RuleLoader.withFoldersTested(List.of());
    assertThat(RuleCaseRun.run(tested.rules(), tested.cases()))
        .allSatisfy(
            r -> assertThat(r.passed()).as(r.testCase().location() + ": " + r.message()).isTrue());
  }

  @Test
  void advisesRulesTestPassesOnTheBuiltInRules() {
    Cli.Result run = Cli.run("rules", "test");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out())
        .doesNotContain("FAIL")
        .contains("rules/latency.yaml:")
        .containsPattern("\\d+ cases: \\d+ passed, 0 failed\n$");
  }
}
