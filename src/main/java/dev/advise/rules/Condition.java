package dev.advise.rules;

import dev.advise.model.Field;
import dev.advise.model.FieldLookup;
import dev.advise.model.FieldType;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Value;
import java.util.List;
import java.util.function.Consumer;

/** When a rule applies: a tree of all / any / not over comparisons on descriptor fields. */
public sealed interface Condition {

  /** Evaluates against what the descriptor says; an absent field makes a comparison unknown. */
  Truth test(FieldLookup spec);

  /**
   * The truths this condition can take when {@code free} is set to some value and every other field
   * stays as in {@code spec}, as a set of {@link Truth#bit()}s. The free field's comparisons are
   * taken as independent of one another, so the set may hold a truth no single value reaches, but
   * never lacks one that some value gives: what-if skips the rules whose truth no value of a field
   * can change (a rule that also needs another unknown field stays unknown whatever this one is).
   */
  int reachable(FieldLookup spec, Field free);

  /** Calls {@code visitor} on every comparison in the tree, in order. */
  void comparisons(Consumer<Compare> visitor);

  /** The condition in words and symbols, e.g. {@code latency.p99 <= 100us and type = trading}. */
  String describe();

  /** {@link Truth#bit()}s, for {@link #reachable}. */
  int TRUE_BIT = Truth.TRUE.bit();

  int FALSE_BIT = Truth.FALSE.bit();

  int UNKNOWN_BIT = Truth.UNKNOWN.bit();

  /** True when every one of the conditions holds. */
  record All(List<Condition> of) implements Condition {
    public All {
      of = List.copyOf(of);
    }

    @Override
    public Truth test(FieldLookup spec) {
      Truth t = Truth.TRUE;
      // an index, not an iterator: this runs a few hundred times per workload, and the JIT the
      // launcher chooses (C1) allocates every iterator
      for (int i = 0, n = of.size(); i < n; i++) {
        t = t.and(of.get(i).test(spec));
        if (t == Truth.FALSE) {
          return t;
        }
      }
      return t;
    }

    @Override
    public int reachable(FieldLookup spec, Field free) {
      return conjunction(of, spec, free, false);
    }

    @Override
    public void comparisons(Consumer<Compare> visitor) {
      of.forEach(c -> c.comparisons(visitor));
    }

    @Override
    public String describe() {
      return join(of, " and ");
    }
  }

  /**
   * The truths {@code parts} joined by "and" can take ({@link #reachable}), each part negated first
   * when {@code negated}: true needs every part true; false, one part false; unknown, no part that
   * must be false and one that may be unknown.
   */
  private static int conjunction(
      List<Condition> parts, FieldLookup spec, Field free, boolean negated) {
    boolean allTrue = true;
    boolean anyFalse = false;
    boolean noneOnlyFalse = true;
    boolean anyUnknown = false;
    for (int i = 0, n = parts.size(); i < n; i++) {
      int part = parts.get(i).reachable(spec, free);
      if (negated) {
        part = negation(part);
      }
      allTrue &= (part & TRUE_BIT) != 0;
      anyFalse |= (part & FALSE_BIT) != 0;
      noneOnlyFalse &= (part & (TRUE_BIT | UNKNOWN_BIT)) != 0;
      anyUnknown |= (part & UNKNOWN_BIT) != 0;
    }
    return (allTrue ? TRUE_BIT : 0)
        | (anyFalse ? FALSE_BIT : 0)
        | (noneOnlyFalse && anyUnknown ? UNKNOWN_BIT : 0);
  }

  /** The truths of "not" a condition that can take {@code bits}: true and false trade places. */
  private static int negation(int bits) {
    return (bits & UNKNOWN_BIT)
        | ((bits & TRUE_BIT) != 0 ? FALSE_BIT : 0)
        | ((bits & FALSE_BIT) != 0 ? TRUE_BIT : 0);
  }

  private static String join(List<Condition> parts, String with) {
    return String.join(
        with,
        parts.stream()
            .map(
                c ->
                    c instanceof Compare || c instanceof Not
                        ? c.describe()
                        : "(" + c.describe() + ")")
            .toList());
  }

  /** True when at least one of the conditions holds. */
  record Any(List<Condition> of) implements Condition {
    public Any {
      of = List.copyOf(of);
    }

    @Override
    public Truth test(FieldLookup spec) {
      Truth t = Truth.FALSE;
      for (int i = 0, n = of.size(); i < n; i++) { // an index, as in All
        t = t.or(of.get(i).test(spec));
        if (t == Truth.TRUE) {
          return t;
        }
      }
      return t;
    }

    /** By De Morgan's law, which holds in Kleene's logic: not (not a and not b). */
    @Override
    public int reachable(FieldLookup spec, Field free) {
      return negation(conjunction(of, spec, free, true));
    }

    @Override
    public void comparisons(Consumer<Compare> visitor) {
      of.forEach(c -> c.comparisons(visitor));
    }

    @Override
    public String describe() {
      return join(of, " or ");
    }
  }

  /** True when the condition does not hold (and unknown when it is unknown). */
  record Not(Condition of) implements Condition {
    @Override
    public Truth test(FieldLookup spec) {
      return of.test(spec).not();
    }

    @Override
    public int reachable(FieldLookup spec, Field free) {
      return negation(of.reachable(spec, free));
    }

    @Override
    public void comparisons(Consumer<Compare> visitor) {
      of.comparisons(visitor);
    }

    @Override
    public String describe() {
      return "not (" + of.describe() + ")";
    }
  }

  /**
   * One comparison of a field with typed operands (one, or several for {@code in}). For {@code
   * exists} the single operand is a flag: whether the field must be present or absent.
   */
  record Compare(Field field, Op op, List<Value> operands) implements Condition {
    public Compare {
      operands = List.copyOf(operands);
    }

    @Override
    public Truth test(FieldLookup spec) {
      Value actual = spec.valueOrNull(field);
      if (op == Op.EXISTS) {
        boolean wanted = ((Flag) operands.get(0)).value();
        return Truth.of((actual != null) == wanted);
      }
      return actual == null ? Truth.UNKNOWN : Truth.of(holds(actual));
    }

    /**
     * Another field's comparison keeps its truth. The free field's, set to some value, is there (so
     * {@code exists} is decided) and may hold or not.
     */
    @Override
    public int reachable(FieldLookup spec, Field free) {
      if (!field.equals(free)) {
        return test(spec).bit();
      }
      if (op == Op.EXISTS) {
        return Truth.of(((Flag) operands.get(0)).value()).bit();
      }
      return TRUE_BIT | FALSE_BIT;
    }

    private boolean holds(Value actual) {
      if (field.type() == FieldType.ITEMS) {
        Items items = (Items) actual;
        return switch (op) {
          case CONTAINS -> items.contains(operands.get(0).display());
          case IN -> containsAny(items);
          case EQUALS -> items.equals(operands.get(0));
          default -> false;
        };
      }
      return switch (op) {
        case EQUALS -> actual.equals(operands.get(0));
        case IN -> operands.contains(actual);
        case LT -> order(actual) < 0;
        case LTE -> order(actual) <= 0;
        case GT -> order(actual) > 0;
        case GTE -> order(actual) >= 0;
        case EXISTS, CONTAINS -> false;
      };
    }

    private boolean containsAny(Items items) {
      for (int i = 0, n = operands.size(); i < n; i++) {
        if (items.contains(operands.get(i).display())) {
          return true;
        }
      }
      return false;
    }

    private int order(Value actual) {
      return ((Value.Ordered) actual).compareWith((Value.Ordered) operands.get(0));
    }

    @Override
    public void comparisons(Consumer<Compare> visitor) {
      visitor.accept(this);
    }

    @Override
    public String describe() {
      String path = field.path();
      return switch (op) {
        case EXISTS -> path + (((Flag) operands.get(0)).value() ? " is given" : " is not given");
        case IN ->
            path
                + " in ["
                + String.join(", ", operands.stream().map(Value::display).toList())
                + "]";
        case CONTAINS -> path + " contains " + operands.get(0).display();
        case EQUALS -> path + " = " + operands.get(0).display();
        case LT -> path + " < " + operands.get(0).display();
        case LTE -> path + " <= " + operands.get(0).display();
        case GT -> path + " > " + operands.get(0).display();
        case GTE -> path + " >= " + operands.get(0).display();
      };
    }
  }
}
