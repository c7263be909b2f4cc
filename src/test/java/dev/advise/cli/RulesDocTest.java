package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.rules.RuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in docs/rules.md marked {@code <!-- example: NAME.yaml -->} are a working rules
 * folder: it loads over the built-in rules, its cases pass, and its switch-off takes effect.
 */
class RulesDocTest {

  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- example: ([\\w.-]+) -->\\n```yaml\\n(.*?)```", Pattern.DOTALL);

  static Map<String, String> examples() throws Exception {
    String doc = Files.readString(Fixtures.projectDir().resolve("docs/rules.md"));
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = EXAMPLE.matcher(doc);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void theDocsExamplesAreARulesFolderWhoseCasesPass(@TempDir Path dir) throws Exception {
    Map<String, String> examples = examples();
    assertThat(examples).containsKeys("edge-timing.yaml", "switch-off.yaml");
    for (var e : examples.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
    Cli.Result run = Cli.run("rules", "test", dir.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("pass: latency.strict-jitter-at-edge fires")
        .contains("pass: latency.strict-jitter-at-edge stays quiet")
        .endsWith(" failed\n")
        .doesNotContain("FAIL")
        .doesNotContain("without cases");

    Matcher off =
        Pattern.compile("- id: (\\S+)\\n\\s+enabled: false")
            .matcher(examples.get("switch-off.yaml"));
    assertThat(off.find()).isTrue();
    String id = off.group(1);
    assertThat(RuleLoader.withFolders(List.of()).rule(id))
        .as("docs/rules.md switches off a built-in rule")
        .isPresent();
    assertThat(RuleLoader.withFolders(List.of(dir)).rule(id)).isEmpty();
    assertThat(RuleLoader.withFolders(List.of(dir)).rule("latency.strict-jitter-at-edge"))
        .isPresent();
  }
}
