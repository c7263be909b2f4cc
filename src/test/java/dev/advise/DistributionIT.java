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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution tarball, extracted into a folder whose path has a space and run as a user would
 * with no {@code java} anywhere: an empty PATH, no JAVA_HOME. Runs under {@code ./mvnw -Pdist
 * verify}, which builds the tarball first and names it in the property {@code advise.dist.tarball};
 * without the profile it is skipped (D60).
 */
class DistributionIT {

  @TempDir static Path tmp;
  private static Path home;

  private record Run(int code, String out, String err) {}

  @BeforeAll
  static void extract() throws Exception {
    String tarball = System.getProperty("advise.dist.tarball");
    Assumptions.assumeTrue(tarball != null, "the distribution is tested under -Pdist");
    assertThat(Path.of(tarball))
        .as("the dist profile builds the tarball before this test")
        .exists();
    Path into = Files.createDirectories(tmp.resolve("opt with space"));
    Process tar =
        new ProcessBuilder("tar", "-xzf", tarball, "-C", into.toString()).inheritIO().start();
    assertThat(tar.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(tar.exitValue()).isZero();
    try (var entries = Files.list(into)) {
      List<Path> tops = entries.toList();
      assertThat(tops).hasSize(1);
      home = tops.get(0);
    }
  }

  private static Run advise(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/advise").toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", ""); // no java, nor anything else, to be found
    builder.environment().put("HOME", tmp.toString());
    builder.environment().putAll(env);
    Process p = builder.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void holdsTheLauncherRuntimeJarArchiveManPageAndCompletion() throws Exception {
    assertThat(home.getFileName().toString()).startsWith("advise-");
    assertThat(home.resolve("bin/advise")).isExecutable();
    assertThat(home.resolve("runtime/bin/java")).isExecutable();
    assertThat(home.resolve("lib/advise.jar")).exists();
    assertThat(
            Files.exists(home.resolve("lib/advise.aot"))
                || Files.exists(home.resolve("runtime/lib/server/classes.jsa")))
        .as("an AOT cache, or (JDK 17-23) the runtime's own class-data archive")
        .isTrue();
    assertThat(Files.readString(home.resolve("share/man/man1/advise.1")))
        .startsWith(".TH")
        .contains("\\-\\-format");
    assertThat(Files.readString(home.resolve("share/bash-completion/completions/advise")))
        .contains("--format");
    // only the modules advise uses (D60), not a whole JDK
    Run modules = new Run(0, Files.readString(home.resolve("runtime/release")), "");
    assertThat(modules.out())
        .contains("java.base")
        .doesNotContain("java.desktop")
        .doesNotContain("jdk.compiler");
  }

  @Test
  void advisesWithNoJavaOnThePath() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/oracle-erp-database.yaml");
    Run r = advise(Map.of(), example.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("oracle-erp-database").contains("Recommendation:");
  }

  @Test
  void everyFormatRunsOnTheLinkedRuntime() throws Exception {
    // the runtime has only the modules jdeps found less java.desktop and java.sql: each format,
    // a folder and the picocli paths must find every class they need in it
    String examples = Fixtures.projectDir().resolve("examples").toString();
    for (String format :
        List.of("table", "json", "ndjson", "markdown", "junit", "sarif", "github")) {
      Run r = advise(Map.of(), "--format", format, "--check", examples);
      assertThat(r.code()).as(format + ": " + r.err()).isIn(0, 1);
      assertThat(r.err()).as(format).doesNotContain("internal error").doesNotContain("Exception");
      assertThat(r.out()).as(format).isNotEmpty();
    }
    JsonNode json =
        new ObjectMapper().readTree(advise(Map.of(), "--format", "json", examples).out());
    assertThat(json.at("/results").size()).isGreaterThan(5);
    Run version = advise(Map.of(), "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("advise ").contains("rules sha256:");
    Run help = advise(Map.of(), "explain", "--help");
    assertThat(help.code()).as(help.err()).isZero();
    Run rules = advise(Map.of(), "rules", "--format", "markdown");
    assertThat(rules.code()).as(rules.err()).isZero();
  }

  @Test
  void theArchiveIsUsedWhereverTheTarballIsExtracted() throws Exception {
    Path log = tmp.resolve("classes.log");
    Path example = Fixtures.projectDir().resolve("examples/payments-api.yaml");
    Run r =
        advise(Map.of("ADVISE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), example.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> loaded = Files.readAllLines(log);
    long shared = loaded.stream().filter(l -> l.contains("shared objects file")).count();
    // with an AOT cache nearly every class of a one-file run comes from it, in any folder; a
    // runtime from JDK 17-23 has only the JDK's classes archived (D60)
    boolean aot = Files.exists(home.resolve("lib/advise.aot"));
    assertThat(shared)
        .as("classes from the archive")
        .isGreaterThan(loaded.size() * (aot ? 9 : 5) / 10);
  }

  @Test
  void worksThroughASymbolicLinkAndRefusesBadJvmOptionsWithExit4() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path link = bin.resolve("advise");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, home.resolve("bin/advise"));
    Process p = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).startsWith("advise ");
    Run bad = advise(Map.of("ADVISE_JAVA_OPTS", "-XX:+NoSuchOption"), "--version");
    assertThat(bad.code()).isEqualTo(4);
    assertThat(bad.err()).contains("ADVISE_JAVA_OPTS");
  }
}
