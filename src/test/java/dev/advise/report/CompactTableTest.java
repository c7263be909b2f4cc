package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folder table's columns, to the character: scripts cut them by position. */
class CompactTableTest {

  private static final String EXAMPLES = Fixtures.projectDir().resolve("examples").toString();

  @Test
  void columnsWithoutACheck() {
    List<String> lines = Cli.run("--format", "table", EXAMPLES).out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "WORKLOAD                       RECOMMENDATION      SCORE  CONFIDENCE  SOURCE");
    assertThat(lines.get(1)).isEqualTo(
        "batch-analytics                container-on-vm        81  low         " + EXAMPLES + "/batch-analytics.yaml");
  }

  @Test
  void columnsWithACheck() {
    List<String> lines = Cli.run("--check", "--format", "table", EXAMPLES).out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "WORKLOAD                       RECOMMENDATION      SCORE  CONFIDENCE  CHECK  SOURCE");
    assertThat(lines.get(2)).isEqualTo(
        "ci-runners                     container-on-vm        82  medium      FAIL   " + EXAMPLES + "/ci-runners.yaml");
  }
}
