package dev.advise.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.advise.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advise import} and {@code advise --from} on small manifests written here. */
class ImportTest {

  @TempDir Path dir;

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: checkout
        namespace: shop
        annotations:
          advise.dev/latency.p99: 2ms
          advise.dev/compliance.frameworks: pci-dss,sox
          advise.dev/priorities: isolation=5,latency=2
      spec:
        replicas: 4
        template:
          metadata:
            annotations:
              advise.dev/scaling.instances: "10"
          spec:
            containers:
            - name: app
              image: registry.example/checkout:1
              resources:
                requests: {cpu: 500m, memory: 1Gi}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: checkout}
      """;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void annotationsSetFieldsAndWinOverInferencesAndTheDraftSaysSo() throws Exception {
    Path file = write("shop.yaml", DEPLOYMENT);
    Drafts.Imported d = Drafts.of("import", file.toString());
    assertThat(d.result().code()).as(d.result().err()).isZero();
    assertThat(d.spec("checkout"))
        .containsExactly(
            entry("latency.p99", "2ms"),
            entry("compliance.frameworks", "[pci-dss, sox]"),
            entry("resources.cpu", "500m"),
            entry("resources.memory", "1Gi"),
            entry("scaling.instances", "10"),
            entry("priorities.isolation", "5"),
            entry("priorities.latency", "2"));
    assertThat(d.result().out())
        .contains("p99: 2ms  # shop.yaml:7: advise.dev/latency.p99 (annotation)")
        .contains(
            "instances: 10  # shop.yaml:15: advise.dev/scaling.instances (annotation); overrides the inferred 4"
                + " from line 11 (strong hint)");
    assertThat(d.result().err()).contains("shop.yaml:23: skipped Service checkout: not a workload");
  }

  @Test
  void annotationErrorsAreLocatedAtTheAnnotationWithDidYouMean() throws Exception {
    Path file =
        write(
            "bad.yaml",
            """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            advise.dev/latncy.p99: 2ms
            advise.dev/isolation.tenancy: Multi
            advise.dev/latency.jitter: strict
        spec:
          containers: [{name: c, image: busybox}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: fine}
        spec:
          containers: [{name: c, image: busybox}]
        """);
    Drafts.Imported d = Drafts.of("import", file.toString());
    assertThat(d.result().code()).isEqualTo(3);
    assertThat(d.result().err())
        .contains(
            "bad.yaml:6:5: advise.dev/latncy.p99: unknown descriptor field (did you mean \"advise.dev/latency.p99\"?)")
        .contains(
            "bad.yaml:7:35: advise.dev/isolation.tenancy: \"Multi\" is not allowed (did you mean \"multi\"?)");
    assertThat(d.result().err().lines().filter(l -> l.contains("latncy"))).hasSize(1);
    assertThat(d.specs()).containsOnlyKeys("fine");
    Cli.Result advised = Cli.run("--from", "k8s", "--format", "json", file.toString());
    assertThat(advised.code()).isEqualTo(3);
    assertThat(advised.out())
        .contains("\"workload\": \"fine\"")
        .contains("\"line\": 6")
        .contains("\"column\": 5")
        .contains("\"path\": \"advise.dev/latncy.p99\"");
  }

  @Test
  void composeServicesTakeXAdviseAndInferTheirOwnSettings() throws Exception {
    Path file =
        write(
            "compose.yaml",
            """
        services:
          db_main:
            image: postgres:16
            privileged: true
            volumes: ["pgdata:/var/lib/postgresql/data"]
            deploy:
              resources:
                reservations:
                  cpus: "2"
                  memory: 4g
                  devices: [{driver: nvidia, count: 2, capabilities: [gpu]}]
            x-advise:
              latency: {p99: 5ms}
              isolation.tenancy: multi
              sla.availabilty: 99.9%
        volumes:
          pgdata: {}
        """);
    Drafts.Imported d = Drafts.of("import", file.toString());
    assertThat(d.result().code()).isEqualTo(3);
    assertThat(d.result().err())
        .contains(
            "compose.yaml:15:7: x-advise.sla.availabilty: unknown descriptor field"
                + " (did you mean \"x-advise.sla.availability\"?)");
    Path fixed =
        write("compose.yaml", Files.readString(file).replace("availabilty", "availability"));
    d = Drafts.of("import", fixed.toString());
    assertThat(d.result().code()).as(d.result().err()).isZero();
    assertThat(d.spec("db-main"))
        .containsEntry("state", "stateful")
        .containsEntry("latency.p99", "5ms")
        .containsEntry("isolation.tenancy", "multi")
        .containsEntry("isolation.privileged", "true")
        .containsEntry("resources.cpu", "2")
        .containsEntry("resources.memory", "4Gi")
        .containsEntry("resources.gpu.count", "2")
        .containsEntry("hardware.devices", "[gpu]")
        .containsEntry("sla.availability", "99.9%")
        .doesNotContainKey("type");
  }

  @Test
  void draftsGoOneFileEachIntoAnOutputFolderAndAreAdvisedAsWritten() throws Exception {
    Path file =
        write(
            "shop.yaml",
            DEPLOYMENT.replace("checkout", "web") + "---\n" + DEPLOYMENT.replace("shop", "other"));
    Path out = dir.resolve("drafts");
    Cli.Result r = Cli.run("import", "--output-dir", out.toString(), file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("checkout.yaml", "web.yaml");
    assertThat(Cli.run("import", "--output-dir", out.toString(), file.toString()).code())
        .isEqualTo(3);
    assertThat(Cli.run("import", "--force", "--output-dir", out.toString(), file.toString()).code())
        .isZero();
    Cli.Result advised = Cli.run(out.toString());
    assertThat(advised.code()).as(advised.err()).isZero();
    assertThat(advised.out()).contains("2 workloads advised");
  }

  @Test
  void sameNamesInTwoNamespacesArePrefixedWithTheNamespace() throws Exception {
    Path file =
        write(
            "two.yaml",
            DEPLOYMENT + "---\n" + DEPLOYMENT.replace("namespace: shop", "namespace: staging"));
    assertThat(Drafts.of("import", "-q", file.toString()).specs())
        .containsOnlyKeys("shop-checkout", "staging-checkout");
  }

  /**
   * Each argument is judged on its own (D117): one that yields no workload object, beside one that
   * does, is named on a line of its own and makes the run exit 3; the drafts of the others are
   * still written. It used to pass with exit 0 as long as the run as a whole found one.
   */
  @Test
  void anArgumentThatYieldsNoWorkloadIsNamedAndExitThreeBesideOneThatDoes() throws Exception {
    Path good = write("good.yaml", DEPLOYMENT);
    Path empty = write("empty.yaml", "");
    Path service = write("service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
    Path emptyFolder = Files.createDirectories(dir.resolve("nothing-here"));
    Cli.Result r =
        Cli.run(
            "import",
            good.toString(),
            empty.toString(),
            service.toString(),
            emptyFolder.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("name: checkout").doesNotContain("\n---\n");
    assertThat(r.err().lines().filter(l -> l.contains("no workload objects found")))
        .containsExactly(
            "advise: no workload objects found in " + empty,
            "advise: no workload objects found in " + service,
            "advise: no workload objects found in " + emptyFolder);
    assertThat(r.err()).doesNotContain("found in " + good);

    Cli.Result fine = Cli.run("import", good.toString());
    assertThat(fine.code()).as(fine.err()).isZero();
  }

  @Test
  void helmTemplatesAndBrokenYamlAreRefusedClearly() throws Exception {
    Path helm =
        write(
            "deployment.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
    Cli.Result r = Cli.run("import", helm.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("deployment.yaml:4:")
        .contains("an unrendered Helm template")
        .contains("helm template");
    Path broken = write("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [\n");
    Cli.Result b = Cli.run("import", broken.toString());
    assertThat(b.code()).isEqualTo(3);
    assertThat(b.err())
        .contains("broken.yaml:")
        .contains("not valid YAML")
        .doesNotContain("Exception");
  }

  @Test
  void theFromOptionAdvisesManifestsFromStandardInput() {
    Cli.Result r = Cli.run(Cli.pipe(DEPLOYMENT), "--from", "k8s", "--format", "ndjson", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"workload\":\"checkout\"").contains("\"document\":1");
    assertThat(Cli.run("--from", "helm", "x.yaml").code()).isEqualTo(2);
    assertThat(Cli.run("import", "--from", "helm", "x.yaml").code()).isEqualTo(2);
  }
}
