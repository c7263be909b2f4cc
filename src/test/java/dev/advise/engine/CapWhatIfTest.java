package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.model.Substrate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An unknown whose value would change the winner only by capping it (a requirement it fails) is
 * read like an unstated mandate: it is marked {@code byCap}, it does not lower confidence, and
 * toWin prefers a change that wins on the scores. The rules stand alone (flat baseline, built-in
 * rules off), so the built-in knowledge cannot move these answers.
 */
class CapWhatIfTest {

  private static final String TEST_RULES =
      """
      rules:
        - id: test.tight-budget
          title: A budget no VM meets
          dimension: latency
          when: {field: latency.p99, lt: 10us}
          effects: {bare-metal: +5}
          cap: {vm: 30}
          because: test
          sources: ["querytel: Part 6"]
        - id: test.vm-strong
          title: VMs start ahead
          dimension: operations
          when: {field: type, equals: web}
          effects: {vm: +40}
          because: test
          sources: ["querytel: Part 4"]
        - id: test.stateful-metal
          title: Stateful work on bare metal
          dimension: operations
          when: {field: state, equals: stateful}
          effects: {bare-metal: +40}
          because: test
          sources: ["querytel: Part 4"]
      """;

  private static Advisor advisor;

  @BeforeAll
  static void load() throws Exception {
    advisor = new Advisor(StandAloneRules.load("cap-what-if.yaml", TEST_RULES));
  }

  private static Advice advise(String spec) {
    return advisor.advise(Fixtures.workload(spec));
  }

  @Test
  void aChangeThatOnlyCapsTheWinnerIsByCap() {
    Advice a = advise("{type: web}");
    assertThat(a.recommendation()).contains(Substrate.VM);
    assertThat(a.whatIf())
        .filteredOn(w -> w.field().equals("latency.p99"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.recommendation()).isEqualTo(Optional.of(Substrate.BARE_METAL));
              assertThat(w.byCap()).isTrue();
              assertThat(w.byExclusion()).isFalse();
            });
    // state: stateful outscores VMs without failing them on anything
    assertThat(a.whatIf())
        .filteredOn(w -> w.field().equals("state"))
        .singleElement()
        .satisfies(w -> assertThat(w.rulesOutWinner()).isFalse());
  }

  @Test
  void toWinPrefersWinningOnTheScoresOverCappingTheWinner() {
    ToWin t =
        advise("{type: web}").toWin().stream()
            .filter(x -> x.substrate() == Substrate.BARE_METAL)
            .findFirst()
            .orElseThrow();
    assertThat(t.field()).isEqualTo("state");
    assertThat(t.rulesOutWinner()).isFalse();
  }

  /** Only the unknowns that would change the scores count as doubt; a cap is a requirement. */
  @Test
  void anUnknownThatOnlyCapsDoesNotLowerConfidence() {
    Advice withDoubt = advise("{type: web}");
    assertThat(withDoubt.confidenceFactors())
        .noneMatch(f -> f.contains("unknown inputs could change the answer"));
  }
}
