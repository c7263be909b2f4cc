import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes N varied, valid descriptors into nested folders, for benchmarks: {@code java
 * bench/GenerateDescriptors.java DIR N [SEED]}. Runs as a single source file.
 */
public class GenerateDescriptors {

  private static final List<String> SPECS =
      List.of(
          "{type: database, state: stateful, licensing: {model: per-physical-core}, resources: {saturation: full, utilization: 80%}}",
          "{type: trading, latency: {p99: 50us, jitter: strict}, hardware: {deterministic: true}}",
          "{type: api, architecture: microservices, isolation: {tenancy: multi, trust: untrusted}, scaling: {pattern: spiky, reaction: 10s}}",
          "{type: legacy, os: {family: windows, pinned: Windows Server 2012 R2}, sla: {hostMaintenance: zero-downtime}}",
          "{type: ml-training, resources: {gpu: {count: 8, sharing: dedicated}}, hardware: {devices: [infiniband]}}",
          "{type: microservice, environment: {site: edge, constrained: true}, resources: {cpu: 250m, memory: 256Mi}}",
          "{type: ci, isolation: {tenancy: multi, trust: untrusted, privileged: true}, lifecycle: {deployFrequency: daily}}",
          "{type: web, lifecycle: {kubernetesVersions: 3}, compliance: {frameworks: [pci-dss]}, sla: {availability: 99.99%}}",
          "{}");

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1);
    for (int i = 0; i < n; i++) {
      Path file =
          root.resolve("group-" + (i % 50)).resolve("team-" + (i % 17)).resolve("w" + i + ".yaml");
      Files.createDirectories(file.getParent());
      String spec = SPECS.get(random.nextInt(SPECS.size()));
      Files.writeString(
          file,
          "apiVersion: advise/v1\nkind: Workload\nmetadata:\n  name: w"
              + i
              + "\nspec: "
              + spec
              + "\n");
    }
  }
}
