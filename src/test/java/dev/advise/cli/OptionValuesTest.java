package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option values that are empty, malformed or out of range (as an unset CI variable or a typo gives
 * them) are usage errors: exit 2, one line naming the option, before any input is read.
 */
class OptionValuesTest {

  @TempDir Path dir;

  private void refused(String option, String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.code()).as("%s: %s", List.of(args), r.err()).isEqualTo(2);
    String[] lines = r.err().split("\n");
    assertThat(lines).as(r.err()).hasSize(2);
    assertThat(lines[0])
        .startsWith("advise: ")
        .contains(option)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(lines[1]).startsWith("Try 'advise --help'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badValuesAreUsageErrorsNamingTheOption() {
    String d = dir.toString();
    refused("--include", "--include=", d);
    refused("--exclude", "--exclude", "", d);
    refused("--include", "--include", "[", d);
    refused("--include", "--include", "{a,{b,c}}", d);
    refused("--exclude", "--exclude=a\\", d);
    refused("--output", "--output=", d);
    refused("--output", "-o", "", d);
    refused("--tolerance", "--check", "--tolerance", "-5", d);
    refused("--tolerance", "--check", "--tolerance=101", d);
    refused("--tolerance", "--tolerance", "5", d);
    refused("--tolerance", "--tolerance=10", "--format", "json", d);
    refused("PATH", "");
    refused("PATH", d, "");
    refused("--rules", "--rules", "", d);
    refused("--rules", "explain", "--rules=", "x");
    refused("--max-file-size", "--max-file-size", "4 parsecs", d);
    refused("--max-file-size", "--max-file-size", "-1", d);
    refused("--max-file-size", "--max-file-size", "3Gi", d);
    refused("--max-depth", "--max-depth", "0", d);
    refused("--max-aliases", "--max-aliases", "-1", d);
  }

  /** Sizes take the units descriptors take for memory, and a trailing B as people write it. */
  @Test
  void sizeLimitsTakeUnits() throws Exception {
    Path small =
        Fixtures.write(
            dir,
            "big.yaml",
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: x}\nspec: {}\n# "
                + "x".repeat(2000)
                + "\n");
    for (String size : List.of("1Ki", "1KiB", "1024", "1K", "1KB")) {
      Cli.Result r = Cli.run("--max-file-size", size, "--format", "json", small.toString());
      assertThat(r.code()).as(size + ": " + r.err()).isEqualTo(3);
      assertThat(r.out()).contains("more than the");
    }
    for (String size : List.of("4Mi", "4MiB", "4194304", "4M")) {
      Cli.Result r = Cli.run("--max-file-size", size, "--format", "json", small.toString());
      assertThat(r.code()).as(size + ": " + r.err()).isZero();
    }
  }
}
