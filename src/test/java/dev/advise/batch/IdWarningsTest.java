package dev.advise.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * v1.1: an id in a free-form list that is a near miss of one the rules look for gets a warning
 * with "did you mean", on stderr (unless --quiet) and in the JSON envelope; the exit code stays.
 */
class IdWarningsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path descriptor(String spec) throws IOException {
    return Fixtures.write(tmp, "w.yaml", "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: w}\nspec:\n" + spec);
  }

  @Test
  void nearMissesOfRuleIdsAreWarnedAboutWithoutFailingTheRun() throws IOException {
    Path f = descriptor("  compliance: {frameworks: [pcidss, internal]}\n"
        + "  hardware:\n    devices: [sriov, infini-band, gpu]\n");
    Cli.Result r = Cli.run("--format", "json", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList()).containsExactly(
        "warning: " + f + ":5:16: spec.compliance.frameworks: \"pcidss\" is not an id any rule looks for (did you mean \"pci-dss\"?)",
        "warning: " + f + ":7:5: spec.hardware.devices: \"sriov\" is not an id any rule looks for (did you mean \"sr-iov\"?)",
        "warning: " + f + ":7:5: spec.hardware.devices: \"infini-band\" is not an id any rule looks for (did you mean \"infiniband\"?)");
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.at("/errors")).isEmpty();
    assertThat(out.at("/warnings")).hasSize(3);
    JsonNode first = out.at("/warnings/0");
    assertThat(List.of(first.get("source").asText(), first.get("document").asText(), first.get("line").asText(),
        first.get("column").asText(), first.get("path").asText()))
        .containsExactly(f.toString(), "1", "5", "16", "spec.compliance.frameworks");
    assertThat(first.get("message").asText()).contains("did you mean \"pci-dss\"");

    Cli.Result quiet = Cli.run("--quiet", "--format", "ndjson", f.toString());
    assertThat(quiet.err()).isEmpty();
    List<String> lines = quiet.out().lines().toList();
    assertThat(JSON.readTree(lines.get(lines.size() - 1)).at("/warnings")).hasSize(3);
  }

  @Test
  void theKnownIdsComeFromTheRulesInForce() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Fixtures.write(rules, "extra.yaml", "rules:\n  - id: test.quantum\n    title: t\n    dimension: compatibility\n"
        + "    when: {field: hardware.devices, contains: quantum-link}\n"
        + "    effects: {bare-metal: +5}\n    because: b\n    sources: [\"querytel: Part 6\"]\n");
    Path f = descriptor("  hardware: {devices: [quantumlink]}\n");
    assertThat(Cli.run(f.toString()).err()).doesNotContain("warning");
    assertThat(Cli.run("--rules", rules.toString(), f.toString()).err())
        .contains("\"quantumlink\" is not an id any rule looks for (did you mean \"quantum-link\"?)");
  }
}
