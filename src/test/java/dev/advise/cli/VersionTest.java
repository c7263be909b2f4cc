package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.rules.RuleDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --version} names the version, the commit and the digest of the rule set in use; JSON names
 * the digest.
 */
class VersionTest {

  @TempDir Path dir;

  private static final String RULE =
      "rules:\n  - id: latency.extra-test-rule\n    title: t\n    dimension: latency\n"
          + "    when: {field: latency.p99, lte: 1ms}\n    effects: {vm: -1}\n    because: b\n"
          + "    sources: [\"querytel: Part 6\"]\n";

  private static String[] lines(String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().split("\n");
  }

  @Test
  void versionCommitAndTheBuiltInRulesDigest() {
    String[] lines = lines("--version");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("advise ");
    assertThat(lines[1]).matches("commit ([0-9a-f]{12}|unknown)");
    assertThat(lines[2])
        .isEqualTo("rules " + RuleDigest.of(Fixtures.rules()))
        .matches("rules sha256:[0-9a-f]{64}");
  }

  @Test
  void theBuildTimeDigestIsTheOneComputedFromTheRules() {
    assertThat(RuleDigest.inUse(Fixtures.rules(), true)).isEqualTo(RuleDigest.of(Fixtures.rules()));
  }

  @Test
  void aRulesFolderChangesTheDigestHoweverTheFolderIsNamed() throws IOException {
    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/extra.yaml"), RULE, StandardCharsets.UTF_8);
    String builtIn = lines("--version")[2];
    String mine = lines("--version", "--rules", dir.resolve("mine").toString())[2];
    assertThat(mine).isNotEqualTo(builtIn);
    assertThat(lines("--version", "--rules", dir.resolve("mine/../mine").toString())[2])
        .isEqualTo(mine);
    // a comment moves every line, and says nothing new
    Files.writeString(
        dir.resolve("mine/extra.yaml"), "# a comment\n\n" + RULE, StandardCharsets.UTF_8);
    assertThat(lines("--version", "--rules", dir.resolve("mine").toString())[2]).isEqualTo(mine);
    assertThat(lines("rules", "--version", "--rules", dir.resolve("mine").toString())[2])
        .isEqualTo(mine);
  }

  @Test
  void theJsonEnvelopeNamesTheDigestOfTheRulesThatProducedIt() throws IOException {
    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/extra.yaml"), RULE, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    String builtIn =
        json.readTree(Cli.run("--format", "json", "examples/payments-api.yaml").out())
            .get("rulesDigest")
            .asText();
    assertThat("rules " + builtIn).isEqualTo(lines("--version")[2]);
    String mine =
        json.readTree(
                Cli.run(
                        "--format",
                        "json",
                        "--rules",
                        dir.resolve("mine").toString(),
                        "examples/payments-api.yaml")
                    .out())
            .get("rulesDigest")
            .asText();
    assertThat("rules " + mine)
        .isEqualTo(lines("--version", "--rules", dir.resolve("mine").toString())[2]);
  }
}
