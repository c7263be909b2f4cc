package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build-time compiled rule set is the YAML rule set, and a stale one is never used. */
class CompiledRulesTest {

  @Test
  void theCompiledFormReadsBackAsTheSameRuleSet() throws Exception {
    List<RuleFile> files = RuleLoader.embeddedFiles();
    RuleSet parsed = RuleLoader.load(List.of(files));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RuleSetCodec.write(parsed, RuleSetCodec.checksum(files), bytes);
    RuleSet read =
        RuleSetCodec.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                RuleSetCodec.checksum(files))
            .orElseThrow();
    assertThat(read).isEqualTo(parsed);
  }

  @Test
  void capsAndConditionsReadBackToo() throws Exception {
    RuleSet parsed = Fixtures.rulesWithMechanisms();
    assertThat(parsed.rules())
        .anyMatch(r -> !r.caps().isEmpty())
        .anyMatch(r -> !r.conditions().isEmpty());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RuleSetCodec.write(parsed, 42, bytes);
    RuleSet read =
        RuleSetCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 42)
            .orElseThrow();
    assertThat(read).isEqualTo(parsed);
  }

  @Test
  void theEmbeddedRuleSetEqualsTheParsedYaml() throws Exception {
    assertThat(RuleLoader.embedded())
        .isEqualTo(RuleLoader.load(List.of(RuleLoader.embeddedFiles())));
  }

  @Test
  void theBuildsCompiledFormMatchesTheYamlItWasMadeFrom() throws Exception {
    try (var in = RuleLoader.class.getResourceAsStream("/rules.bin")) {
      assertThat(in).as("rules.bin is built in process-classes").isNotNull();
      assertThat(
              RuleSetCodec.read(
                  new DataInputStream(in), RuleSetCodec.checksum(RuleLoader.embeddedFiles())))
          .as("a silent fallback to YAML would hide a naming or checksum mismatch")
          .isPresent();
    }
  }

  @Test
  void aCompiledFormFromOtherYamlIsIgnored() throws Exception {
    List<RuleFile> files = RuleLoader.embeddedFiles();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RuleSetCodec.write(RuleLoader.load(List.of(files)), RuleSetCodec.checksum(files) + 1, bytes);
    assertThat(
            RuleSetCodec.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                RuleSetCodec.checksum(files)))
        .isEmpty();
  }
}
