package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.engine.Reason;
import dev.advise.model.Dimension;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConfigurationsTest {

  private static Reason condition(String rule, String message) {
    return new Reason(
        rule,
        "t",
        Dimension.ISOLATION,
        0,
        message,
        List.of("querytel: Part 7"),
        Optional.empty(),
        OptionalInt.empty());
  }

  @Test
  void theSameConfigurationAskedByTwoRulesIsShownOnceWithBoth() {
    List<Configurations.Shown> shown =
        Configurations.distinct(
            List.of(
                condition("a.sandbox", "only with a sandboxed runtime"),
                condition("b.drain", "with hosts drained one at a time"),
                condition("c.sandbox", "only with a sandboxed runtime"),
                condition("a.sandbox", "only with a sandboxed runtime")));

    assertThat(shown)
        .containsExactly(
            new Configurations.Shown(
                "only with a sandboxed runtime", List.of("a.sandbox", "c.sandbox")),
            new Configurations.Shown("with hosts drained one at a time", List.of("b.drain")));
  }

  @Test
  void differentWordsStayApart() {
    assertThat(
            Configurations.distinct(
                List.of(condition("a", "with SR-IOV"), condition("b", "with SR-IOV."))))
        .extracting(Configurations.Shown::message)
        .containsExactly("with SR-IOV", "with SR-IOV.");
    assertThat(Configurations.distinct(List.of())).isEmpty();
  }
}
