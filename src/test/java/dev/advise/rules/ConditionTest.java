package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.model.Choice;
import dev.advise.model.Duration;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Flag;
import dev.advise.model.Spec;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conditions follow three-valued logic: a missing field is unknown, never false. */
class ConditionTest {

  private static final Condition MICRO =
      new Condition.Compare(
          Fields.byPath("latency.p99").orElseThrow(), Op.LTE, List.of(new Duration(100_000)));
  private static final Condition MULTI =
      new Condition.Compare(
          Fields.byPath("isolation.tenancy").orElseThrow(),
          Op.EQUALS,
          List.of(new Choice("multi")));

  @Test
  void aComparisonOnAMissingFieldIsUnknownAndSoIsItsNegation() {
    assertThat(MICRO.test(Spec.empty())).isEqualTo(Truth.UNKNOWN);
    assertThat(new Condition.Not(MICRO).test(Spec.empty())).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void allIsFalseAsSoonAsOnePartIsFalseEvenWithUnknowns() {
    Spec single = Fixtures.workload("{isolation: {tenancy: single}}").spec();
    assertThat(new Condition.All(List.of(MICRO, MULTI)).test(single)).isEqualTo(Truth.FALSE);
    assertThat(new Condition.Any(List.of(MICRO, MULTI)).test(single)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void anyIsTrueAsSoonAsOnePartIsTrue() {
    Spec multi = Fixtures.workload("{isolation: {tenancy: multi}}").spec();
    assertThat(new Condition.Any(List.of(MICRO, MULTI)).test(multi)).isEqualTo(Truth.TRUE);
    assertThat(new Condition.All(List.of(MICRO, MULTI)).test(multi)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void existsIsNeverUnknown() {
    Condition pinned =
        new Condition.Compare(
            Fields.byPath("os.pinned").orElseThrow(), Op.EXISTS, List.of(new Flag(true)));
    assertThat(pinned.test(Spec.empty())).isEqualTo(Truth.FALSE);
    assertThat(pinned.test(Fixtures.workload("{os: {pinned: RHEL 6}}").spec()))
        .isEqualTo(Truth.TRUE);
  }

  @ParameterizedTest
  @CsvSource({"99us,TRUE", "100us,TRUE", "0.1ms,TRUE", "101us,FALSE", "1s,FALSE"})
  void durationsCompareByValueWhateverTheirUnit(String p99, Truth expected) {
    assertThat(MICRO.test(Fixtures.workload("{latency: {p99: " + p99 + "}}").spec()))
        .isEqualTo(expected);
  }

  /**
   * {@link Condition#reachable} never leaves out a truth some value gives (what-if relies on it to
   * skip rules, D122), over random trees of all, any, not, comparisons and exists on three fields,
   * each stated or not: for each field set free and each of its values, the truth the tree then has
   * is in the set. Built-in rules alone would not reach a not over an exists inside an any.
   */
  @Test
  void reachableHoldsEveryTruthOfRandomConditions() {
    Field tenancy = Fields.byPath("isolation.tenancy").orElseThrow();
    Field p99 = Fields.byPath("latency.p99").orElseThrow();
    Field pinned = Fields.byPath("os.pinned").orElseThrow();
    Map<Field, List<Value>> values =
        Map.of(
            tenancy, List.of(new Choice("single"), new Choice("multi")),
            p99, List.of(new Duration(50_000), new Duration(100_000), new Duration(5_000_000)),
            pinned, List.of(new Text("RHEL 6")));
    List<Field> fields = List.of(tenancy, p99, pinned);
    int narrower = 0;
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      Condition condition = randomCondition(random, fields, values, 3);
      Spec spec = Spec.empty();
      for (Field f : fields) {
        if (random.nextBoolean()) {
          List<Value> vs = values.get(f);
          spec = spec.with(f, vs.get(random.nextInt(vs.size())));
        }
      }
      for (Field free : fields) {
        int reachable = condition.reachable(spec, free);
        narrower += Integer.bitCount(reachable) < 3 ? 1 : 0;
        for (Value v : values.get(free)) {
          assertThat(reachable & condition.test(spec.with(free, v)).bit())
              .as("seed %d: %s, %s free = %s", seed, condition.describe(), free.path(), v)
              .isNotZero();
        }
      }
    }
    assertThat(narrower).isGreaterThan(3000);
  }

  private static Condition randomCondition(
      Random random, List<Field> fields, Map<Field, List<Value>> values, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(5);
    if (kind <= 1) {
      Field f = fields.get(random.nextInt(fields.size()));
      if (f.type() == FieldType.TEXT || random.nextInt(4) == 0) {
        return new Condition.Compare(f, Op.EXISTS, List.of(new Flag(random.nextBoolean())));
      }
      List<Value> vs = values.get(f);
      Value operand = vs.get(random.nextInt(vs.size()));
      Op op = f.type() == FieldType.DURATION && random.nextBoolean() ? Op.LTE : Op.EQUALS;
      return new Condition.Compare(f, op, List.of(operand));
    }
    if (kind == 2) {
      return new Condition.Not(randomCondition(random, fields, values, depth - 1));
    }
    List<Condition> parts = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      parts.add(randomCondition(random, fields, values, depth - 1));
    }
    return kind == 3 ? new Condition.All(parts) : new Condition.Any(parts);
  }

  @Test
  void truthTablesAreKleenes() {
    assertThat(Truth.TRUE.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.FALSE.and(Truth.UNKNOWN)).isEqualTo(Truth.FALSE);
    assertThat(Truth.TRUE.or(Truth.UNKNOWN)).isEqualTo(Truth.TRUE);
    assertThat(Truth.FALSE.or(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
  }
}
