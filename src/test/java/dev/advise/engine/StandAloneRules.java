package dev.advise.engine;

import dev.advise.Fixtures;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleFile;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleLoaderAccess;
import dev.advise.rules.RuleSet;
import java.util.List;

/**
 * A rule set for mechanism tests that must not move when the built-in knowledge does: a flat
 * baseline (every capability 50), every built-in rule switched off, and the test's own rules.
 */
final class StandAloneRules {

  private StandAloneRules() {}

  /** Bare metal 60 in operations, so that it leads a descriptor that says nothing. */
  static RuleSet load(String fileName, String rulesYaml) throws Exception {
    return load(fileName, rulesYaml, 60);
  }

  /** Every substrate at 50 everywhere, so that a descriptor that says nothing is a four-way tie. */
  static RuleSet flat(String fileName, String rulesYaml) throws Exception {
    return load(fileName, rulesYaml, 50);
  }

  private static RuleSet load(String fileName, String rulesYaml, int bareMetalOperations)
      throws Exception {
    StringBuilder sb = new StringBuilder("baseline:\n");
    for (Dimension d : Dimension.values()) {
      sb.append("  ").append(d.id()).append(":\n    because: flat\n");
      sb.append("    sources: [\"querytel: Part 4\"]\n");
      for (Substrate s : Substrate.values()) {
        int start =
            s == Substrate.BARE_METAL && d == Dimension.OPERATIONS ? bareMetalOperations : 50;
        sb.append("    ").append(s.id()).append(": ").append(start).append('\n');
      }
    }
    sb.append(rulesYaml);
    for (Rule r : Fixtures.rules().rules()) {
      sb.append("  - id: ").append(r.id()).append("\n    enabled: false\n");
    }
    return RuleLoader.load(
        List.of(RuleLoaderAccess.embeddedFiles(), List.of(new RuleFile(fileName, sb.toString()))));
  }
}
