package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.engine.Advice;
import dev.advise.engine.Reason;
import dev.advise.model.Workload;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Rule by rule: each rule fires on its "fires" spec and stays quiet on its "quiet" spec (from
 * rule-cases.yaml), and when it fires the advice names it.
 */
class RuleCasesTest {

  private static final Path CASES = Fixtures.projectDir().resolve("src/test/resources/rule-cases.yaml");

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> cases() throws IOException {
    try (Reader r = Files.newBufferedReader(CASES, StandardCharsets.UTF_8)) {
      return (Map<String, Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    }
  }

  static Stream<Arguments> rules() throws IOException {
    Map<String, Map<String, Object>> cases = cases();
    return Fixtures.rules().rules().stream()
        .map(r -> Arguments.of(r.id(), cases.get(r.id())));
  }

  private static Workload workload(Object spec) {
    DumperOptions flow = new DumperOptions();
    flow.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    flow.setWidth(Integer.MAX_VALUE);
    return Fixtures.workload(new Yaml(flow).dump(spec).strip());
  }

  @Test
  void everyCaseNamesAnExistingRule() throws IOException {
    assertThat(cases().keySet()).allSatisfy(id -> assertThat(Fixtures.rules().rule(id)).as(id).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void firesOnItsCaseAndNotOnTheNearMiss(String id, Map<String, Object> cases) {
    assertThat(cases).as("rule-cases.yaml has fires/quiet for " + id).isNotNull()
        .containsKeys("fires", "quiet");
    Rule rule = Fixtures.rules().rule(id).orElseThrow();

    Workload fires = workload(cases.get("fires"));
    Workload quiet = workload(cases.get("quiet"));
    assertThat(rule.when().test(fires.spec())).as("fires").isEqualTo(Truth.TRUE);
    assertThat(rule.when().test(quiet.spec())).as("quiet").isNotEqualTo(Truth.TRUE);

    assertThat(mentions(Fixtures.advisor().advise(fires), id)).as("advice names " + id).isTrue();
    assertThat(mentions(Fixtures.advisor().advise(quiet), id)).as("advice leaves out " + id).isFalse();
  }

  private static boolean mentions(Advice advice, String id) {
    Stream<Reason> all = Stream.concat(advice.importanceReasons().stream(), advice.ranking().stream()
        .flatMap(r -> Stream.of(r.reasons(), r.exclusions(), r.conditions()).flatMap(l -> l.stream())));
    return all.anyMatch(r -> r.rule().equals(id));
  }
}
