package dev.advise.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * v1.1: an id in a free-form list that is a near miss of one the rules look for gets a warning with
 * "did you mean", on stderr (unless --quiet) and in the JSON envelope; the exit code stays.
 */
class IdWarningsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path descriptor(String spec) throws IOException {
    return Fixtures.write(
        tmp,
        "w.yaml",
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: w}\nspec:\n" + spec);
  }

  @Test
  void nearMissesOfRuleIdsAreWarnedAboutWithoutFailingTheRun() throws IOException {
    Path f =
        descriptor(
            "  compliance: {frameworks: [pcidss, internal]}\n"
                + "  hardware:\n    devices: [sriov, infini-band, gpu]\n");
    Cli.Result r = Cli.run("--format", "json", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "warning: "
                + f
                + ":5:29: spec.compliance.frameworks: \"pcidss\" is not an id any rule looks for (did you mean \"pci-dss\"?)",
            "warning: "
                + f
                + ":7:15: spec.hardware.devices: \"sriov\" is not an id any rule looks for (did you mean \"sr-iov\"?)",
            "warning: "
                + f
                + ":7:22: spec.hardware.devices: \"infini-band\" is not an id any rule looks for (did you mean \"infiniband\"?)");
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.at("/errors")).isEmpty();
    assertThat(out.at("/warnings")).hasSize(3);
    JsonNode first = out.at("/warnings/0");
    assertThat(
            List.of(
                first.get("source").asText(),
                first.get("document").asText(),
                first.get("line").asText(),
                first.get("column").asText(),
                first.get("path").asText()))
        .containsExactly(f.toString(), "1", "5", "29", "spec.compliance.frameworks");
    assertThat(first.get("message").asText()).contains("did you mean \"pci-dss\"");

    Cli.Result quiet = Cli.run("--quiet", "--format", "ndjson", f.toString());
    assertThat(quiet.err()).isEmpty();
    List<String> lines = quiet.out().lines().toList();
    assertThat(JSON.readTree(lines.get(lines.size() - 1)).at("/warnings")).hasSize(3);
  }

  @Test
  void eachWarningPointsAtItsOwnItemInWhicheverDocument() throws IOException {
    String head = "apiVersion: advise/v1\nkind: Workload\n";
    Path f =
        Fixtures.write(
            tmp,
            "two.yaml",
            head
                + "metadata: {name: a}\nspec: {}\n---\n"
                + head
                + "metadata: {name: b}\nspec:\n  compliance:\n    frameworks:\n"
                + "      - internal\n      - pcidss\n      - hipa\n");
    Cli.Result r = Cli.run(f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "warning: "
                + f
                + ":13:9: spec.compliance.frameworks: \"pcidss\" is not an id any rule looks for"
                + " (did you mean \"pci-dss\"?)",
            "warning: "
                + f
                + ":14:9: spec.compliance.frameworks: \"hipa\" is not an id any rule looks for"
                + " (did you mean \"hipaa\"?)");
  }

  @Test
  void theKnownIdsComeFromTheRulesInForce() throws IOException {
    Path rules = quantumRules();
    Path f = descriptor("  hardware: {devices: [quantumlink]}\n");
    assertThat(Cli.run(f.toString()).err()).doesNotContain("warning");
    assertThat(Cli.run("--rules", rules.toString(), f.toString()).err())
        .contains(
            "\"quantumlink\" is not an id any rule looks for (did you mean \"quantum-link\"?)");
  }

  /**
   * A closed list's ids (D110) are checked as it is read, so none is warned of: container-on-vm is
   * within a near miss of container-on-metal, which a rule names, and is still a valid id of its
   * own.
   */
  @Test
  void aClosedListsIdsAreNeverWarnedOf() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Fixtures.write(
        rules,
        "vendor.yaml",
        "rules:\n  - id: test.containers\n    title: t\n    dimension: operations\n"
            + "    when: {field: licensing.supportedOn, contains: container-on-metal}\n"
            + "    effects: {container-on-metal: +5}\n    because: b\n"
            + "    sources: [\"querytel: Part 6\"]\n");
    Path f = descriptor("  licensing: {supportedOn: [container-on-vm]}\n");
    Cli.Result r = Cli.run("--rules", rules.toString(), f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).doesNotContain("warning");
  }

  /** {@code count} distinct ids near no id any rule looks for. */
  private static List<String> farIds(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + String.format("%08d", i)).toList();
  }

  private Path quantumRules() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Fixtures.write(
        rules,
        "extra.yaml",
        "rules:\n  - id: test.quantum\n    title: t\n    dimension: compatibility\n"
            + "    when: {field: hardware.devices, contains: quantum-link}\n"
            + "    effects: {bare-metal: +5}\n    because: b\n    sources: [\"querytel: Part 6\"]\n");
    return rules;
  }

  private static List<String> warningMessages(Cli.Result r) throws IOException {
    List<String> out = new ArrayList<>();
    JSON.readTree(r.out()).at("/warnings").forEach(w -> out.add(w.get("message").asText()));
    return out;
  }

  @Test
  void theNearMissSearchIsCappedPerFileAndTheIdsPastTheCapAreCounted() throws IOException {
    Path rules = quantumRules();
    // a near miss among the first hundred unknown ids is found; one after them is only counted
    List<String> early = new ArrayList<>(farIds("q", 150));
    early.add(10, "quantumlink");
    early.add(130, "quantumlnk");
    Path f = descriptor("  hardware:\n    devices: [" + String.join(", ", early) + "]\n");
    Cli.Result r = Cli.run("--rules", rules.toString(), "--format", "json", f.toString());
    assertThat(r.code()).isZero();
    assertThat(warningMessages(r))
        .containsExactly(
            "\"quantumlink\" is not an id any rule looks for (did you mean \"quantum-link\"?)",
            "... and 52 more ids no rule looks for in this file, not checked for near misses");
  }

  @Test
  void theCapIsSharedByTheDocumentsOfAFileAndEachFileHasItsOwn() throws IOException {
    Path rules = quantumRules();
    String doc =
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: w%d}\nspec:\n  hardware:\n    devices: [%s]\n";
    List<String> second = new ArrayList<>(farIds("r", 59));
    second.add(49, "quantumlink"); // the 110th unknown id of the file
    Path both =
        Fixtures.write(
            tmp,
            "both.yaml",
            String.format(doc, 1, String.join(", ", farIds("q", 60)))
                + "---\n"
                + String.format(doc, 2, String.join(", ", second)));
    Path alone = Fixtures.write(tmp, "alone.yaml", String.format(doc, 3, "quantumlink"));
    Cli.Result r =
        Cli.run("--rules", rules.toString(), "--format", "json", both.toString(), alone.toString());
    assertThat(r.code()).isZero();
    JsonNode warnings = JSON.readTree(r.out()).at("/warnings");
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0).get("source").asText()).isEqualTo(both.toString());
    assertThat(warnings.get(0).get("document").asInt()).isEqualTo(2);
    assertThat(warnings.get(0).get("message").asText())
        .isEqualTo(
            "... and 20 more ids no rule looks for in this file, not checked for near misses");
    assertThat(warnings.get(1).get("source").asText()).isEqualTo(alone.toString());
    assertThat(warnings.get(1).get("message").asText()).contains("did you mean \"quantum-link\"");
  }
}
