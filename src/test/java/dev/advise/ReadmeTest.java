package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The sample table in the README is what advise prints today. */
class ReadmeTest {

  private static final String COMMAND = "$ ./advise examples/oracle-erp-database.yaml\n";

  @Test
  void theSampleOutputIsCurrent() throws IOException {
    String readme = Files.readString(Fixtures.projectDir().resolve("README.md"));
    int start = readme.indexOf(COMMAND) + COMMAND.length();
    String sample = readme.substring(start, readme.indexOf("```", start));
    assertThat(sample)
        .isEqualTo(Cli.run("--color=never", "examples/oracle-erp-database.yaml").out());
  }
}
