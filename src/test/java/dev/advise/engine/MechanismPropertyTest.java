package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.model.Dimension;
import dev.advise.model.Spec;
import dev.advise.model.Substrate;
import dev.advise.model.Workload;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the scoring mechanisms (caps), over random descriptors scored with rules that use
 * them (src/test/resources/mechanisms layered over the embedded rules) and with the embedded rules
 * alone. Each seed is a reproducible case.
 */
class MechanismPropertyTest {

  private static final RuleSet RULES = Fixtures.rulesWithMechanisms();
  private static final ScoringTable TABLE = ScoringTable.of(RULES);

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  private static Spec spec(long seed) {
    return Fixtures.workload(Generator.yaml(new Generator(seed).spec())).spec();
  }

  private static List<Substrate> live(Evaluation e) {
    return Substrate.all().stream().filter(s -> !e.excluded(s)).toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aCappedSubstrateNeverOutranksAnUncappedOneScoringAboveTheCap(long seed) {
    Evaluation e = new Evaluation(TABLE, spec(seed));
    for (Substrate capped : live(e)) {
      if (e.cap(capped) == CompiledRule.NO_CAP) {
        continue;
      }
      assertThat(e.score(capped))
          .as("%s scores at most its cap", capped)
          .isLessThanOrEqualTo(e.cap(capped));
      for (Substrate free : live(e)) {
        if (e.cap(free) == CompiledRule.NO_CAP
            && e.outcome().weighted[free.ordinal()]
                > (long) e.cap(capped) * e.outcome().totalImportance) {
          assertThat(e.order().indexOf(free))
              .as("%s above capped %s", free, capped)
              .isLessThan(e.order().indexOf(capped));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSubstrateThatFailsARequirementWinsOnlyWhenNoFeasibleOneScoresAboveItsCap(long seed) {
    Evaluation e = new Evaluation(TABLE, spec(seed));
    Substrate winner = e.winner();
    if (winner == null || e.cap(winner) == CompiledRule.NO_CAP) {
      return;
    }
    for (Substrate free : live(e)) {
      if (e.cap(free) == CompiledRule.NO_CAP) {
        assertThat(e.outcome().weighted[free.ordinal()])
            .as("feasible %s against capped winner %s", free, winner)
            .isLessThanOrEqualTo((long) e.cap(winner) * e.outcome().totalImportance);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void capsOnlyEverLowerAScore(long seed) {
    Spec spec = spec(seed);
    Evaluation with = new Evaluation(TABLE, spec);
    Evaluation without = new Evaluation(ScoringTable.of(Fixtures.rules()), spec);
    for (Substrate s : Substrate.all()) {
      if (!with.excluded(s) && with.cap(s) < CompiledRule.NO_CAP) {
        assertThat(with.outcome().weighted[s.ordinal()]).isLessThanOrEqualTo(with.uncapped(s));
      }
    }
    // the test layer holds no effects that could lift a substrate, only caps and one penalty
    for (Substrate s : Substrate.all()) {
      if (!with.excluded(s)
          && with.outcome().totalImportance == without.outcome().totalImportance) {
        assertThat(with.score(s)).as("%s", s).isLessThanOrEqualTo(without.score(s));
      }
    }
  }

  @Test
  void theCapsBindOftenEnoughForThesePropertiesToMeanSomething() {
    int binding = 0;
    for (long seed : seeds().toArray()) {
      Evaluation e = new Evaluation(TABLE, spec(seed));
      for (Substrate s : live(e)) {
        binding += e.capBinds(s) ? 1 : 0;
      }
    }
    assertThat(binding).as("substrates held down by a cap").isGreaterThan(40);
  }

  @Test
  void noSubstrateIsBothExcludedAndScoredWithAConfiguration() throws IOException {
    int dropped = 0;
    for (RuleSet rules : Fixtures.ruleSets()) {
      Advisor advisor = new Advisor(rules);
      ScoringTable table = ScoringTable.of(rules);
      List<Workload> workloads = new ArrayList<>();
      for (Path example : Fixtures.examples()) {
        for (ParsedDocument doc :
            DescriptorParser.parseFully(
                example.toString(), new StringReader(Files.readString(example)))) {
          workloads.add(((ParsedDocument.Valid) doc).workload());
        }
      }
      seeds()
          .forEach(
              seed -> workloads.add(Fixtures.workload(Generator.yaml(new Generator(seed).spec()))));
      for (Workload w : workloads) {
        Advice advice = advisor.advise(w);
        for (Ranked r : advice.ranking()) {
          if (r.verdict() == Verdict.EXCLUDED) {
            assertThat(r.conditions()).as("%s %s", w.name(), r.substrate()).isEmpty();
            dropped += configuredButExcluded(table, w.spec(), r.substrate()) ? 1 : 0;
          }
        }
      }
    }
    // the comparison means something only if some fired rule did configure an excluded substrate
    assertThat(dropped).isGreaterThan(0);
  }

  private static boolean configuredButExcluded(ScoringTable table, Spec spec, Substrate s) {
    for (int i = 0; i < table.ruleCount(); i++) {
      if (table.rule(i).configurationOn(s.ordinal()) != null
          && table.rule(i).test(spec) == Truth.TRUE) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theLeadSplitsTheExactDifferenceByDimension(long seed) {
    for (RuleSet rules : Fixtures.ruleSets()) {
      Spec spec = spec(seed);
      Evaluation e = new Evaluation(ScoringTable.of(rules), spec);
      Advice a =
          new Advisor(rules).advise(Fixtures.workload(Generator.yaml(new Generator(seed).spec())));
      long live = Substrate.all().stream().filter(s -> !e.excluded(s)).count();
      if (live < 2) {
        assertThat(a.lead()).isEmpty();
        continue;
      }
      Lead lead = a.lead().orElseThrow();
      Substrate w = e.winner();
      assertThat(lead.over()).isEqualTo(a.ranking().get(1).substrate());
      long total = e.outcome().totalImportance;
      double exact =
          total == 0
              ? 0
              : (double)
                      (e.outcome().weighted[w.ordinal()]
                          - e.outcome().weighted[lead.over().ordinal()])
                  / total;
      assertThat(lead.tenths() / 10.0).isCloseTo(exact, Offset.offset(0.05));
      int sum = 0;
      for (Dimension d : Dimension.all()) {
        sum += lead.tenths(d);
      }
      assertThat(sum).as("shares add up to the lead").isEqualTo(lead.tenths());
      if (!e.capBinds(w) && !e.capBinds(lead.over()) && total > 0) {
        for (Dimension d : Dimension.all()) {
          double share =
              (double) e.importance(d)
                  * (e.capability(w, d) - e.capability(lead.over(), d))
                  / total;
          assertThat(lead.tenths(d) / 10.0).as("%s", d).isCloseTo(share, Offset.offset(0.1));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aTieIsAlwaysSaid(long seed) {
    for (RuleSet rules : Fixtures.ruleSets()) {
      Spec spec = spec(seed);
      Evaluation e = new Evaluation(ScoringTable.of(rules), spec);
      Substrate runnerUp = Explainer.runnerUp(e);
      if (runnerUp == null
          || e.outcome().weighted[e.winner().ordinal()]
              != e.outcome().weighted[runnerUp.ordinal()]) {
        continue;
      }
      Advice a =
          new Advisor(rules).advise(Fixtures.workload(Generator.yaml(new Generator(seed).spec())));
      assertThat(a.confidence()).isEqualTo(Confidence.LOW);
      assertThat(a.confidenceFactors().get(0)).startsWith("tied with " + runnerUp.id() + "; ");
      assertThat(TieOrder.of(e.placement()))
          .as("the tie-break order names the winner before the runner-up")
          .containsSubsequence(e.winner(), runnerUp);
    }
  }
}
