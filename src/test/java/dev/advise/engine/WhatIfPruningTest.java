package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Workload;
import dev.advise.rules.RuleSet;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What-if skips the fields whose rules provably cannot change the winner, evaluates values that
 * every comparison treats alike only once, and stops trying kinds of change that toWin could no
 * longer prefer. None of it may lose or change an answer: with and without, every workload gets
 * the same whatIf and toWin, and the alternatives kept are among those of the full search.
 */
class WhatIfPruningTest {

  private static List<Workload> workloads() throws IOException {
    List<Workload> all = new ArrayList<>();
    for (Path example : Fixtures.examples()) {
      for (ParsedDocument doc : DescriptorParser.parseFully(example.toString(), new StringReader(Files.readString(example)))) {
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
    return alternatives.stream().map(a -> a.field().path() + " " + a.from() + " -> " + a.to()
        + " winner " + a.outcome().winner + " lead " + (a.outcome().winner == null ? 0 : a.outcome().lead(a.outcome().winner))).toList();
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
      assertThat(WhatIfAnswers.whatIf(a, unknowns, base.winner())).isEqualTo(WhatIfAnswers.whatIf(b, unknowns, base.winner()));
      assertThat(WhatIfAnswers.toWin(base, a)).isEqualTo(WhatIfAnswers.toWin(base, b));
      for (Field f : Fields.all()) {
        if (pruned.couldChangeWinner(f, base)) {
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
}
