package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link named on the command line (CI passes a pull request's changed files) is read only
 * when it leads inside the working folder, unless --follow-symlinks is given; the other inputs are
 * still advised. The tests run with the project folder as working folder.
 */
class CommandLineLinksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aLinkOnTheCommandLineThatLeadsOutsideTheWorkingFolderIsNotRead() throws IOException {
    Path secret =
        Fixtures.write(
            dir,
            "home/secret.yaml",
            "apiVersion: advise/v1\nkind: Workload\n"
                + "metadata: {name: secret}\nspec: {latency: {p99: top-secret-value}}\n");
    Path evil = Files.createSymbolicLink(dir.resolve("evil.yaml"), secret);
    Path inside =
        Files.createSymbolicLink(
            dir.resolve("inside.yaml"),
            Fixtures.projectDir().resolve("examples/payments-api.yaml"));
    Path folderLink = Files.createSymbolicLink(dir.resolve("folder"), secret.getParent());
    String good = Fixtures.projectDir().resolve("examples/order-matcher.yaml").toString();

    Cli.Result refused =
        Cli.run(
            "--format", "json", evil.toString(), inside.toString(), folderLink.toString(), good);
    assertThat(refused.code()).isEqualTo(3);
    JsonNode out = JSON.readTree(refused.out());
    assertThat(out.at("/results").findValuesAsText("workload"))
        .containsExactly("payments-api", "order-matcher");
    assertThat(out.at("/errors").findValuesAsText("source"))
        .containsExactly(evil.toString(), folderLink.toString());
    assertThat(out.at("/errors").findValuesAsText("message"))
        .allSatisfy(
            m -> assertThat(m).contains("a symbolic link that leads outside the working folder"));
    assertThat(refused.out() + refused.err()).doesNotContain("top-secret");

    Cli.Result followed = Cli.run("--format", "json", "--follow-symlinks", evil.toString(), good);
    assertThat(JSON.readTree(followed.out()).at("/errors").findValuesAsText("path"))
        .containsExactly("spec.latency.p99");
  }

  /**
   * A path that plainly names a place outside the working folder is the user's choice: it is read.
   */
  @Test
  void aPlainPathOutsideTheWorkingFolderIsRead() throws IOException {
    Path plain =
        Fixtures.write(
            dir,
            "plain.yaml",
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: plain}\nspec: {}\n");
    Cli.Result r = Cli.run("--format", "json", plain.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }
}
