package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Items;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code licensing.supportedOn}, a closed list (D110), as rules and what-if read it. The rules here
 * stand alone: every built-in rule is switched off and the baseline is flat (bare metal a little
 * ahead in operations), so what the built-in knowledge says, now or after rules that read the field
 * are written, cannot move these answers.
 */
class SupportedOnTest {

  private static final String TEST_RULES =
      """
      rules:
        - id: test.not-supported-on-vm
          title: The vendor does not support it on VMs
          dimension: licensing
          when: {not: {field: licensing.supportedOn, contains: vm}}
          effects: {vm: -30}
          because: test
          sources: ["querytel: Part 6"]
        - id: test.shipped-as-containers
          title: The vendor ships it as containers
          dimension: operations
          when: {field: licensing.supportedOn, contains: container-on-metal}
          effects: {container-on-metal: +40}
          because: test
          sources: ["querytel: Part 4"]
        - id: test.metal-and-vm
          title: Supported on bare metal and VMs, nothing else
          dimension: licensing
          when: {field: licensing.supportedOn, equals: [vm, bare-metal]}
          effects: {container-on-vm: -10}
          because: test
          sources: ["querytel: Part 6"]
      """;

  private static RuleSet rules;
  private static Advisor advisor;

  @BeforeAll
  static void load() throws Exception {
    rules = StandAloneRules.load("supported-on.yaml", TEST_RULES);
    advisor = new Advisor(rules);
  }

  private static Advice advise(String supportedOn) {
    String spec = supportedOn == null ? "{}" : "{licensing: {supportedOn: " + supportedOn + "}}";
    return advisor.advise(Fixtures.workload(spec));
  }

  private static int score(Advice a, Substrate s) {
    return a.of(s).score();
  }

  private static Truth truth(String id, String supportedOn) {
    String spec = supportedOn == null ? "{}" : "{licensing: {supportedOn: " + supportedOn + "}}";
    return rules.rule(id).orElseThrow().when().test(Fixtures.workload(spec).spec());
  }

  @Test
  void onlyThisTestsOwnRulesAreOn() {
    assertThat(rules.rules())
        .extracting(Rule::id)
        .containsExactlyInAnyOrder(
            "test.not-supported-on-vm", "test.shipped-as-containers", "test.metal-and-vm");
  }

  /** Three-valued: unstated is unknown, and a negated contains of unknown does not fire either. */
  @Test
  void aNegatedContainsFiresOnlyWhenTheListIsStatedWithoutTheId() {
    assertThat(truth("test.not-supported-on-vm", "[bare-metal]")).isEqualTo(Truth.TRUE);
    assertThat(truth("test.not-supported-on-vm", "[container-on-metal, container-on-vm]"))
        .isEqualTo(Truth.TRUE);
    assertThat(truth("test.not-supported-on-vm", "[vm]")).isEqualTo(Truth.FALSE);
    assertThat(truth("test.not-supported-on-vm", "[bare-metal, vm]")).isEqualTo(Truth.FALSE);
    assertThat(truth("test.not-supported-on-vm", null)).isEqualTo(Truth.UNKNOWN);

    int unstated = score(advise(null), Substrate.VM);
    assertThat(score(advise("[vm, bare-metal]"), Substrate.VM)).isEqualTo(unstated);
    assertThat(score(advise("[bare-metal]"), Substrate.VM)).isLessThan(unstated);
    assertThat(advise("[bare-metal]").of(Substrate.VM).reasons())
        .anyMatch(r -> r.rule().equals("test.not-supported-on-vm"));
    assertThat(advise(null).of(Substrate.VM).reasons())
        .noneMatch(r -> r.rule().equals("test.not-supported-on-vm"));
  }

  /**
   * The list is a set in the vocabulary's order, so equals does not depend on how it is written.
   */
  @Test
  void equalsComparesTheListWhateverOrderItIsWrittenIn() {
    assertThat(truth("test.metal-and-vm", "[bare-metal, vm]")).isEqualTo(Truth.TRUE);
    assertThat(truth("test.metal-and-vm", "[vm, bare-metal]")).isEqualTo(Truth.TRUE);
    assertThat(truth("test.metal-and-vm", "[vm]")).isEqualTo(Truth.FALSE);
    assertThat(truth("test.metal-and-vm", "[vm, bare-metal, container-on-vm]"))
        .isEqualTo(Truth.FALSE);
    assertThat(Fixtures.workload("{licensing: {supportedOn: [container-on-metal, vm]}}").spec())
        .extracting(s -> s.get(Fields.byPath("licensing.supportedOn").orElseThrow()))
        .isEqualTo(Optional.of(new Items(List.of("vm", "container-on-metal"))));
  }

  /**
   * What-if tries each id of the vocabulary alone, whether a rule names it or not, and the lists
   * rules compare with by equals; nothing else.
   */
  @Test
  void whatIfTriesEachIdAloneAndTheListsRulesName() {
    Map<Field, List<Value>> candidates = Candidates.of(rules.rules());
    assertThat(candidates.get(Fields.byPath("licensing.supportedOn").orElseThrow()))
        .containsExactly(
            new Items(List.of("bare-metal")),
            new Items(List.of("vm")),
            new Items(List.of("container-on-vm")),
            new Items(List.of("container-on-metal")),
            new Items(List.of("bare-metal", "vm")));
  }

  /**
   * Unstated, the field is an unknown that could change the answer: stated as containers only,
   * containers on metal would lead. toWin says so as a fact to be true, never a change to make.
   */
  @Test
  void anUnstatedListIsAnUnknownThatCouldChangeTheAnswer() {
    Advice a = advise(null);
    assertThat(a.recommendation()).contains(Substrate.BARE_METAL);
    assertThat(a.unknowns()).contains("licensing.supportedOn");
    assertThat(a.whatIf())
        .filteredOn(w -> w.field().equals("licensing.supportedOn"))
        .containsExactly(
            new WhatIf(
                "licensing.supportedOn",
                "[container-on-metal]",
                Optional.of(Substrate.CONTAINER_ON_METAL),
                false,
                false));
    assertThat(a.toWin())
        .filteredOn(t -> t.substrate() == Substrate.CONTAINER_ON_METAL)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.field()).isEqualTo("licensing.supportedOn");
              assertThat(t.to()).isEqualTo("[container-on-metal]");
              assertThat(t.from()).isEmpty();
              assertThat(t.kind()).isEqualTo(ChangeKind.UNKNOWN);
            });
  }

  /** Stated, another statement of the vendor is a fact changed, and says what was stated. */
  @Test
  void aStatedListCanBeChangedForAnother() {
    Advice a = advise("[vm, bare-metal]");
    assertThat(a.unknowns()).doesNotContain("licensing.supportedOn");
    assertThat(a.toWin())
        .filteredOn(t -> t.substrate() == Substrate.CONTAINER_ON_METAL)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.to()).isEqualTo("[container-on-metal]");
              assertThat(t.from()).contains("[bare-metal, vm]");
              assertThat(t.kind()).isEqualTo(ChangeKind.FACT);
            });
  }
}
