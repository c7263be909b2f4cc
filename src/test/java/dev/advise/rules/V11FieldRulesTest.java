package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advise.Fixtures;
import dev.advise.descriptor.Problem;
import dev.advise.model.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules can read the v1.1 descriptor fields, typed like any other field. */
class V11FieldRulesTest {

  private static Rule onlyRuleOf(String when) throws RuleSetException {
    String yaml =
        """
        rules:
          - id: test.v11
            title: t
            dimension: density
            when: %s
            effects: {bare-metal: +5}
            because: b
            sources: ["querytel: Part 6"]
        """
            .formatted(when);
    RuleSet set =
        RuleLoader.load(List.of(RuleLoader.embeddedFiles(), List.of(new RuleFile("t.yaml", yaml))));
    return set.rule("test.v11").orElseThrow();
  }

  @Test
  void aRuleComparesTheServersOfTheEstate() throws RuleSetException {
    Condition when = onlyRuleOf("{field: estate.servers, gte: 1000}").when();
    assertThat(when.test(Fixtures.workload("{estate: {servers: 2000}}").spec()))
        .isEqualTo(Truth.TRUE);
    assertThat(when.test(Fixtures.workload("{estate: {servers: 999}}").spec()))
        .isEqualTo(Truth.FALSE);
    assertThat(when.test(Spec.empty())).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void everyNewFieldCanBeTested() throws RuleSetException {
    Spec spec =
        Fixtures.workload(
                "{isolation: {tenancy: multi, tenants: teams}, scaling: {toZero: true},"
                    + " resources: {io: {storage: heavy, network: light}}, estate: {standard: vm, team: platform}}")
            .spec();
    for (String when :
        List.of(
            "{field: isolation.tenants, equals: teams}",
            "{field: scaling.toZero, equals: true}",
            "{field: resources.io.storage, in: [heavy, moderate]}",
            "{field: resources.io.network, equals: light}",
            "{field: estate.standard, equals: vm}",
            "{field: estate.team, equals: platform}")) {
      assertThat(onlyRuleOf(when).when().test(spec)).as(when).isEqualTo(Truth.TRUE);
    }
  }

  @Test
  void aValueOutsideTheFieldsRangeIsALocatedRuleError() {
    assertThatThrownBy(() -> onlyRuleOf("{field: estate.standard, equals: kubernetes}"))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::format))
                    .anyMatch(
                        m ->
                            m.contains("t.yaml:5:")
                                && m.contains("\"kubernetes\" is not allowed")));
    assertThatThrownBy(() -> onlyRuleOf("{field: estate.servers, gte: 0}"))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::format))
                    .anyMatch(m -> m.contains("\"0\" is below 1")));
  }
}
