package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script and the shaded jar, run as a user would, from another directory. */
class LauncherIT {

  @TempDir Path elsewhere;

  private record Run(int code, String out, String err) {}

  private Run advise(String... args) throws IOException, InterruptedException {
    return advise(java.util.Map.of(), args);
  }

  private Run advise(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", Fixtures.projectDir().resolve("advise").toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process p = builder.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void advisesAnExampleFromAnotherWorkingDirectory() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/oracle-erp-database.yaml");
    Run r = advise(example.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Recommendation: bare-metal").contains("licensing.per-physical-core");
  }

  @Test
  void theClassDataArchiveIsBuiltAndUsed() throws Exception {
    assertThat(Fixtures.projectDir().resolve("target/advise.jsa")).exists();
    Run flags = advise("--print-jvm-flags", "x.yaml");
    assertThat(flags.out()).contains("-XX:SharedArchiveFile=").contains("-XX:TieredStopAtLevel=1")
        .doesNotContain("CompileThresholdScaling");
    Run folder = advise("--print-jvm-flags", "--format", "ndjson", Fixtures.projectDir().resolve("examples").toString());
    assertThat(folder.out()).contains("-XX:CompileThresholdScaling=0.5");
  }

  @Test
  void aMissingOrForeignArchiveFallsBackSilently() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/payments-api.yaml");
    Run missing = advise(java.util.Map.of("ADVISE_JAVA_OPTS", "-XX:SharedArchiveFile=" + elsewhere.resolve("none.jsa")),
        example.toString());
    assertThat(missing.code()).isZero();
    assertThat(missing.err()).isEmpty();
    assertThat(missing.out()).startsWith("payments-api");
    Path newer = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(newer.resolve("bin/java")), "no newer JDK here");
    Run other = advise(java.util.Map.of("JAVA_HOME", newer.toString()), example.toString());
    assertThat(other.code()).isZero();
    assertThat(other.err()).isEmpty();
    assertThat(other.out()).startsWith("payments-api");
  }

  /**
   * A one-file table run loads only what it uses: no other format's writer, no Jackson, no
   * picocli, no YAML composer (the file is plain), no rule-file reader (rules come compiled) and
   * nothing of the manifest importer.
   */
  @Test
  void aOneFileTableRunLoadsNothingItDoesNotUse() throws Exception {
    Path log = elsewhere.resolve("classes.log");
    Run r = advise(java.util.Map.of("ADVISE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        Fixtures.projectDir().resolve("examples/payments-api.yaml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String loaded = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(loaded).contains("dev.advise.report.DetailedTable ")
        .contains("dev.advise.descriptor.PlainDescriptorReader ")
        .doesNotContain("dev.advise.report.SarifWriter", "dev.advise.report.JunitWriter",
            "dev.advise.report.MarkdownWriter", "dev.advise.report.JsonText", "com.fasterxml.",
            "picocli.", "org.yaml.snakeyaml.composer.", "dev.advise.rules.RuleFileReader",
            "dev.advise.importer.", "dev.advise.batch.Manifests");
  }

  @Test
  void exitCodesPassThroughTheLauncher() throws Exception {
    assertThat(advise("--no-such-option").code()).isEqualTo(2);
    Run missing = advise("missing.yaml");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("missing.yaml: no such file or folder");
  }
}
