package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.model.Choice;
import dev.advise.model.Duration;
import dev.advise.model.Fields;
import dev.advise.model.Flag;
import dev.advise.model.Spec;
import java.util.List;
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

  @Test
  void truthTablesAreKleenes() {
    assertThat(Truth.TRUE.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.FALSE.and(Truth.UNKNOWN)).isEqualTo(Truth.FALSE);
    assertThat(Truth.TRUE.or(Truth.UNKNOWN)).isEqualTo(Truth.TRUE);
    assertThat(Truth.FALSE.or(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
  }
}
