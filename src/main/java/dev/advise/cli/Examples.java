package dev.advise.cli;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.rules.Embedded;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleFile;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which of the examples packed into the jar each rule fires on. */
final class Examples {

  private Examples() {}

  static Map<String, List<String>> firing(RuleSet rules) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (RuleFile file : Embedded.files("examples")) {
      for (ParsedDocument doc : DescriptorParser.parse(file.name(), file.text(), Limits.DEFAULT)) {
        if (doc instanceof ParsedDocument.Valid valid) {
          for (Rule r : rules.rules()) {
            if (r.when().test(valid.workload().spec()) == Truth.TRUE) {
              out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(valid.workload().name());
            }
          }
        }
      }
    }
    return out;
  }
}
