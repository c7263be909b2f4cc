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

  /** Calls {@code visitor} on every comparison in the tree, in order. */
  void comparisons(Consumer<Compare> visitor);

  /** The condition in words and symbols, e.g. {@code latency.p99 <= 100us and type = trading}. */
  String describe();

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
    public void comparisons(Consumer<Compare> visitor) {
      of.forEach(c -> c.comparisons(visitor));
    }

    @Override
    public String describe() {
      return join(of, " and ");
    }
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
