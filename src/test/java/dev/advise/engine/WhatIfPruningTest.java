package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import dev.advise.rules.Condition;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What-if skips the fields whose rules provably cannot change the winner, evaluates values that
 * every comparison treats alike only once, and stops trying kinds of change that toWin could no
 * longer prefer. None of it may lose or change an answer: with and without, every workload gets the
 * same whatIf and toWin, and the alternatives kept are among those of the full search.
 */
class WhatIfPruningTest {

  private static List<Workload> workloads() throws IOException {
    List<Workload> all = new ArrayList<>();
    for (Path example : Fixtures.examples()) {
      for (ParsedDocument doc :
          DescriptorParser.parseFully(
              example.toString(), new StringReader(Files.readString(example)))) {
        all.add(((ParsedDocument.Valid) doc).workload());
      }
    }
    for (long seed = 0; seed < 600; seed++) {
      // Sparse and dense descriptors alike, so that leads run from a point or two to decisive.
      all.add(Fixtures.workload(Generator.yaml(new Generator(seed).spec())));
    }
    return all;
  }

  private static List<String> described(List<WhatIfAnalysis.Alternative> alternatives) {
    return alternatives.stream()
        .map(
            a ->
                a.field().path()
                    + " "
                    + a.from()
                    + " -> "
                    + a.to()
                    + " winner "
                    + a.outcome().winner
                    + " lead "
                    + (a.outcome().winner == null ? 0 : a.outcome().lead(a.outcome().winner)))
        .toList();
  }

  static List<RuleSet> ruleSets() {
    return Fixtures.ruleSets();
  }

  @ParameterizedTest
  @MethodSource("ruleSets")
  void skippingFieldsThatCannotChangeTheWinnerLosesNoAlternative(RuleSet rules) throws IOException {
    WhatIfAnalysis pruned = new WhatIfAnalysis(rules, true);
    WhatIfAnalysis full = new WhatIfAnalysis(rules, false);
    int skipped = 0;
    int kept = 0;
    for (Workload w : workloads()) {
      Evaluation base = new Evaluation(rules, w.spec());
      List<WhatIfAnalysis.Alternative> a = pruned.alternatives(w, base);
      List<WhatIfAnalysis.Alternative> b = full.alternatives(w, base);
      assertThat(described(b)).as(w.name()).containsAll(described(a));
      List<Field> unknowns = pruned.unknowns(w, base);
      assertThat(WhatIfAnswers.whatIf(a, unknowns, base.winner()))
          .isEqualTo(WhatIfAnswers.whatIf(b, unknowns, base.winner()));
      assertThat(WhatIfAnswers.toWin(base, a)).isEqualTo(WhatIfAnswers.toWin(base, b));
      for (Field f : Fields.all()) {
        if (pruned.couldChangeWinner(f, w.spec(), base)) {
          kept++;
        } else {
          skipped++;
        }
      }
    }
    // The comparison above only means something if fields are actually skipped, and kept.
    assertThat(skipped).isGreaterThan(1000);
    assertThat(kept).isGreaterThan(1000);
  }

  /**
   * The bound itself (D85), against a full evaluation: where it says a field cannot change the
   * winner, no value of that field does, neither the values what-if would try nor generated ones
   * (every value, not only the candidates, must keep the winner for the proof to hold). The
   * mechanisms' rules make caps and exclusions read by the changed field common.
   */
  @ParameterizedTest
  @MethodSource("ruleSets")
  void aFieldTheBoundRulesOutChangesTheWinnerForNoValue(RuleSet rules) throws IOException {
    WhatIfAnalysis analysis = new WhatIfAnalysis(rules, true);
    Map<Field, List<Value>> candidates = Candidates.of(rules.rules());
    ScoringTable table = ScoringTable.of(rules);
    int ruledOut = 0;
    int kept = 0;
    long seed = 0;
    for (Workload w : workloads()) {
      Evaluation base = new Evaluation(table, w.spec());
      Generator generated = new Generator(++seed + 5000);
      for (Field f : candidates.keySet()) {
        if (f.type() == FieldType.PRIORITY) {
          continue; // priorities are scored directly, never bounded
        }
        if (analysis.couldChangeWinner(f, w.spec(), base)) {
          kept++;
          continue;
        }
        ruledOut++;
        List<Value> values = new ArrayList<>(candidates.get(f));
        values.add(generatedValue(generated, f));
        for (Value v : values) {
          Evaluation changed = new Evaluation(table, w.spec().with(f, v));
          assertThat(changed.winner())
              .as(w.name() + ": " + f.path() + " = " + v)
              .isEqualTo(base.winner());
        }
      }
    }
    assertThat(ruledOut).isGreaterThan(3000);
    assertThat(kept).isGreaterThan(3000);
  }

  /**
   * The readers what-if re-tests (D95, D122): a reader {@link FlippableReaders} leaves out fires or
   * not as it does today, against a full test of its condition, for every value of the field,
   * candidate or generated; and some readers are left out, or the check would mean nothing.
   */
  @ParameterizedTest
  @MethodSource("ruleSets")
  void aReaderLeftOutFlipsForNoValueOfTheField(RuleSet rules) throws IOException {
    Map<Field, List<Value>> candidates = Candidates.of(rules.rules());
    ScoringTable table = ScoringTable.of(rules);
    FieldReaders fieldReaders = new FieldReaders(rules.rules());
    int leftOut = 0;
    long seed = 0;
    for (Workload w : workloads()) {
      Evaluation base = new Evaluation(table, w.spec());
      FlippableReaders flippable = new FlippableReaders(base, new Overlay(w.spec()));
      Generator generated = new Generator(++seed + 9000);
      for (Field f : candidates.keySet()) {
        if (f.type() == FieldType.PRIORITY) {
          continue; // no rule reads a priority
        }
        int[] reading = fieldReaders.readers[f.index()];
        flippable.mark(f, reading);
        List<Value> values = new ArrayList<>(candidates.get(f));
        values.add(generatedValue(generated, f));
        for (int i : reading) {
          if (flippable.mayFlip()[i]) {
            continue;
          }
          leftOut++;
          for (Value v : values) {
            assertThat(table.rule(i).test(w.spec().with(f, v)) == Truth.TRUE)
                .as(w.name() + ": " + table.rule(i).id() + " with " + f.path() + " = " + v)
                .isEqualTo(base.fires(i));
          }
        }
      }
    }
    assertThat(leftOut).isGreaterThan(1000);
  }

  /**
   * {@link Condition#reachable} never leaves out a truth that a value gives: for every rule, every
   * field it reads, and every value of that field (candidate or generated), the rule's truth with
   * that value is in the set; and the set is sometimes smaller than all three, or it would prune
   * nothing.
   */
  @ParameterizedTest
  @MethodSource("ruleSets")
  void reachableHoldsEveryTruthAValueGives(RuleSet rules) throws IOException {
    Map<Field, List<Value>> candidates = Candidates.of(rules.rules());
    FieldReaders fieldReaders = new FieldReaders(rules.rules());
    int all = Condition.TRUE_BIT | Condition.FALSE_BIT | Condition.UNKNOWN_BIT;
    int narrower = 0;
    long seed = 0;
    for (Workload w : workloads()) {
      Generator generated = new Generator(++seed + 7000);
      for (Field f : candidates.keySet()) {
        if (f.type() == FieldType.PRIORITY) {
          continue;
        }
        List<Value> values = new ArrayList<>(candidates.get(f));
        values.add(generatedValue(generated, f));
        for (int i : fieldReaders.readers[f.index()]) {
          Condition when = rules.rules().get(i).when();
          int reachable = when.reachable(w.spec(), f);
          narrower += reachable != all ? 1 : 0;
          for (Value v : values) {
            assertThat(reachable & when.test(w.spec().with(f, v)).bit())
                .as(w.name() + ": " + rules.rules().get(i).id() + " with " + f.path() + " = " + v)
                .isNotZero();
          }
        }
      }
    }
    assertThat(narrower).isGreaterThan(1000);
  }

  /** A value for {@code f} as the generator writes one, read back through the descriptor reader. */
  private static Value generatedValue(Generator generated, Field f) {
    Object value = generated.value(f);
    String[] parts = f.path().split("\\.");
    StringBuilder yaml = new StringBuilder();
    for (String part : parts) {
      yaml.append("{").append(part).append(": ");
    }
    yaml.append(Generator.yaml(value).strip()).append("}".repeat(parts.length));
    return Fixtures.workload(yaml.toString()).spec().get(f).orElseThrow();
  }
}
