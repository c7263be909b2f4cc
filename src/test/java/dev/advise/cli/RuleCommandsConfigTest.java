package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advise rules} and {@code advise explain} use the rule folders a run would: the
 * configuration file's {@code rules:} (relative to the file), replaced by {@code ADVISE_RULES},
 * replaced by {@code --rules}. Run in a JVM of its own, since the file is found from the working
 * folder.
 */
class RuleCommandsConfigTest {

  @TempDir Path work;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void aRepositoryWithItsOwnRules() throws IOException {
    Files.createDirectories(work.resolve(".git"));
    Files.createDirectories(work.resolve("policy"));
    Files.copy(
        Fixtures.projectDir().resolve("src/test/resources/rule-tests/base/edge.yaml"),
        work.resolve("policy/edge.yaml"));
    Files.createDirectories(work.resolve("sub"));
  }

  @Test
  void theFilesRulesAreListedAndExplained() throws Exception {
    Path sub =
        work.resolve(
            "sub"); // the file is found from a folder below it, its path taken from its own folder
    assertThat(advise(sub, null, "rules").out()).doesNotContain("test.small-site");
    Files.writeString(work.resolve(".advise.yaml"), "rules: policy/\n");
    assertThat(advise(sub, null, "rules").out()).contains("test.small-site", "test.many-gpus");
    Run explained = advise(sub, null, "explain", "test.small-site");
    assertThat(explained.code()).as(explained.err()).isZero();
    assertThat(explained.out()).contains("Small sites cannot afford extra layers");
  }

  @Test
  void theVariableAndTheFlagReplaceTheFilesRules() throws Exception {
    Files.writeString(work.resolve(".advise.yaml"), "rules: policy/\n");
    Files.createDirectories(work.resolve("other"));
    Files.copy(
        Fixtures.projectDir().resolve("src/test/resources/rule-tests/failing/wrong.yaml"),
        work.resolve("other/wrong.yaml"));
    assertThat(advise(work, "other", "rules").out())
        .contains("test.tight-budget")
        .doesNotContain("test.small-site");
    assertThat(advise(work, null, "rules", "--rules", "other").out())
        .contains("test.tight-budget")
        .doesNotContain("test.small-site");
    // a rule the layers in use do not have: the id names nothing, a usage error
    assertThat(advise(work, null, "explain", "--rules", "other", "test.small-site").code())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aMisspeltKeyInTheFileStopsThemAsItStopsARun() throws Exception {
    Files.writeString(work.resolve(".advise.yaml"), "rulez: policy/\n");
    Run run = advise(work, null, "rules");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(".advise.yaml:1:1: rulez: unknown field (did you mean \"rules\"?)");
    assertThat(run.out()).isEmpty();
  }

  private static Run advise(Path workingDir, String rulesVariable, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder pb = OwnJvm.advise(args).directory(workingDir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("ADVISE_"));
    if (rulesVariable != null) {
      pb.environment().put("ADVISE_RULES", rulesVariable);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }
}
