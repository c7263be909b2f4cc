package dev.advise.batch;

import dev.advise.descriptor.ItemPositions;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.ProblemBudget;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.Suggest;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Items;
import dev.advise.model.Value;
import dev.advise.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Warnings for ids in free-form lists ({@code compliance.frameworks}, {@code hardware.devices})
 * that are near misses of an id the rules look for: {@code pcidss} for {@code pci-dss}. The lists
 * stay free form, but a rule that silently does not fire gives silently wrong advice. The known ids
 * are the ones the rule set compares those fields with, so a rule folder that adds an id adds its
 * near misses too; nothing here is a list of its own.
 */
final class IdWarnings {

  /**
   * The unknown ids looked up per file, as many as the problems a file keeps: each lookup measures
   * the id against every known one, and a file of 400,000 distinct ids took that many lookups. Past
   * the cap the rest are counted and named in one last warning.
   */
  static final int SEARCHES_PER_FILE = ProblemBudget.PER_FILE;

  /**
   * Per list field, in catalogue order, the ids rules compare it with. (A lambda of this class
   * rather than Comparator.comparingInt, whose lambda is not in the class-data archive and was spun
   * at run time on every run.)
   */
  private final Map<Field, Set<String>> known =
      new TreeMap<>((a, b) -> Integer.compare(a.index(), b.index()));

  IdWarnings(RuleSet rules) {
    rules
        .rules()
        .forEach(
            rule ->
                rule.when()
                    .comparisons(
                        c -> {
                          // a closed list's ids are checked as it is read: an id outside
                          // its vocabulary is an error there, so nothing is left to warn of
                          if (c.field().type() == FieldType.ITEMS && !c.field().closedList()) {
                            c.operands()
                                .forEach(
                                    v ->
                                        known
                                            .computeIfAbsent(c.field(), f -> new LinkedHashSet<>())
                                            .add(v.display()));
                          }
                        }));
  }

  /**
   * A search over one file's documents, which share its cap; {@code items} finds each id's own
   * position (null: warnings point at the field).
   */
  FileSearch forFile(String source, ItemPositions items) {
    return new FileSearch(source, items);
  }

  /** The near-miss search of one file: {@link #check} each valid document, then the warnings. */
  final class FileSearch {
    private final String source;
    private List<Problem> out;
    private int searched;
    private long unchecked;
    private Problem firstUnchecked;
    private final ItemPositions items;

    private FileSearch(String source, ItemPositions items) {
      this.source = source;
      this.items = items;
    }

    /** Looks for near misses in one valid document, in field order. */
    void check(ParsedDocument.Valid doc) {
      for (Map.Entry<Field, Set<String>> e : known.entrySet()) {
        Value value = doc.workload().spec().valueOrNull(e.getKey());
        if (!(value instanceof Items items)) {
          continue;
        }
        for (String id : items.values()) {
          if (e.getValue().contains(id)) {
            continue;
          }
          if (searched == SEARCHES_PER_FILE) {
            if (unchecked++ == 0) {
              firstUnchecked = warning(doc, e.getKey(), null, "");
            }
            continue;
          }
          searched++;
          Optional<String> near = Suggest.closest(id, e.getValue());
          if (near.isPresent()) {
            if (out == null) {
              out = new ArrayList<>(1);
            }
            out.add(
                warning(
                    doc,
                    e.getKey(),
                    id,
                    Quote.of(id)
                        + " is not an id any rule looks for (did you mean \""
                        + near.get()
                        + "\"?)"));
          }
        }
      }
    }

    /** The warnings found, and one that counts the ids past the cap if there were any. */
    List<Problem> warnings() {
      if (unchecked == 0) {
        return out == null ? List.of() : out;
      }
      List<Problem> all = out == null ? new ArrayList<>(1) : out;
      Problem at = firstUnchecked;
      all.add(
          new Problem(
              source,
              at.document(),
              at.line(),
              at.column(),
              at.path(),
              "... and "
                  + unchecked
                  + " more id"
                  + (unchecked == 1 ? "" : "s")
                  + " no rule looks for in this file, not checked for near misses"));
      return all;
    }

    /** A warning at the item {@code id} when it can be found, else at its field. */
    private Problem warning(ParsedDocument.Valid doc, Field field, String id, String message) {
      ParsedDocument.Position at =
          id == null || items == null
              ? doc.position(field.path())
              : items
                  .of(doc.document(), field.path(), id)
                  .orElseGet(() -> doc.position(field.path()));
      return new Problem(source, doc.document(), at.line(), at.column(), field.specPath(), message);
    }
  }
}
