package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which {@code .advise.yaml} a run reads: the nearest from the working folder up to the repository
 * root (the folder holding {@code .git}, a folder or a worktree's file), never one above it;
 * outside a repository, only the working folder's.
 */
class ConfigSearchTest {

  @TempDir Path dir;

  private Optional<Path> found(Path start) {
    return Settings.find(start).map(p -> p.normalize());
  }

  @Test
  void theNearestFileUpToTheRepositoryRootIsFound() throws IOException {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path deep = Files.createDirectories(repo.resolve("a/b/c"));
    assertThat(found(deep)).isEmpty();
    Fixtures.write(repo, ".advise.yaml", "");
    assertThat(found(deep)).contains(deep.resolve("../../../.advise.yaml").normalize());
    assertThat(Settings.find(deep).orElseThrow().toString()).endsWith("c/../../../.advise.yaml");
    Fixtures.write(repo, "a/.advise.yaml", "");
    assertThat(found(deep)).contains(repo.resolve("a/.advise.yaml"));
    assertThat(found(repo)).contains(repo.resolve(".advise.yaml"));
    assertThat(Settings.find(Path.of("")).map(Path::toString))
        .as("relative to the working folder")
        .isEmpty(); // this checkout has none
  }

  @Test
  void aFileAboveTheRepositoryRootIsNeverRead() throws IOException {
    Fixtures.write(dir, ".advise.yaml", "format: json\n");
    Path repo = dir.resolve("repo");
    Fixtures.write(
        repo, ".git", "gitdir: /elsewhere/.git/worktrees/repo\n"); // a worktree's .git is a file
    Path sub = Files.createDirectories(repo.resolve("sub"));
    assertThat(found(sub)).isEmpty();
    assertThat(found(repo)).isEmpty();
  }

  @Test
  void outsideARepositoryOnlyTheWorkingFolderIsLookedIn() throws IOException {
    Fixtures.write(dir, ".advise.yaml", "format: json\n");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    assertThat(found(dir)).contains(dir.resolve(".advise.yaml"));
    // a temporary folder is in no repository (the test's own checkout is elsewhere)
    assertThat(found(sub)).isEmpty();
  }

  /** In a process of its own, in a repository: the file is read, and --no-config ignores it. */
  @Test
  void aRunReadsTheFileFromItsWorkingFolderUnlessToldNot() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Fixtures.write(repo, ".advise.yaml", "format: json\nrules: policy\n");
    Fixtures.write(repo, "policy/none.yaml", "rules: []\n");
    Path work = Files.createDirectories(repo.resolve("services"));
    Files.copy(Fixtures.projectDir().resolve("examples/payments-api.yaml"), work.resolve("p.yaml"));
    String withFile = advise(work, "p.yaml");
    assertThat(withFile).startsWith("{");
    assertThat(advise(work, "--no-config", "p.yaml")).startsWith("payments-api");
    assertThat(advise(work, "config"))
        .startsWith("configuration file: ../.advise.yaml\n")
        .contains("rules            ../policy  file ../.advise.yaml:2");
  }

  private static String advise(Path workingDir, String... args)
      throws IOException, InterruptedException {
    Process p =
        OwnJvm.advise(args)
            .directory(workingDir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
