package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing the report (issue 12, items 4 and 5): a write that fails is exit 5 with one line naming
 * the target and the cause; a reader that closes stdout stops the run silently with 141; an {@code
 * --output} never overwrites an input, follows the umask, keeps an existing report's mode, writes
 * through a symbolic link, and leaves no temporary file when the run is killed. The stdout cases
 * run the command in a process of its own, as a pipeline does.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportOutputTest {

  private static final Path EXAMPLE = Fixtures.projectDir().resolve("examples/payments-api.yaml");
  private static final Path FULL = Path.of("/dev/full");

  @TempDir Path dir;

  private static String text(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "ndjson", "markdown", "junit", "sarif"})
  void aFullDiskOnStdoutIsExitFiveWithOneLineInEveryFormat(String format) throws Exception {
    assumeTrue(Files.exists(FULL), "no /dev/full here");
    Process p =
        OwnJvm.advise("--format", format, EXAMPLE.toString()).redirectOutput(FULL.toFile()).start();
    String err = text(p.getErrorStream());
    assertThat(p.waitFor()).as(err).isEqualTo(5);
    assertThat(err).isEqualTo("advise: cannot write standard output: no space left on device\n");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsExitFiveNamingItAndTheCause() throws IOException {
    if (Files.exists(FULL)) {
      Cli.Result full = Cli.run("--format", "json", "-o", FULL.toString(), EXAMPLE.toString());
      assertThat(full.code()).isEqualTo(5);
      assertThat(full.err()).isEqualTo("advise: cannot write /dev/full: no space left on device\n");
    }
    Path missing = dir.resolve("nodir/x.txt");
    Cli.Result nodir = Cli.run("-o", missing.toString(), EXAMPLE.toString());
    assertThat(nodir.code()).isEqualTo(5);
    assertThat(nodir.err())
        .isEqualTo(
            "advise: cannot write " + missing + ": no such folder " + missing.getParent() + "\n");
    Cli.Result folder = Cli.run("-o", dir.toString(), EXAMPLE.toString());
    assertThat(folder.code()).isEqualTo(5);
    assertThat(folder.err()).isEqualTo("advise: cannot write " + dir + ": is a folder\n");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aReaderThatClosesStdoutStopsTheRunSilentlyWith141() throws Exception {
    // Enough output to fill the pipe several times over, so the run is still writing when the
    // reader leaves.
    String examples = Fixtures.projectDir().resolve("examples").toString();
    Process p =
        OwnJvm.advise(
                "--format", "json", examples, examples, examples, examples, examples, examples)
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.getInputStream().readNBytes(10)).hasSize(10);
    p.getInputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(141);
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
  }

  @Test
  void anOutputThatIsAlsoAnInputIsRefusedBeforeAnythingIsRead() throws IOException {
    Path same = Files.copy(EXAMPLE, dir.resolve("same.yaml"));
    String before = Files.readString(same);
    Cli.Result r = Cli.run("-o", same.toString(), same.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("advise: --output " + same + " is also an input");
    assertThat(Files.readString(same)).isEqualTo(before);
    // through another spelling of the same file, and a report that a folder's walk would read next
    // time
    Path sub = Files.createDirectories(dir.resolve("tree/sub"));
    Files.copy(EXAMPLE, sub.resolve("w.yaml"));
    assertThat(Cli.run("-o", dir.resolve("tree/../same.yaml").toString(), same.toString()).code())
        .isEqualTo(2);
    assertThat(
            Cli.run("-o", sub.resolve("out.yaml").toString(), dir.resolve("tree").toString())
                .code())
        .isEqualTo(2);
    try (Stream<Path> left = Files.list(sub)) {
      assertThat(left).containsExactly(sub.resolve("w.yaml"));
    }
    // what the walk would not read is fine: another ending, an excluded folder
    Files.copy(EXAMPLE, dir.resolve("tree/top.yaml"));
    assertThat(
            Cli.run("-o", sub.resolve("out.json").toString(), dir.resolve("tree").toString())
                .code())
        .isZero();
    assertThat(
            Cli.run(
                    "-o",
                    sub.resolve("out.yaml").toString(),
                    "--exclude",
                    "sub",
                    dir.resolve("tree").toString(),
                    same.toString())
                .code())
        .isZero();
  }

  @Test
  void aNewReportFollowsTheUmaskAndAnExistingOneKeepsItsMode() throws IOException {
    assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX modes here");
    Path probe =
        Files.createFile(dir.resolve("probe")); // what this process's umask makes of a new file
    Path report = dir.resolve("report.txt");
    assertThat(Cli.run("-o", report.toString(), EXAMPLE.toString()).code()).isZero();
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(probe));
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(Cli.run("--format", "json", "-o", report.toString(), EXAMPLE.toString()).code())
        .isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r-----");
    assertThat(Files.readString(report)).startsWith("{");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughNotReplaced() throws IOException {
    Path real =
        Files.writeString(
            Files.createDirectories(dir.resolve("reports")).resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    assertThat(Cli.run("--format", "json", "-o", link.toString(), EXAMPLE.toString()).code())
        .isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{");
    Path dangling =
        Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nothing.json"));
    Cli.Result r = Cli.run("-o", dangling.toString(), EXAMPLE.toString());
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err())
        .isEqualTo("advise: cannot write " + dangling + ": a symbolic link to nothing\n");
    assertThat(dir.resolve("nothing.json")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  void noTemporaryFileSurvivesASignal(String signal) throws Exception {
    // A shell starts a background job (`./mvnw verify &` in a script, some CI runners) with SIGINT
    // ignored, and a JVM started with it ignored never sees it: there is no interrupt to test.
    assumeFalse(
        signal.equals("INT") && interruptIgnored(), "SIGINT is ignored here (a background job)");
    Path report = dir.resolve("report.json");
    // Reading standard input that never ends keeps the run waiting with its temporary file open.
    Process p =
        OwnJvm.advise("--format", "json", "-o", report.toString(), EXAMPLE.toString(), "-")
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaries().isEmpty()) {
        assertThat(System.nanoTime()).as("the temporary file never appeared").isLessThan(deadline);
        assertThat(p.isAlive()).as("the run ended early").isTrue();
        Thread.sleep(20);
      }
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
      assertThat(kill.waitFor()).isZero();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(temporaries()).isEmpty();
      assertThat(report).doesNotExist();
    } finally {
      p.destroyForcibly();
    }
  }

  /**
   * Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), which the advise
   * JVM it starts inherits. False where there is no /proc to ask.
   */
  private static boolean interruptIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  /**
   * The same for {@code --report}: every report's temporary file goes with the signal, and none is
   * moved into place.
   */
  @Test
  void noReportsTemporaryFileSurvivesASignal() throws Exception {
    Process p =
        OwnJvm.advise(
                "--format",
                "json",
                "--report",
                "sarif=" + dir.resolve("a.sarif"),
                "--report",
                "junit=" + dir.resolve("a.xml"),
                EXAMPLE.toString(),
                "-")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaries().size() < 2) {
        assertThat(System.nanoTime()).as("the temporary files never appeared").isLessThan(deadline);
        assertThat(p.isAlive()).as("the run ended early").isTrue();
        Thread.sleep(20);
      }
      Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start();
      assertThat(kill.waitFor()).isZero();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(temporaries()).isEmpty();
      assertThat(dir.resolve("a.sarif")).doesNotExist();
      assertThat(dir.resolve("a.xml")).doesNotExist();
    } finally {
      p.destroyForcibly();
    }
  }

  private List<String> temporaries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }
}
