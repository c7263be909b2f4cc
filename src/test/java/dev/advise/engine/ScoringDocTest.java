package dev.advise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked example in docs/scoring.md is what the advisor computes for its example. */
class ScoringDocTest {

  @Test
  void theWorkedExampleMatchesTheAdvisor() throws IOException {
    String doc = Files.readString(Fixtures.projectDir().resolve("docs/scoring.md"));
    String text =
        Files.readString(Fixtures.projectDir().resolve("examples/oracle-erp-database.yaml"));
    var w =
        ((ParsedDocument.Valid) DescriptorParser.parseFully("x", new StringReader(text)).get(0))
            .workload();
    Advice a = Fixtures.advisor().advise(w);
    long total = a.importance().values().stream().mapToLong(Integer::longValue).sum();

    Matcher m = Pattern.compile("= (\\d+) / (\\d+) = [\\d.]+ → (\\d+)").matcher(doc);
    for (Substrate s : List.of(Substrate.BARE_METAL, Substrate.VM)) {
      assertThat(m.find()).as("a worked line for " + s.id()).isTrue();
      long sum = 0;
      for (Dimension d : Dimension.values()) {
        sum += (long) a.importance().get(d) * a.of(s).dimensions().get(d);
      }
      assertThat(Long.parseLong(m.group(1))).as(s.id() + " weighted sum").isEqualTo(sum);
      assertThat(Long.parseLong(m.group(2))).as("sum of importance").isEqualTo(total);
      assertThat(Integer.parseInt(m.group(3))).as(s.id() + " score").isEqualTo(a.of(s).score());
    }
  }
}
