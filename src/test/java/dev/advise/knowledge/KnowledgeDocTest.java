package dev.advise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.model.Dimension;
import dev.advise.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/knowledge.md names every rule, and names nothing that is not a rule or a baseline entry. */
class KnowledgeDocTest {

  @Test
  void everyRuleIsAccountedForAndEveryNamedRuleExists() throws IOException {
    String doc = Files.readString(Fixtures.projectDir().resolve("docs/knowledge.md"));
    List<String> named = new ArrayList<>();
    Matcher m = Pattern.compile("`([a-z]+(?:\\.[a-z0-9-]+)+)`").matcher(doc);
    while (m.find()) {
      named.add(m.group(1));
    }
    List<String> ids = Fixtures.rules().rules().stream().map(Rule::id).toList();
    List<String> baselines =
        Arrays.stream(Dimension.values()).map(d -> "baseline." + d.id()).toList();
    assertThat(named)
        .allSatisfy(n -> assertThat(ids.contains(n) || baselines.contains(n)).as(n).isTrue());
    assertThat(named).containsAll(ids);
  }
}
