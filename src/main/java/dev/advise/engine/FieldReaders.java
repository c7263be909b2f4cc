package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which rules read which fields, from one walk over each rule's condition: per rule the fields it
 * compares, per field the rules that compare it. Asking every rule's condition once per field was
 * fields x rules walks, the largest part of what a one-file run spends preparing the rule set (and
 * all of it in the interpreter, since it runs once).
 */
final class FieldReaders {

  /** [rule]: the fields its condition reads, each once, in the order it reads them. */
  final Field[][] reads;

  /** [field catalogue index]: the indices of the rules that read it, ascending. */
  final int[][] readers;

  FieldReaders(List<Rule> rules) {
    reads = new Field[rules.size()][];
    int[] count = new int[Fields.count()];
    for (int i = 0; i < reads.length; i++) {
      Set<Field> fields = new LinkedHashSet<>();
      rules.get(i).when().comparisons(c -> fields.add(c.field()));
      reads[i] = fields.toArray(new Field[0]);
      for (Field f : reads[i]) {
        count[f.index()]++;
      }
    }
    readers = new int[Fields.count()][];
    for (int f = 0; f < readers.length; f++) {
      readers[f] = new int[count[f]];
      count[f] = 0;
    }
    for (int i = 0; i < reads.length; i++) {
      for (Field f : reads[i]) {
        readers[f.index()][count[f.index()]++] = i;
      }
    }
  }

  /** The rules at {@code indices}, in that order. */
  static List<Rule> rulesAt(List<Rule> all, int[] indices) {
    List<Rule> out = new ArrayList<>(indices.length);
    for (int i : indices) {
      out.add(all.get(i));
    }
    return out;
  }
}
