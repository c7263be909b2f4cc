package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Spec;
import dev.advise.model.Substrate;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What-if's shortcut (re-testing only the rules that read the changed field) equals a full
 * evaluation.
 */
class IncrementalEvaluationTest {

  /** Seeds, each with the embedded rules and with the rules that use every mechanism (caps). */
  static Stream<Arguments> seeds() {
    return LongStream.range(0, 60)
        .boxed()
        .flatMap(seed -> Fixtures.ruleSets().stream().map(r -> Arguments.of(seed, r)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void changingOneFieldGivesTheSameOutcomeAsEvaluatingAgain(long seed, RuleSet rules) {
    Spec spec = Fixtures.workload(Generator.yaml(new Generator(seed).spec())).spec();
    Evaluation base = new Evaluation(rules, spec);
    Rescorer rescorer = new Rescorer(base);
    Generator values = new Generator(seed + 1000);
    for (Field f : Fields.all()) {
      if (f.type() == FieldType.PRIORITY) {
        continue;
      }
      int[] readers = readers(rules.rules(), f);
      for (int i = 0; i < 3; i++) {
        Spec changed = Fixtures.workload(Generator.yaml(nested(f.path(), values.value(f)))).spec();
        Spec merged = spec.with(f, changed.get(f).orElseThrow());
        Outcome quick = rescorer.change(merged, readers);
        Outcome full = new Evaluation(rules, merged).outcome();
        assertThat(quick.winner).as(f.path()).isEqualTo(full.winner);
        assertThat(quick.totalImportance).isEqualTo(full.totalImportance);
        assertThat(quick.weighted).isEqualTo(full.weighted);
        // what-if's own question: only a change of winner comes back, as the same outcome
        Outcome flip = rescorer.changeOfWinner(merged, readers);
        if (full.winner == base.winner()) {
          assertThat(flip).isNull();
        } else {
          assertThat(flip.weighted).isEqualTo(full.weighted);
          assertThat(flip.winner).isEqualTo(full.winner);
        }
        for (Substrate s : Substrate.values()) {
          assertThat(quick.score(s)).as(f.path() + " " + s).isEqualTo(full.score(s));
          assertThat(quick.excluded(s)).isEqualTo(full.excluded(s));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void changingOnePriorityGivesTheSameOutcomeAsEvaluatingAgain(long seed, RuleSet rules) {
    Spec spec = Fixtures.workload(Generator.yaml(new Generator(seed).spec())).spec();
    Evaluation base = new Evaluation(rules, spec);
    Rescorer rescorer = new Rescorer(base);
    for (Dimension d : Dimension.values()) {
      Field f = Fields.priority(d);
      int stated =
          spec.get(f)
              .map(v -> (int) ((Count) v).value())
              .orElse(rules.policy().defaultImportance());
      for (int p = 1; p <= 5; p++) {
        Outcome quick = rescorer.withPriority(d, p, stated);
        Outcome full = new Evaluation(rules, spec.with(f, new Count(p))).outcome();
        assertThat(quick.winner).isEqualTo(full.winner);
        assertThat(quick.weighted).isEqualTo(full.weighted);
        Outcome flip = rescorer.priorityOfWinner(d, p, stated);
        assertThat(flip == null ? base.winner() : flip.winner).isEqualTo(full.winner);
        if (flip != null) {
          assertThat(flip.weighted).isEqualTo(full.weighted);
        }
        for (Substrate s : Substrate.values()) {
          assertThat(quick.score(s)).as(d + " " + p + " " + s).isEqualTo(full.score(s));
        }
      }
    }
  }

  private static int[] readers(List<Rule> rules, Field f) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      boolean[] reads = {false};
      rules.get(i).when().comparisons(c -> reads[0] |= c.field().equals(f));
      if (reads[0]) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<String, Object> nested(String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> at = root;
    for (int i = 0; i < parts.length - 1; i++) {
      Map<String, Object> next = new LinkedHashMap<>();
      at.put(parts[i], next);
      at = next;
    }
    at.put(parts[parts.length - 1], value);
    return root;
  }
}
