package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.model.Dimension;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import dev.advise.rules.RuleFile;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleLoaderAccess;
import dev.advise.rules.RuleSet;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdvisorTest {

  private final Advisor advisor = Fixtures.advisor();

  static Stream<Workload> examples() throws IOException {
    List<Workload> out = new ArrayList<>();
    for (Path p : Fixtures.examples()) {
      for (ParsedDocument d :
          DescriptorParser.parseFully(p.toString(), new StringReader(Files.readString(p)))) {
        out.add(((ParsedDocument.Valid) d).workload());
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rankingHoldsAllFourWithExactlyOneRecommendedAndExcludedLast(Workload w) {
    Advice a = advisor.advise(w);
    assertThat(a.ranking())
        .extracting(Ranked::substrate)
        .containsExactlyInAnyOrder(Substrate.values());
    assertThat(a.ranking()).filteredOn(r -> r.verdict() == Verdict.RECOMMENDED).hasSize(1);
    assertThat(a.ranking().get(0).verdict()).isEqualTo(Verdict.RECOMMENDED);
    assertThat(a.ranking()).allSatisfy(r -> assertThat(r.score()).isBetween(0, 100));
    List<Ranked> scored =
        a.ranking().stream().filter(r -> r.verdict() != Verdict.EXCLUDED).toList();
    assertThat(scored).extracting(Ranked::score).isSortedAccordingTo((x, y) -> y - x);
    assertThat(a.ranking().subList(scored.size(), 4))
        .allSatisfy(
            r -> {
              assertThat(r.verdict()).isEqualTo(Verdict.EXCLUDED);
              assertThat(r.score()).isZero();
              assertThat(r.exclusions()).isNotEmpty();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyScoreIsTheImportanceWeightedMeanOfItsCapabilities(Workload w) {
    Advice a = advisor.advise(w);
    long total = a.importance().values().stream().mapToLong(Integer::longValue).sum();
    for (Ranked r : a.ranking()) {
      if (r.verdict() == Verdict.EXCLUDED) {
        continue;
      }
      long sum = 0;
      for (Dimension d : Dimension.values()) {
        sum += (long) a.importance().get(d) * r.dimensions().get(d);
      }
      assertThat(r.score()).isEqualTo(Math.round((double) sum / total));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyWhatIfReallyChangesTheAnswerAsItSays(Workload w) {
    Advice a = advisor.advise(w);
    for (WhatIf wi : a.whatIf()) {
      assertThat(a.unknowns()).contains(wi.field());
      var field = Fields.byPath(wi.field()).orElseThrow();
      Workload changed = Fixtures.workload(specWith(wi.field(), wi.value(), field.type()));
      Workload merged =
          new Workload(w.metadata(), w.spec().with(field, changed.spec().get(field).orElseThrow()));
      assertThat(advisor.advise(merged).recommendation()).isEqualTo(wi.recommendation());
      assertThat(wi.recommendation()).isNotEqualTo(a.recommendation());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyPathToWinReallyMakesThatRunnerUpWin(Workload w) {
    Advice a = advisor.advise(w);
    for (ToWin t : a.toWin()) {
      var field = Fields.byPath(t.field()).orElseThrow();
      assertThat(t.from()).isEqualTo(w.spec().get(field).map(Value::display));
      Workload changed = Fixtures.workload(specWith(t.field(), t.to(), field.type()));
      Workload merged =
          new Workload(w.metadata(), w.spec().with(field, changed.spec().get(field).orElseThrow()));
      Advice after = advisor.advise(merged);
      assertThat(after.recommendation()).contains(t.substrate());
      assertThat(after.of(t.substrate()).score()).isEqualTo(t.score());
    }
    assertThat(a.toWin())
        .extracting(ToWin::substrate)
        .doesNotHaveDuplicates()
        .doesNotContain(a.recommendation().orElse(null));
  }

  @Test
  void theSmallestChangeFillsAnUnknownBeforeChangingAStatedFact() {
    Advice a =
        advisor.advise(
            Fixtures.workload("{licensing: {model: per-physical-core}, state: stateful}"));
    assertThat(a.recommendation()).contains(Substrate.BARE_METAL);
    ToWin vm =
        a.toWin().stream().filter(t -> t.substrate() == Substrate.VM).findFirst().orElseThrow();
    assertThat(vm.from()).isEmpty();
  }

  private static String specWith(String path, String value, FieldType type) {
    String[] parts = path.split("\\.");
    String v = type == FieldType.ITEMS ? value : "\"" + value + "\"";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      sb.append("{").append(parts[i]).append(": ");
    }
    sb.append("{").append(parts[parts.length - 1]).append(": ").append(v).append("}");
    sb.append("}".repeat(parts.length - 1));
    return sb.toString();
  }

  @Test
  void adviceIsDeterministic() {
    Workload w = Fixtures.workload("{isolation: {tenancy: multi}, latency: {p99: 2ms}}");
    assertThat(advisor.advise(w)).isEqualTo(advisor.advise(w));
  }

  @Test
  void prioritiesSetImportanceAndRulesRaiseIt() {
    Advice plain = advisor.advise(Fixtures.workload("{priorities: {isolation: 5, latency: 1}}"));
    assertThat(plain.importance())
        .containsEntry(Dimension.ISOLATION, 5)
        .containsEntry(Dimension.LATENCY, 1)
        .containsEntry(Dimension.DENSITY, 3);
    Advice mixed =
        advisor.advise(
            Fixtures.workload(
                "{priorities: {isolation: 5}, isolation: {trust: mixed, tenancy: multi}}"));
    assertThat(mixed.importance().get(Dimension.ISOLATION)).isEqualTo(7);
    assertThat(mixed.importanceReasons())
        .extracting(Reason::rule)
        .contains("isolation.mixed-trust", "isolation.multi-tenant");
  }

  @Test
  void exclusionsCarryTheirRuleAndSource() {
    Advice a = advisor.advise(Fixtures.workload("{compliance: {physicalIsolation: required}}"));
    Ranked vm = a.of(Substrate.VM);
    assertThat(vm.verdict()).isEqualTo(Verdict.EXCLUDED);
    assertThat(vm.exclusions())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rule()).isEqualTo("isolation.physical-mandate");
              assertThat(r.sources()).isNotEmpty();
            });
  }

  @Test
  void unknownsAreTheMissingFieldsThatRulesRead() {
    Advice a = advisor.advise(Fixtures.workload("{isolation: {tenancy: multi}}"));
    assertThat(a.unknowns())
        .contains("isolation.trust", "latency.p99")
        .doesNotContain("isolation.tenancy", "metadata.name", "licensing.product");
  }

  @Test
  void sourcesThatDisagreeLowerConfidenceAndSaySo() {
    Advice a =
        advisor.advise(
            Fixtures.workload(
                "{type: trading, latency: {p99: 20us, jitter: strict}, hardware: {deterministic: true}}"));
    assertThat(a.confidenceFactors()).anyMatch(f -> f.contains("sources disagree"));
    assertThat(a.ranking().get(0).reasons()).anyMatch(r -> r.dispute().isPresent());
  }

  @Test
  void tiesBreakByFewerLayersAndAreSaid() throws Exception {
    RuleSet flat = flatBaseline();
    Advice a = new Advisor(flat).advise(Fixtures.workload("{}"));
    assertThat(a.ranking())
        .extracting(Ranked::substrate)
        .containsExactly(
            Substrate.BARE_METAL,
            Substrate.VM,
            Substrate.CONTAINER_ON_METAL,
            Substrate.CONTAINER_ON_VM);
    assertThat(a.ranking()).extracting(Ranked::score).containsOnly(50);
    assertThat(a.confidence()).isEqualTo(Confidence.LOW);
    assertThat(a.confidenceFactors())
        .first()
        .asString()
        .isEqualTo("tied with vm; bare-metal first for fewer layers");
    assertThat(a.lead())
        .hasValueSatisfying(
            l -> {
              assertThat(l.over()).isEqualTo(Substrate.VM);
              assertThat(l.tenths()).isZero();
            });
    assertThat(a.ranking())
        .extracting(Ranked::verdict)
        .containsExactly(Verdict.RECOMMENDED, Verdict.VIABLE, Verdict.VIABLE, Verdict.VIABLE);
  }

  @Test
  void aTieGoesToThePlacementTheWorkloadHasToday() throws Exception {
    Advice a =
        new Advisor(flatBaseline()).advise(Fixtures.workload("{placement: container-on-vm}"));
    assertThat(a.ranking())
        .extracting(Ranked::substrate)
        .containsExactly(
            Substrate.CONTAINER_ON_VM,
            Substrate.BARE_METAL,
            Substrate.VM,
            Substrate.CONTAINER_ON_METAL);
    assertThat(a.confidence()).isEqualTo(Confidence.LOW);
    assertThat(a.confidenceFactors())
        .first()
        .asString()
        .isEqualTo("tied with bare-metal; container-on-vm first as the placement it has today");
  }

  @Test
  void whenEverySubstrateIsExcludedThereIsNoRecommendation() throws Exception {
    RuleSet rules =
        RuleLoader.load(
            List.of(
                embedded(),
                List.of(
                    new RuleFile(
                        "all.yaml",
                        """
        rules:
          - id: test.exclude-all
            title: Nothing fits
            dimension: compatibility
            when: {field: os.family, equals: windows}
            exclude: [bare-metal, vm, container-on-vm, container-on-metal]
            because: test
            sources: ["querytel: Part 6"]
        """))));
    Advice a = new Advisor(rules).advise(Fixtures.workload("{os: {family: windows}}"));
    assertThat(a.recommendation()).isEmpty();
    assertThat(a.confidence()).isEqualTo(Confidence.LOW);
    assertThat(a.ranking()).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.EXCLUDED));
  }

  @Test
  void aRuleLayerOverridesTheEmbeddedRuleWithTheSameId() throws Exception {
    RuleSet rules =
        RuleLoader.load(
            List.of(
                embedded(),
                List.of(
                    new RuleFile(
                        "override.yaml",
                        """
        rules:
          - id: compatibility.mixed-os
            title: Overridden
            dimension: compatibility
            when: {field: os.family, equals: mixed}
            effects: {container-on-metal: -1}
            because: test
            sources: ["querytel: Part 2"]
        """))));
    Advice a = new Advisor(rules).advise(Fixtures.workload("{os: {family: mixed}}"));
    assertThat(a.of(Substrate.CONTAINER_ON_METAL).verdict()).isNotEqualTo(Verdict.EXCLUDED);
    assertThat(rules.rules()).hasSameSizeAs(Fixtures.rules().rules());
  }

  @Test
  void placementIsNotAnInputToScoring() {
    Advice a = advisor.advise(Fixtures.workload("{placement: vm}"));
    Advice b = advisor.advise(Fixtures.workload("{placement: bare-metal}"));
    assertThat(a.ranking()).isEqualTo(b.ranking());
  }

  private static List<RuleFile> embedded() {
    return RuleLoaderAccess.embeddedFiles();
  }

  /** Every capability 50 and no rule on: a descriptor that says nothing ties all four. */
  private static RuleSet flatBaseline() throws Exception {
    return StandAloneRules.flat("flat.yaml", "rules:\n");
  }
}
