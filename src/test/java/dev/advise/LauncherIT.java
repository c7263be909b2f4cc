package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script and the shaded jar, run as a user would, from another directory. */
class LauncherIT {

  @TempDir Path elsewhere;

  private record Run(int code, String out, String err) {}

  private Run advise(String... args) throws IOException, InterruptedException {
    return advise(Map.of(), args);
  }

  private Run advise(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("bash", Fixtures.projectDir().resolve("advise").toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    Process p = builder.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void advisesAnExampleFromAnotherWorkingDirectory() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/oracle-erp-database.yaml");
    Run r = advise(example.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Recommendation: bare-metal")
        .contains("licensing.per-physical-core");
  }

  @Test
  void theClassDataArchiveIsBuiltAndUsed() throws Exception {
    assertThat(Fixtures.projectDir().resolve("target/advise.jsa")).exists();
    Run flags = advise("--print-jvm-flags", "x.yaml");
    assertThat(flags.out())
        .contains("-XX:SharedArchiveFile=")
        .contains("-XX:TieredStopAtLevel=1")
        .doesNotContain("CompileThresholdScaling");
    Run folder =
        advise(
            "--print-jvm-flags",
            "--format",
            "ndjson",
            Fixtures.projectDir().resolve("examples").toString());
    assertThat(folder.out()).contains("-XX:CompileThresholdScaling=0.5");
  }

  @Test
  void aMissingOrForeignArchiveFallsBackSilently() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/payments-api.yaml");
    Run missing =
        advise(
            Map.of("ADVISE_JAVA_OPTS", "-XX:SharedArchiveFile=" + elsewhere.resolve("none.jsa")),
            example.toString());
    assertThat(missing.code()).isZero();
    assertThat(missing.err()).isEmpty();
    assertThat(missing.out()).startsWith("payments-api");
    Path newer = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    Assumptions.assumeTrue(Files.isExecutable(newer.resolve("bin/java")), "no newer JDK here");
    Run other = advise(Map.of("JAVA_HOME", newer.toString()), example.toString());
    assertThat(other.code()).isZero();
    assertThat(other.err()).isEmpty();
    assertThat(other.out()).startsWith("payments-api");
  }

  /**
   * A one-file table run loads only what it uses: no other format's writer, no Jackson, no picocli,
   * no YAML composer (the file is plain), no rule-file reader (rules come compiled) and nothing of
   * the manifest importer.
   */
  @Test
  void aOneFileTableRunLoadsNothingItDoesNotUse() throws Exception {
    Path log = elsewhere.resolve("classes.log");
    Run r =
        advise(
            Map.of("ADVISE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
            Fixtures.projectDir().resolve("examples/payments-api.yaml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String loaded = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(loaded)
        .contains("dev.advise.report.DetailedTable ")
        .contains("dev.advise.descriptor.PlainDescriptorReader ")
        .doesNotContain(
            "dev.advise.report.SarifWriter",
            "dev.advise.report.JunitWriter",
            "dev.advise.report.MarkdownWriter",
            "dev.advise.report.JsonText",
            "com.fasterxml.",
            "picocli.",
            "org.yaml.snakeyaml.composer.",
            "dev.advise.rules.RuleFileReader",
            "dev.advise.importer.",
            "dev.advise.batch.Manifests");
  }

  @Test
  void exitCodesPassThroughTheLauncher() throws Exception {
    assertThat(advise("--no-such-option").code()).isEqualTo(2);
    Run missing = advise("missing.yaml");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("missing.yaml: no such file or folder");
  }

  /** Runs a bash script with {@code args}, in {@code elsewhere}, and waits for it. */
  private Run script(String script, long seconds, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "-c", script, "script"));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("script-out.txt");
    Path err = elsewhere.resolve("script-err.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("finished in %d s", seconds).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.ISO_8859_1),
        Files.readString(err, StandardCharsets.ISO_8859_1));
  }

  /**
   * With no locale at all (LANG and LC_ALL unset, as in many CI containers) file names are bytes
   * the JVM may not decode. Through the launcher (which gives the JVM a UTF-8 character type) and
   * straight from the jar (where the JVM decodes names as ASCII), every valid file is advised, a
   * name that cannot be decoded is an error for itself alone, and the JSON stays whole.
   */
  @Test
  void undecodableFileNamesWithoutALocaleAreErrorsForThemselvesAlone() throws Exception {
    String setup =
        "set -e; cp \"$1\" good.yaml; mkdir d; cp good.yaml d/good.yaml;"
            + " cp good.yaml d/$'caf\\xc3\\xa9.yaml'; cp good.yaml d/$'bad\\xff.yaml'; cp good.yaml d/$'bad\\xfe.yml';"
            + " cp good.yaml d/$'skip\\xff.txt'; mkdir d/$'sub\\xff'; cp good.yaml d/$'sub\\xff'/x.yaml";
    Run made =
        script(setup, 30, Fixtures.projectDir().resolve("examples/payments-api.yaml").toString());
    assertThat(made.code()).as(made.err()).isZero();
    String run =
        "exec env -i PATH=\"$PATH\" \"$@\" --format json --exclude 'x*' d/ d/$'caf\\xc3\\xa9.yaml'";
    String launcher = Fixtures.projectDir().resolve("advise").toString();
    String jar = Fixtures.projectDir().resolve("target/advise.jar").toString();

    Run viaLauncher = script(run, 120, "bash", launcher);
    assertThat(viaLauncher.code()).as(viaLauncher.err()).isEqualTo(3);
    JsonNode json =
        new ObjectMapper().readTree(viaLauncher.out().getBytes(StandardCharsets.ISO_8859_1));
    assertThat(json.at("/results").findValuesAsText("source"))
        .containsExactly("d/caf\u00e9.yaml", "d/good.yaml", "d/caf\u00e9.yaml");
    assertThat(json.at("/errors").findValuesAsText("message"))
        .hasSize(3)
        .allSatisfy(m -> assertThat(m).contains("not valid UTF-8"));
    assertThat(viaLauncher.err()).doesNotContain("internal error");

    Run viaJar = script(run, 120, "java", "-jar", jar);
    assertThat(viaJar.code()).as(viaJar.err()).isEqualTo(3);
    json = new ObjectMapper().readTree(viaJar.out().getBytes(StandardCharsets.ISO_8859_1));
    assertThat(json.at("/results").findValuesAsText("source")).containsExactly("d/good.yaml");
    assertThat(json.at("/errors").findValuesAsText("message"))
        .hasSize(5)
        .allSatisfy(m -> assertThat(m).contains("LANG=C.UTF-8"));
    assertThat(viaJar.err()).doesNotContain("internal error");
  }

  /**
   * With standard input closed, reading - says so (the JVM reuses descriptor 0 for a file of its
   * own).
   */
  @Test
  void closedStandardInputIsSaidToBeClosed() throws Exception {
    Run closed =
        script("exec bash \"$1\" - <&-", 120, Fixtures.projectDir().resolve("advise").toString());
    assertThat(closed.code()).isEqualTo(3);
    assertThat(closed.err())
        .contains("-: cannot read: standard input is closed")
        .doesNotContain("more than");
    Run empty =
        script(
            "exec bash \"$1\" - < /dev/null",
            120,
            Fixtures.projectDir().resolve("advise").toString());
    assertThat(empty.code()).isEqualTo(3);
    assertThat(empty.err()).doesNotContain("closed");
  }

  /**
   * A JVM that cannot start (a bad ADVISE_JAVA_OPTS) is exit 4 with a message, not 1 ("a check
   * failed").
   */
  @Test
  void aJvmThatCannotStartIsExitFour() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/payments-api.yaml");
    Run bad = advise(Map.of("ADVISE_JAVA_OPTS", "-XX:+NoSuchJvmOption"), example.toString());
    assertThat(bad.code()).isEqualTo(4);
    assertThat(bad.err()).contains("advise: the JVM did not start with ADVISE_JAVA_OPTS");
    assertThat(bad.out()).isEmpty();
    Run twoGood = advise(Map.of("ADVISE_JAVA_OPTS", " -Xss1m   -Xshare:auto "), example.toString());
    assertThat(twoGood.code()).as(twoGood.err()).isZero();
    assertThat(twoGood.out()).startsWith("payments-api");
  }

  /**
   * A fresh checkout in a folder whose path holds a space, and three first runs at once (as {@code
   * xargs -P3} or {@code make -j} start them): one builds, the others wait for it, and all three
   * advise. The checkout is of the working tree's files that git would keep (tracked or not
   * ignored), without target/.
   */
  @Test
  void threeParallelFirstRunsOfAFreshCheckoutInAPathWithASpaceAllSucceed() throws Exception {
    Path checkout = elsewhere.resolve("my projects/advise");
    Files.createDirectories(checkout);
    String copy =
        "set -e; cd \"$1\"; git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C \"$2\"";
    Run copied = script(copy, 120, Fixtures.projectDir().toString(), checkout.toString());
    assertThat(copied.code()).as(copied.err()).isZero();
    assertThat(checkout.resolve("target")).doesNotExist();
    String runs =
        "printf '1\\n2\\n3\\n' | xargs -P3 -I{} sh -c '\"$0\" examples/payments-api.yaml > out{}.txt 2> err{}.txt;"
            + " echo $? > code{}.txt' \"$1/advise\"";
    Run parallel = script("cd \"$1\" && " + runs, 900, checkout.toString());
    assertThat(parallel.code()).as(parallel.err()).isZero();
    for (int i = 1; i <= 3; i++) {
      String err = Files.readString(checkout.resolve("err" + i + ".txt"));
      assertThat(Files.readString(checkout.resolve("code" + i + ".txt")).trim())
          .as(err)
          .isEqualTo("0");
      assertThat(Files.readString(checkout.resolve("out" + i + ".txt")))
          .as(err)
          .startsWith("payments-api");
      assertThat(err).doesNotContain("Exception").doesNotContain("build failed");
    }
    String allErr =
        Files.readString(checkout.resolve("err1.txt"))
            + Files.readString(checkout.resolve("err2.txt"))
            + Files.readString(checkout.resolve("err3.txt"));
    assertThat(allErr.split("advise: building", -1)).as("builds started").hasSize(2);
    Run flags = script("\"$1/advise\" --print-jvm-flags x.yaml", 30, checkout.toString());
    assertThat(flags.out())
        .contains("-XX:SharedArchiveFile=" + checkout.resolve("target/advise.jsa"));
    Run again =
        script("cd / && \"$1/advise\" \"$1/examples/payments-api.yaml\"", 120, checkout.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(again.out()).startsWith("payments-api");
  }
}
