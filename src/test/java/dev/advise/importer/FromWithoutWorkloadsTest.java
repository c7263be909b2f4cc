package dev.advise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advise --from k8s|compose} on inputs that hold none of what it reads: like a folder of no
 * descriptors, an argument that yields no workload is exit 3 with one line naming it and what was
 * looked for, and a document of the other format is never dropped in silence.
 */
class FromWithoutWorkloadsTest {

  private static final Path FILES = Path.of("src/test/resources/from");

  @TempDir Path dir;

  @Test
  void aDescriptorReadAsManifestsIsExitThreeNamingTheFileAndWhatWasLookedFor() {
    String file = FILES.resolve("pg.yaml").toString();
    Cli.Result r = Cli.run("--from", "k8s", "--check", file);
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).startsWith("0 workloads advised from 1 input; 1 error (see stderr)");
    assertThat(r.err())
        .contains(
            file
                + ": holds no workload: --from k8s reads Kubernetes workload objects (Deployment,"
                + " StatefulSet,")
        .contains("1 document skipped: already an advise descriptor")
        .contains("without --from");

    Cli.Result json = Cli.run("--from", "compose", "--format", "json", file);
    assertThat(json.code()).isEqualTo(3);
    assertThat(json.out())
        .contains("\"workloads\": 0")
        .contains("\"skipped\": 1")
        .contains("--from compose reads Compose services");
  }

  @Test
  void theOtherFormatIsNamedWithTheFromThatReadsIt() {
    Cli.Result deployment = Cli.run("--from", "compose", FILES.resolve("deploy.yaml").toString());
    assertThat(deployment.code()).isEqualTo(3);
    assertThat(deployment.err()).contains("deploy.yaml").contains("use --from k8s");

    Cli.Result compose = Cli.run("--from", "k8s", FILES.resolve("compose.yaml").toString());
    assertThat(compose.code()).isEqualTo(3);
    assertThat(compose.err()).contains("compose.yaml").contains("use --from compose");
  }

  @Test
  void inAFolderTheOtherFormatIsANoteAndCountedWhileTheWorkloadsAreAdvised() throws Exception {
    Files.copy(FILES.resolve("deploy.yaml"), dir.resolve("deploy.yaml"));
    Files.copy(FILES.resolve("compose.yaml"), dir.resolve("compose.yaml"));
    Cli.Result r = Cli.run("--from", "k8s", "--format", "json", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"workload\": \"web\"").contains("\"skipped\": 1");
    assertThat(r.err())
        .contains(
            dir.resolve("compose.yaml")
                + ": skipped 1 document, not read by --from k8s (not a Kubernetes object")
        .contains("use --from compose");
  }

  @Test
  void aFolderWithNothingTheFormatReadsIsExitThree() throws Exception {
    Files.copy(FILES.resolve("pg.yaml"), dir.resolve("pg.yaml"));
    Cli.Result r = Cli.run("--from", "k8s", "--check", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(dir + ": no workloads found in " + dir + ": --from k8s reads Kubernetes");
  }

  @Test
  void aManifestOfObjectsThatAreNotWorkloadsSaysSo() throws Exception {
    Path service =
        Files.writeString(
            dir.resolve("service.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n");
    Cli.Result r = Cli.run("--from", "k8s", service.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(service + ": holds no workload: --from k8s reads Kubernetes workload objects")
        .contains("; none of its documents holds one")
        .doesNotContain("comments");
  }

  @Test
  void emptyStandardInputIsExitThree() {
    Cli.Result r = Cli.run(Cli.pipe(""), "--from", "k8s", "-");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("-: holds no workload: --from k8s").contains("it is empty");
  }
}
