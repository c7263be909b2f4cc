package dev.advise.batch;

import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.Suggest;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Items;
import dev.advise.model.Value;
import dev.advise.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Warnings for ids in free-form lists ({@code compliance.frameworks}, {@code hardware.devices})
 * that are near misses of an id the rules look for: {@code pcidss} for {@code pci-dss}. The
 * lists stay free form, but a rule that silently does not fire gives silently wrong advice.
 * The known ids are the ones the rule set compares those fields with, so a rule folder that
 * adds an id adds its near misses too; nothing here is a list of its own.
 */
final class IdWarnings {

  /** Per list field, in catalogue order, the ids rules compare it with. */
  private final Map<Field, Set<String>> known = new TreeMap<>(Comparator.comparingInt(Field::index));

  IdWarnings(RuleSet rules) {
    rules.rules().forEach(rule -> rule.when().comparisons(c -> {
      if (c.field().type() == FieldType.ITEMS) {
        c.operands().forEach(v -> known.computeIfAbsent(c.field(), f -> new LinkedHashSet<>()).add(v.display()));
      }
    }));
  }

  /** The warnings for one valid document, in field order; usually none. */
  List<Problem> of(String source, ParsedDocument.Valid doc) {
    List<Problem> out = null;
    for (Map.Entry<Field, Set<String>> e : known.entrySet()) {
      Value value = doc.workload().spec().valueOrNull(e.getKey());
      if (!(value instanceof Items items)) {
        continue;
      }
      for (String id : items.values()) {
        if (e.getValue().contains(id)) {
          continue;
        }
        Optional<String> near = Suggest.closest(id, e.getValue());
        if (near.isPresent()) {
          ParsedDocument.Position at = doc.position(e.getKey().path());
          if (out == null) {
            out = new ArrayList<>(1);
          }
          out.add(new Problem(source, doc.document(), at.line(), at.column(), e.getKey().specPath(),
              Quote.of(id) + " is not an id any rule looks for (did you mean \"" + near.get() + "\"?)"));
        }
      }
    }
    return out == null ? List.of() : out;
  }
}
