package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The table of options ({@link RunOption}) and picocli's model of the main command name the same
 * options, of the same kinds, and take and refuse the same values: an option added to one and not
 * the other fails here, before the quick reader, the configuration file or the environment could
 * disagree with picocli about it.
 */
class RunOptionTableTest {

  private static final Set<String> PICOCLI_OWN = Set.of("--help", "--version");

  private static List<OptionSpec> picocliOptions() {
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : new CommandLine(new Options()).getCommandSpec().options()) {
      if (!PICOCLI_OWN.contains(o.longestName())) {
        options.add(o);
      }
    }
    return options;
  }

  @Test
  void everyOptionIsInBothWithTheSameNamesAndKind() {
    Set<String> fromPicocli = new TreeSet<>();
    for (OptionSpec o : picocliOptions()) {
      fromPicocli.add(o.longestName());
      RunOption row = RunOption.named(o.longestName()).orElse(null);
      assertThat(row).as("%s is in the table of options", o.longestName()).isNotNull();
      List<String> names = new ArrayList<>(List.of(row.name));
      if (row.shortName != null) {
        names.add(0, row.shortName);
      }
      assertThat(o.names()).as("names of %s", row.name).containsExactlyInAnyOrderElementsOf(names);
      RunOption.Kind kind =
          o.arity().max() == 0
              ? RunOption.Kind.FLAG
              : o.isMultiValue() ? RunOption.Kind.LIST : RunOption.Kind.VALUE;
      assertThat(row.kind).as("kind of %s", row.name).isEqualTo(kind);
    }
    Set<String> fromTable = new TreeSet<>();
    for (RunOption o : RunOption.values()) {
      fromTable.add(o.name);
    }
    assertThat(fromTable).isEqualTo(fromPicocli);
  }

  /**
   * Values each option should take, and values it should refuse; both readers must agree on each.
   */
  private static final Map<RunOption, List<String>> SAMPLES =
      Map.ofEntries(
          Map.entry(RunOption.FROM, List.of("k8s", "compose", "helm", "K8S")),
          Map.entry(RunOption.FORMAT, List.of("json", "sarif", "github", "yaml", "JSON")),
          Map.entry(RunOption.OUTPUT, List.of("out.json", "a/b.txt", "nul\u0000l")),
          Map.entry(RunOption.INCLUDE, List.of("*.yaml", "**/x/*.yml", "[", "{a,{b,c}}", "a\\")),
          Map.entry(RunOption.EXCLUDE, List.of("tmp/**", "[", "{a,b}")),
          Map.entry(
              RunOption.TOLERANCE,
              List.of("0", "10", "100", "101", "-1", "ten", "010", "99999999999")),
          Map.entry(RunOption.RULES, List.of("policy", "nul\u0000l")),
          Map.entry(RunOption.COLOR, List.of("auto", "always", "never", "sometimes")),
          Map.entry(
              RunOption.MAX_FILE_SIZE,
              List.of("1", "4Mi", "4MiB", "512Ki", "0", "3Gi", "4 parsecs", "-1")),
          Map.entry(RunOption.MAX_ALIASES, List.of("0", "50", "-1", "x")),
          Map.entry(RunOption.MAX_DEPTH, List.of("1", "64", "0", "x")),
          Map.entry(RunOption.STDIN_FILENAME, List.of("stdin.yaml", "x")),
          Map.entry(RunOption.SARIF_ROOT, List.of(".", "src", "nul\u0000l")),
          Map.entry(RunOption.SARIF_DOCS_URL, List.of("https://example.com/docs")),
          Map.entry(RunOption.CONFIG, List.of("advise.yml", "nul\u0000l")),
          Map.entry(
              RunOption.REPORT,
              List.of(
                  "sarif=a.sarif",
                  "json=out=1.json",
                  "yaml=a",
                  "=a",
                  "sarif",
                  "sarif=",
                  "JSON=a")));

  @Test
  void bothReadersTakeAndRefuseTheSameValues() {
    for (RunOption o : RunOption.values()) {
      if (o.kind == RunOption.Kind.FLAG) {
        continue;
      }
      assertThat(SAMPLES).as("samples for %s", o.name).containsKey(o);
      for (String value : SAMPLES.get(o)) {
        boolean table;
        Object read = null;
        try {
          read = o.parse(value);
          table = true;
        } catch (RunOption.Refused e) {
          table = false;
        }
        Options options = new Options();
        boolean picocli;
        try {
          new CommandLine(options).parseArgs(o.name + "=" + value, "x.yaml");
          picocli = true;
        } catch (CommandLine.ParameterException e) {
          picocli = false;
        }
        assertThat(table)
            .as("%s=%s: the table takes it as picocli does", o.name, value)
            .isEqualTo(picocli);
        if (table) {
          Object set = o.get(options);
          assertThat(set instanceof List<?> l ? l.get(0) : set)
              .as("%s=%s", o.name, value)
              .isEqualTo(read);
        }
      }
    }
  }

  @Test
  void keysAndVariablesAreTheLongNames() {
    assertThat(RunOption.MAX_FILE_SIZE.key()).isEqualTo("max-file-size");
    assertThat(RunOption.MAX_FILE_SIZE.variable()).isEqualTo("ADVISE_MAX_FILE_SIZE");
    assertThat(RunOption.REPORT.key()).isEqualTo("reports");
    assertThat(RunOption.REPORT.variable()).isEqualTo("ADVISE_REPORT");
    assertThat(RunOption.keys())
        .contains(
            "format",
            "tolerance",
            "rules",
            "include",
            "exclude",
            "reports",
            "max-file-size",
            "max-aliases",
            "max-depth")
        .doesNotContain("output", "config", "no-config", "stdin-filename");
  }
}
