package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The quick reading of everyday command lines agrees with picocli's wherever it reads one, and
 * leaves everything else to picocli.
 */
class QuickOptionsTest {

  /** Every field of both readings, compared one by one. */
  private static void assertSameAsPicocli(String... args) throws IllegalAccessException {
    Optional<Options> quick = QuickOptions.read(args);
    if (quick.isEmpty()) {
      return;
    }
    Options picocli = new Options();
    new CommandLine(picocli).parseArgs(args); // must not throw: the quick reading accepted it
    for (Field field : Options.class.getDeclaredFields()) {
      field.setAccessible(true);
      assertThat(field.get(quick.get()))
          .as("%s for %s", field.getName(), List.of(args))
          .isEqualTo(field.get(picocli));
    }
  }

  @Test
  void everydayCommandLinesAreReadAsPicocliReadsThem() throws IllegalAccessException {
    String[][] accepted = {
      {"a.yaml"},
      {"-"},
      {"a.yaml", "dir", "-"},
      {"--format", "json", "dir"},
      {"--format=ndjson", "dir"},
      {"dir", "--format", "sarif"},
      {"--format=github", "--check", "dir"},
      {"--check", "--tolerance", "5", "dir"},
      {"--tolerance=0", "--check", "dir"},
      {"-q", "--follow-symlinks", "--debug", "dir"},
      {"--quiet", "dir"},
      {"-o", "out.json", "--format", "json", "dir"},
      {"--output=report.xml", "--format=junit", "dir"},
      {"--include", "*.yml", "--include", "**/x/*.yaml", "--exclude", "tmp/**", "dir"},
      {"--color", "never", "dir"},
      {"--color=always", "a.yaml"},
      {"--report", "sarif=a.sarif", "--report=junit=a.xml", "dir"},
      {"--config", "team.yml", "dir"},
      {"--no-config", "dir"},
    };
    for (String[] args : accepted) {
      assertThat(QuickOptions.read(args)).as(List.of(args).toString()).isPresent();
      assertSameAsPicocli(args);
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    String[][] declined = {
      {},
      {"--help"},
      {"-h"},
      {"--version"},
      {"-V"},
      {"rules"},
      {"explain", "x"},
      {"dir", "rules"},
      {"@args.txt"},
      {""},
      {"--format", "yaml", "dir"},
      {"--format"},
      {"--format", "--check", "dir"},
      {"--format", "json", "--format", "ndjson", "dir"},
      {"--check", "--check", "dir"},
      {"--tolerance", "ten", "dir"},
      {"--tolerance", "-1", "dir"},
      {"--tolerance", "010", "dir"},
      {"--tolerance", "99999999999", "dir"},
      {"--rules", "r", "dir"},
      {"--max-depth", "3", "dir"},
      {"--check=true", "dir"},
      {"-qo", "x", "dir"},
      {"--", "dir"},
      {"--unknown", "dir"},
      {"--check"},
      {"--color", "sometimes", "dir"},
      {"-x.yaml"},
      {"--include=", "dir"},
      {"--exclude", "", "dir"},
      {"--include", "[", "dir"},
      {"--exclude", "{a,{b,c}}", "dir"},
      {"--output=", "dir"},
      {"-o", "", "dir"},
      {"--tolerance", "-5", "--check", "dir"},
      {"--tolerance", "101", "--check", "dir"},
      {"--tolerance", "5", "dir"},
      {"dir", ""},
      {"--max-file-size", "4MiB", "dir"},
    };
    for (String[] args : declined) {
      assertThat(QuickOptions.read(args)).as(List.of(args).toString()).isEmpty();
    }
  }

  @Test
  void randomMixturesOfOptionsAreReadAlikeOrLeftToPicocli() throws IllegalAccessException {
    String[] pool = {
      "a.yaml",
      "dir",
      "-",
      "--check",
      "-q",
      "--quiet",
      "--debug",
      "--follow-symlinks",
      "--format",
      "json",
      "ndjson",
      "table",
      "github",
      "--format=markdown",
      "--tolerance",
      "7",
      "0",
      "--tolerance=12",
      "-o",
      "out.txt",
      "--output=o.json",
      "--include",
      "*.yml",
      "--exclude",
      "x/**",
      "--color",
      "never",
      "--color=auto",
      "--rules",
      "rules",
      "explain",
      "@f",
      "--help",
      "--",
      "bad",
      "-1",
      "--report",
      "sarif=a.sarif",
      "--report=json=o.json",
      "--config",
      "c.yml",
      "--no-config"
    };
    Random random = new Random(42);
    int read = 0;
    for (int n = 0; n < 3000; n++) {
      List<String> args = new ArrayList<>();
      int length = 1 + random.nextInt(7);
      for (int k = 0; k < length; k++) {
        args.add(pool[random.nextInt(pool.length)]);
      }
      String[] array = args.toArray(new String[0]);
      if (QuickOptions.read(array).isPresent()) {
        read++;
      }
      assertSameAsPicocli(array);
    }
    assertThat(read).as("command lines read quickly").isGreaterThan(300);
  }
}
