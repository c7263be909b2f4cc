package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.advise.Fixtures;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The knowledge base packed into the jar is complete and every citation can be followed. */
class EmbeddedRulesTest {

  private final RuleSet rules = Fixtures.rules();

  @Test
  void loadsWithAPolicyAndABaselineForEveryDimensionAndSubstrate() {
    assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(40);
    for (Dimension d : Dimension.values()) {
      for (Substrate s : Substrate.values()) {
        assertThat(rules.baseline().capability(s, d)).isBetween(0, 100);
      }
      assertThat(rules.baseline().entry(d).sources()).isNotEmpty();
    }
  }

  @Test
  void rulesAreSortedByIdAndEachCitesASource() {
    List<String> ids = rules.rules().stream().map(Rule::id).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(rules.rules()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
  }

  @Test
  void theEmbeddedFilesAreTheRepositorysRulesFolder() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("rules"))) {
      List<String> onDisk = files.map(p -> "rules/" + p.getFileName()).sorted().toList();
      assertThat(RuleLoader.embeddedFiles())
          .extracting(RuleFile::name)
          .containsExactlyElementsOf(onDisk);
    }
  }

  /** Every built-in source says what it is, who published it, when and where to find it. */
  @Test
  void everySourceHasATitlePublisherDateAndAddress() {
    assertThat(rules.sources()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(rules.sources().values())
        .allSatisfy(
            s -> {
              assertThat(s.title()).as(s.key()).isNotBlank();
              assertThat(s.publisher()).as(s.key()).isNotBlank();
              assertThat(s.date()).as(s.key()).matches("undated|\\d{4}(-\\d{2}(-\\d{2})?)?");
              assertThat(s.address()).as(s.key()).matches("https?://\\S+|shared/seeds/\\S+\\.txt");
            });
  }

  /**
   * Every "key: section" citation of a seed article (the documents listed in the seeds' README)
   * names a section heading that appears in that document; the other sources are web documents,
   * checked for their description above. Runs where ../shared/seeds is beside the checkout.
   */
  @Test
  void everyCitationPointsAtASectionOfASourceDocument() throws IOException {
    Path seeds = Fixtures.projectDir().resolve("../shared/seeds").normalize();
    assumeTrue(
        Files.isRegularFile(seeds.resolve("README.md")),
        "shared/seeds is not beside this checkout");
    Map<String, String> texts = new HashMap<>();
    Matcher row =
        Pattern.compile("\\| `([a-z]+)` \\| (\\S+\\.txt) \\|")
            .matcher(Files.readString(seeds.resolve("README.md"), StandardCharsets.UTF_8));
    while (row.find()) {
      texts.put(
          row.group(1),
          Files.readString(seeds.resolve(row.group(2)), StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT));
    }
    assertThat(rules.sources().keySet()).containsAll(texts.keySet());
    texts
        .keySet()
        .forEach(k -> assertThat(rules.sources().get(k).address()).contains("shared/seeds/"));
    Stream<String> citations =
        Stream.concat(
            rules.rules().stream()
                .flatMap(
                    r ->
                        Stream.concat(
                            r.sources().stream(),
                            r.dispute().map(d -> d.sources().stream()).orElseGet(Stream::empty))),
            rules.baseline().dimensions().values().stream().flatMap(e -> e.sources().stream()));
    assertThat(citations.distinct().filter(c -> texts.containsKey(c.split(": ", 2)[0])).toList())
        .allSatisfy(
            c -> {
              String[] parts = c.split(": ", 2);
              assertThat(texts.get(parts[0])).as(c).contains(parts[1].toLowerCase(Locale.ROOT));
            });
  }
}
