package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Action's script and the pre-commit hook's entry, run directly (neither GitHub nor
 * pre-commit runs here): the exit codes the pipeline sees, and the SARIF report left behind.
 */
class CiIntegrationIT {

  private static final Path ROOT = Fixtures.projectDir();

  private static int run(List<String> command, Map<String, String> env, Path log) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    return pb.start().waitFor();
  }

  @Test
  void theActionWritesSarifAndGatesOnTheCheck() throws Exception {
    Path dir = Files.createTempDirectory("advise-action");
    Path sarif = dir.resolve("advise.sarif");
    List<String> script = List.of(ROOT.resolve("ci/action.sh").toString());
    int failed =
        run(
            script,
            Map.of(
                "INPUT_PATHS",
                "examples/ci-runners.yaml examples/payments-api.yaml",
                "INPUT_SARIF",
                sarif.toString(),
                "INPUT_CHECK",
                "true"),
            dir.resolve("log"));
    assertThat(failed).as(Files.readString(dir.resolve("log"))).isEqualTo(1);
    assertThat(Files.readString(sarif, StandardCharsets.UTF_8))
        .contains("\"version\": \"2.1.0\"", "ci-runners.yaml");
    int passed =
        run(
            script,
            Map.of(
                "INPUT_PATHS",
                "examples/ci-runners.yaml",
                "INPUT_SARIF",
                "",
                "INPUT_CHECK",
                "false"),
            dir.resolve("log2"));
    assertThat(passed).isZero();
    assertThat(Files.readString(dir.resolve("log2"))).contains("ci-runners");
  }

  @Test
  void theHooksEntryChecksTheFilesPreCommitPasses() throws Exception {
    List<Map<String, Object>> hooks;
    try (var in = Files.newInputStream(ROOT.resolve(".pre-commit-hooks.yaml"))) {
      hooks = new Yaml().load(in);
    }
    Map<String, Object> hook = hooks.get(0);
    assertThat(hook.get("language")).isEqualTo("script");
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve((String) hook.get("entry")).toString());
    @SuppressWarnings("unchecked")
    List<String> args = (List<String>) hook.get("args");
    command.addAll(args);
    Path dir = Files.createTempDirectory("advise-hook");
    List<String> failing = new ArrayList<>(command);
    failing.addAll(List.of("examples/ci-runners.yaml", "examples/payments-api.yaml"));
    assertThat(run(failing, Map.of(), dir.resolve("log"))).isEqualTo(1);
    List<String> passing = new ArrayList<>(command);
    passing.add("examples/hpc-climate-simulation.yaml");
    assertThat(run(passing, Map.of(), dir.resolve("log2")))
        .as(Files.readString(dir.resolve("log2")))
        .isZero();
    assertThat("workloads/web.yaml").matches(".*" + hook.get("files"));
  }
}
