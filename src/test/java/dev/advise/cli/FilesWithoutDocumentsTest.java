package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with no YAML document (0 bytes, or comments, blank lines and {@code ---} alone) is no
 * workload and no error (descriptor contract v1.1), in a folder as anywhere; an argument that
 * yields no workload at all is still exit 3 (output contract v1.1).
 */
class FilesWithoutDocumentsTest {

  private static final Path FILES = Path.of("src/test/resources/from");

  @TempDir Path dir;

  private Path folderWithAWorkloadAndTwoFilesWithoutDocuments() throws Exception {
    Files.copy(FILES.resolve("pg.yaml"), dir.resolve("pg.yaml"));
    Files.copy(FILES.resolve("comment-only.yaml"), dir.resolve("comment-only.yaml"));
    Files.copy(FILES.resolve("empty.yaml"), dir.resolve("empty.yaml"));
    Files.writeString(dir.resolve("separators.yaml"), "---\n# to be written\n---\n...\n");
    return dir;
  }

  @Test
  void inAFolderTheyContributeNothingAndNoError() throws Exception {
    Cli.Result r =
        Cli.run("--format", "json", folderWithAWorkloadAndTwoFilesWithoutDocuments().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("\"workload\": \"pg-primary\"")
        .contains("\"errors\": [ ]")
        .contains("\"workloads\": 1")
        .contains("\"skipped\": 0");
  }

  @Test
  void aFolderOfNothingButThemIsStillExitThree() throws Exception {
    Files.copy(FILES.resolve("comment-only.yaml"), dir.resolve("comment-only.yaml"));
    Files.copy(FILES.resolve("empty.yaml"), dir.resolve("empty.yaml"));
    Cli.Result r = Cli.run("--check", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(dir + ": no descriptors found in " + dir + " (no workload in 2 files)");
  }

  @Test
  void namedOnTheCommandLineEachIsExitThreeSayingWhy() {
    Cli.Result comments = Cli.run(FILES.resolve("comment-only.yaml").toString());
    assertThat(comments.code()).isEqualTo(3);
    assertThat(comments.err())
        .isEqualTo(
            FILES.resolve("comment-only.yaml")
                + ": holds no workload (it holds only comments, blank lines or ---;"
                + " expected an advise/v1 Workload)\n");
    Cli.Result empty = Cli.run(Cli.pipe(""), "-");
    assertThat(empty.code()).isEqualTo(3);
    assertThat(empty.err()).contains("-: holds no workload (it is empty;");
  }
}
