package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The folder table's columns, to the character: scripts cut them by position. */
class CompactTableTest {

  private static final String EXAMPLES = Fixtures.projectDir().resolve("examples").toString();

  @Test
  void columnsWithoutACheck() {
    List<String> lines = Cli.run("--format", "table", EXAMPLES).out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("WORKLOAD                       RECOMMENDATION      SCORE  CONFIDENCE  SOURCE");
    assertThat(lines.get(1))
        .isEqualTo(
            "batch-analytics                container-on-vm        81  low         "
                + EXAMPLES
                + "/batch-analytics.yaml");
  }

  @Test
  void columnsWithACheck() {
    List<String> lines = Cli.run("--check", "--format", "table", EXAMPLES).out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "WORKLOAD                       RECOMMENDATION      SCORE  CONFIDENCE  CHECK  SOURCE");
    // the columns, not the advice: the rules decide the score and confidence
    assertThat(lines.get(2))
        .matches(
            "ci-runners {21}container-on-vm {8}\\d\\d  (high {8}|medium {6}|low {9})FAIL {3}"
                + Pattern.quote(EXAMPLES + "/ci-runners.yaml"));
  }
}
