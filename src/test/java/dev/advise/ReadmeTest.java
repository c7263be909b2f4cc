package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.cli.Environment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README says what advise does today: its sample, the prose about it, its usage block. */
class ReadmeTest {

  private static final String COMMAND = "$ ./advise examples/oracle-erp-database.yaml\n";

  private static String readme() throws IOException {
    return Files.readString(Fixtures.projectDir().resolve("README.md"));
  }

  private static String sample(String readme) {
    int start = readme.indexOf(COMMAND) + COMMAND.length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theSampleOutputIsCurrent() throws IOException {
    assertThat(sample(readme()))
        .isEqualTo(Cli.run("--color=never", "examples/oracle-erp-database.yaml").out());
  }

  @Test
  void theProseQuotesTheSampleItExplains() throws IOException {
    String readme = readme();
    Matcher printed = Pattern.compile("Ahead of (\\S+) by ([0-9.]+)").matcher(sample(readme));
    assertThat(printed.find()).isTrue();
    List<String> quoted = new ArrayList<>();
    Matcher prose = Pattern.compile("\\*Ahead of (\\S+) by ([0-9.]+)\\*").matcher(readme);
    while (prose.find()) {
      quoted.add(prose.group(1) + " " + prose.group(2));
    }
    assertThat(quoted).isNotEmpty().containsOnly(printed.group(1) + " " + printed.group(2));
  }

  @Test
  void theUsageBlockHasEveryOptionAndFormatThatHelpLists() throws IOException {
    String readme = readme();
    int usage = readme.indexOf("## Usage");
    String block = readme.substring(usage, readme.indexOf("\n```\n", usage));
    String help =
        Cli.run(
                new Environment(
                    new ByteArrayInputStream(new byte[0]), Map.of("COLUMNS", "400"), false),
                "--help")
            .out();
    Matcher option = Pattern.compile("(?m)^ +(?:-\\w, )?(--[a-z-]+)").matcher(help);
    List<String> options = new ArrayList<>();
    while (option.find()) {
      options.add(option.group(1));
    }
    assertThat(options).contains("--from", "--format");
    assertThat(options).allSatisfy(o -> assertThat(block).containsPattern(o + "\\b"));
    Matcher formats = Pattern.compile("Output format: ([a-z, ]+) \\(").matcher(help);
    assertThat(formats.find()).isTrue();
    for (String format : formats.group(1).split(", ")) {
      assertThat(block).containsPattern("--format FORMAT .*\\b" + format + "\\b");
    }
  }
}
