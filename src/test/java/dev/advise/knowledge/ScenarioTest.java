package dev.advise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.engine.Advice;
import dev.advise.engine.Confidence;
import dev.advise.engine.Ranked;
import dev.advise.engine.Verdict;
import dev.advise.model.Substrate;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The scenario suite: situations from the source articles, each with the placement its source
 * supports and the substrates it argues against (src/test/resources/scenarios.yaml).
 */
class ScenarioTest {

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> scenarios() throws IOException {
    try (Reader r =
        Files.newBufferedReader(
            Fixtures.projectDir().resolve("src/test/resources/scenarios.yaml"),
            StandardCharsets.UTF_8)) {
      return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    return scenarios().stream().map(s -> Arguments.of(s.get("name"), s));
  }

  @Test
  void thereAreAtLeastFortyScenariosEachNamingASourceSection() throws IOException {
    List<Map<String, Object>> all = scenarios();
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(all)
        .allSatisfy(
            s -> {
              String source = (String) s.get("source");
              assertThat(source).matches("[a-z]+: .+");
              assertThat(Fixtures.rules().sources())
                  .containsKey(source.substring(0, source.indexOf(':')));
            });
    assertThat(all.stream().map(s -> s.get("name")).distinct().count()).isEqualTo(all.size());
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theAdviceFollowsTheSource(String name, Map<String, Object> scenario) {
    Advice advice =
        Fixtures.advisor().advise(Fixtures.workload(Generator.yaml(scenario.get("spec"))));
    String summary = name + " (" + scenario.get("source") + "): " + describe(advice);
    Object expect = scenario.get("expect");
    if (expect != null) {
      assertThat(advice.recommendation().map(Substrate::id)).as(summary).contains((String) expect);
    }
    int best = advice.ranking().get(0).score();
    for (String against : (List<String>) scenario.getOrDefault("against", List.of())) {
      Ranked r = advice.of(Substrate.byId(against).orElseThrow());
      assertThat(r.verdict())
          .as(summary + ": " + against + " is argued against")
          .isNotEqualTo(Verdict.RECOMMENDED);
      assertThat(r.verdict() == Verdict.EXCLUDED || r.score() < best).as(summary).isTrue();
    }
    for (String conditional : (List<String>) scenario.getOrDefault("conditions", List.of())) {
      assertThat(advice.of(Substrate.byId(conditional).orElseThrow()).conditions())
          .as(summary + ": " + conditional + " carries a condition")
          .isNotEmpty();
    }
    if (Boolean.TRUE.equals(scenario.get("disputed"))) {
      // the dispute is always named; it lowers confidence only where it decides (scoring.md §6):
      // an answer that stands without the disputed rules may still be high, and says so
      assertThat(advice.confidenceFactors())
          .as(summary)
          .anyMatch(f -> f.startsWith("sources disagree"));
      if (advice.confidence() == Confidence.HIGH) {
        assertThat(advice.confidenceFactors())
            .as(summary)
            .anyMatch(f -> f.startsWith("sources disagree") && f.contains("leads without them"));
      }
    }
  }

  static String describe(Advice a) {
    StringBuilder sb = new StringBuilder();
    for (Ranked r : a.ranking()) {
      sb.append(r.substrate().id())
          .append('=')
          .append(r.verdict() == Verdict.EXCLUDED ? "x" : r.score())
          .append(' ');
    }
    return sb.append(a.confidence().id()).toString();
  }
}
