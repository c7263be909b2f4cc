package dev.advise.engine;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Duration;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Spec;
import dev.advise.model.Value;
import dev.advise.rules.Condition;
import dev.advise.rules.Op;
import dev.advise.rules.Rule;
import dev.advise.rules.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values worth trying for each field the rules read, for what-if questions: every choice of a
 * closed set, both flags, each id of a closed list alone, each id (or list) a rule looks for, and
 * for ordered fields a value on each side of every threshold a rule compares with.
 */
final class Candidates {

  private Candidates() {}

  /** Candidate values per field, in catalogue order; priorities may take each of 1 to 5. */
  static Map<Field, List<Value>> of(List<Rule> rules) {
    Map<Field, Set<Value>> out = new LinkedHashMap<>();
    for (Rule rule : rules) {
      rule.when()
          .comparisons(
              c -> {
                Set<Value> values = out.get(c.field());
                if (values == null) {
                  out.put(c.field(), values = new LinkedHashSet<>());
                } else if (c.field().type() == FieldType.CHOICE
                    || c.field().type() == FieldType.FLAG) {
                  return; // every choice or both flags are there already, whatever the comparison
                }
                values.addAll(values(c));
              });
    }
    for (Dimension d : Dimension.values()) {
      Set<Value> priorities = out.computeIfAbsent(Fields.priority(d), k -> new LinkedHashSet<>());
      for (int p = 1; p <= 5; p++) {
        priorities.add(new Count(p));
      }
    }
    Map<Field, List<Value>> sorted = new LinkedHashMap<>();
    for (Field f : Fields.all()) {
      Set<Value> values = out.get(f);
      if (values != null && !values.isEmpty()) {
        sorted.put(f, new ArrayList<>(values));
      }
    }
    return sorted;
  }

  private static List<Value> values(Condition.Compare c) {
    Field f = c.field();
    return switch (f.type()) {
      case CHOICE -> f.choices().stream().map(v -> (Value) new Choice(v)).toList();
      case FLAG -> List.of(new Flag(true), new Flag(false));
      case ITEMS -> c.op() == Op.EXISTS ? vocabulary(f) : lists(f, c.operands());
      case TEXT -> List.of();
      default -> c.op() == Op.EXISTS ? List.of() : around(c.op(), c.operands());
    };
  }

  /**
   * A closed list's vocabulary, each id alone: that the vendor supports the software on one
   * substrate only is the statement these lists exist for, and one-id values keep what-if's list
   * sweep ({@link ItemsSweep}). A free-form list has no vocabulary to try.
   */
  private static List<Value> vocabulary(Field f) {
    return f.choices().stream().map(id -> (Value) new Items(List.of(id))).toList();
  }

  /**
   * The vocabulary (for a closed list), then for each operand a list that meets the comparison: the
   * list an {@code equals} names, or the one id {@code contains} or {@code in} names.
   */
  private static List<Value> lists(Field f, List<Value> operands) {
    List<Value> out = new ArrayList<>(vocabulary(f));
    for (Value o : operands) {
      out.add(o instanceof Items list ? list : new Items(List.of(o.display())));
    }
    return out;
  }

  /** A value that meets the comparison, for each threshold (lt and gt need one beyond it). */
  private static List<Value> around(Op op, List<Value> operands) {
    List<Value> out = new ArrayList<>();
    for (Value v : operands) {
      switch (op) {
        case LT -> out.add(below(v));
        case GT -> out.add(above(v));
        default -> out.add(v);
      }
    }
    return out;
  }

  private static Value below(Value v) {
    if (v instanceof Duration d) {
      return new Duration(d.nanos() / 2);
    } else if (v instanceof Quantity q) {
      return new Quantity(q.base() / 2, q.kind());
    } else if (v instanceof Percent p) {
      return new Percent(p.value().divide(BigDecimal.valueOf(2)));
    } else if (v instanceof Count n) {
      return new Count(Math.max(0, n.value() - 1));
    }
    return v;
  }

  /** Saturates at the largest value: a rule may compare with a threshold near it (9e18 bytes). */
  private static Value above(Value v) {
    if (v instanceof Duration d) {
      return new Duration(doubled(d.nanos()));
    } else if (v instanceof Quantity q) {
      return new Quantity(doubled(q.base()), q.kind());
    } else if (v instanceof Percent p) {
      return new Percent(p.value().add(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(2)));
    } else if (v instanceof Count n) {
      return new Count(n.value() == Long.MAX_VALUE ? n.value() : n.value() + 1);
    }
    return v;
  }

  /** Groups the values by what each comparison of {@code field} in the rules says of them. */
  static int[] classes(Field field, List<Value> values, List<Rule> rules) {
    List<Condition.Compare> compares = new ArrayList<>();
    for (Rule r : rules) {
      r.when()
          .comparisons(
              c -> {
                if (c.field().equals(field)) {
                  compares.add(c);
                }
              });
    }
    Map<List<Truth>, Integer> seen = new HashMap<>();
    int[] out = new int[values.size()];
    for (int i = 0; i < values.size(); i++) {
      Spec alone = Spec.empty().with(field, values.get(i));
      List<Truth> signature = new ArrayList<>(compares.size());
      for (Condition.Compare c : compares) {
        signature.add(c.test(alone));
      }
      out[i] = seen.computeIfAbsent(signature, k -> seen.size());
    }
    return out;
  }

  /** Classes in which each of {@code n} values is alone (a swept field's, which skip grouping). */
  static int[] eachItsOwn(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  private static long doubled(long n) {
    return n > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : n * 2;
  }
}
