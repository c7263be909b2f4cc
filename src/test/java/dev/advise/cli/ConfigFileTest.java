package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .advise.yaml}, {@code ADVISE_*} variables and flags (issue 13 item 1): the command line
 * wins over the environment, the environment over the file, the file over the default, for each
 * pair; a file is checked like a descriptor (located problems, did-you-mean); and {@code advise
 * config} says what is in effect and where it came from. In-process runs name the file with {@code
 * --config}; the search from the working folder is {@link ConfigSearchTest}'s.
 */
class ConfigFileTest {

  private static final Path EXAMPLE = Fixtures.projectDir().resolve("examples/payments-api.yaml");

  @TempDir Path dir;

  private static Cli.Result run(Map<String, String> variables, String... args) {
    return Cli.run(new Environment(new ByteArrayInputStream(new byte[0]), variables, false), args);
  }

  private JsonNode config(Map<String, String> variables, String... args) throws IOException {
    List<String> line = new ArrayList<>(List.of("config", "--format", "json"));
    line.addAll(List.of(args));
    Cli.Result r = run(variables, line.toArray(new String[0]));
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode setting(JsonNode config, String name) {
    for (JsonNode s : config.get("settings")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no setting " + name);
  }

  /** tolerance: default 10, file 5, environment 7, flag 3; each layer present or not. */
  @Test
  void eachLayerWinsOverTheOnesBelowIt() throws IOException {
    Path file = Fixtures.write(dir, "advise.yml", "# team settings\ntolerance: 5\n");
    String cfg = file.toString();
    Map<String, String> env = Map.of("ADVISE_TOLERANCE", "7");
    record Case(Map<String, String> env, List<String> args, int value, String source) {}
    List<Case> cases =
        List.of(
            new Case(Map.of(), List.of("--no-config"), 10, "default"),
            new Case(Map.of(), List.of("--config", cfg), 5, "file"), // file > default
            new Case(env, List.of("--no-config"), 7, "env"), // env > default
            new Case(env, List.of("--config", cfg), 7, "env"), // env > file
            new Case(
                Map.of(), List.of("--no-config", "--tolerance", "3"), 3, "flag"), // flag > default
            new Case(
                Map.of(), List.of("--config", cfg, "--tolerance", "3"), 3, "flag"), // flag > file
            new Case(env, List.of("--no-config", "--tolerance", "3"), 3, "flag"), // flag > env
            new Case(
                env, List.of("--config", cfg, "--tolerance", "3"), 3, "flag")); // flag > env > file
    for (Case c : cases) {
      List<String> args = new ArrayList<>(c.args());
      args.add("--check");
      JsonNode tolerance = setting(config(c.env(), args.toArray(new String[0])), "tolerance");
      assertThat(tolerance.get("value").asInt())
          .as("%s %s", c.env(), c.args())
          .isEqualTo(c.value());
      assertThat(tolerance.get("source").asText())
          .as("%s %s", c.env(), c.args())
          .isEqualTo(c.source());
    }
    JsonNode fromFile = setting(config(Map.of(), "--config", cfg), "tolerance");
    assertThat(fromFile.get("file").asText()).isEqualTo(cfg);
    assertThat(fromFile.get("line").asInt()).isEqualTo(2);
  }

  /**
   * The layers change what a run does, not only what advise config says: here, the format of
   * stdout.
   */
  @Test
  void aRunTakesItsFormatFromTheHighestLayerThatSetsIt() throws IOException {
    String cfg = Fixtures.write(dir, "advise.yml", "format: json\n").toString();
    String example = EXAMPLE.toString();
    assertThat(run(Map.of(), "--config", cfg, example).out()).startsWith("{");
    assertThat(run(Map.of("ADVISE_FORMAT", "markdown"), "--config", cfg, example).out())
        .startsWith("#");
    assertThat(
            run(Map.of("ADVISE_FORMAT", "markdown"), "--config", cfg, "--format", "ndjson", example)
                .out())
        .startsWith("{\"source\"");
    assertThat(run(Map.of(), "--no-config", example).out()).startsWith("payments-api");
    // an empty variable is an unset one (CI expands a variable it lacks to nothing)
    assertThat(run(Map.of("ADVISE_FORMAT", ""), "--config", cfg, example).out()).startsWith("{");
  }

  /** A tolerance on the command line needs a check; the check may come from the file. */
  @Test
  void aToleranceFlagNeedsACheckFromAnyLayer() throws IOException {
    String cfg = Fixtures.write(dir, "advise.yml", "check: true\n").toString();
    Cli.Result fromFile =
        run(Map.of(), "--config", cfg, "--tolerance", "0", "--format", "json", EXAMPLE.toString());
    assertThat(fromFile.code()).as(fromFile.err()).isIn(0, 1);
    assertThat(fromFile.out()).contains("\"check\"");
    Cli.Result none = run(Map.of(), "--no-config", "--tolerance", "0", EXAMPLE.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("--tolerance is only used with --check");
  }

  @Test
  void aMisspeltKeyIsLocatedWithASuggestion() throws IOException {
    String cfg =
        Fixtures.write(dir, "advise.yml", "format: json\n\ntolerence: 5\nmaxDepth: 3\n").toString();
    Cli.Result r = run(Map.of(), "--config", cfg, EXAMPLE.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            cfg
                + ":3:1: tolerence: unknown field (did you mean \"tolerance\"?)\n"
                + cfg
                + ":4:1: maxDepth: unknown field (did you mean \"max-depth\"?)\n");
  }

  /**
   * A value of the wrong type or shape is located at the value, in the words the command line uses.
   */
  @Test
  void valuesOfTheWrongTypeAreLocated() throws IOException {
    String cfg =
        Fixtures.write(
                dir,
                "advise.yml",
                String.join(
                    "\n",
                    "tolerance: [5]",
                    "check: yes",
                    "max-file-size: 4 parsecs",
                    "format: yaml",
                    "include:",
                    "  - '*.yaml'",
                    "  - '['",
                    "output: x.json",
                    "rules: {a: b}",
                    "exclude: [[a]]",
                    ""))
            .toString();
    Cli.Result r = run(Map.of(), "--config", cfg, EXAMPLE.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines())
        .containsExactly(
            cfg + ":1:12: tolerance: expected a whole number of points, found a list",
            cfg + ":2:8: check: expected true or false, found \"yes\"",
            cfg
                + ":3:16: max-file-size: \"4 parsecs\" is not a size (e.g. 4194304, 4Mi, 4MiB, 512Ki)",
            cfg
                + ":4:9: format: 'yaml' is not a format (expected one of: table, json, ndjson, markdown, junit, sarif, github)",
            cfg
                + ":7:5: include: \"[\" is not a pattern: "
                + OptionValues.globProblem("[").orElseThrow().split(": ", 2)[1],
            cfg
                + ":8:9: output: is not read from a configuration file (give --output on the command line)",
            cfg + ":9:8: rules: expected a folder or a list of them, found a mapping",
            cfg + ":10:11: exclude: expected a plain value, found a list in the list");
  }

  @Test
  void brokenYamlAndHostileYamlAreLocatedToo() throws IOException {
    String tab = Fixtures.write(dir, "tab.yml", "format: json\n\ttolerance: 5\n").toString();
    Cli.Result r = run(Map.of(), "--config", tab, EXAMPLE.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(tab + ":2:").contains("tab character");
    String tagged =
        Fixtures.write(dir, "tag.yml", "format: !!javax.script.ScriptEngineManager json\n")
            .toString();
    Cli.Result t = run(Map.of(), "--config", tagged, EXAMPLE.toString());
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).startsWith(tagged + ":1:9: ").contains("is not allowed");
    Cli.Result missing =
        run(Map.of(), "--config", dir.resolve("none.yml").toString(), EXAMPLE.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.yml: cannot read: no such file or folder");
    Cli.Result both = run(Map.of(), "--config", tab, "--no-config", EXAMPLE.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--config and --no-config");
  }

  @Test
  void badVariablesAreUsageErrorsNamingTheVariable() {
    Cli.Result r = run(Map.of("ADVISE_TOLERANCE", "ten"), "--no-config", EXAMPLE.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("advise: ADVISE_TOLERANCE: \"ten\" is not a whole number");
    Cli.Result flag = run(Map.of("ADVISE_CHECK", "yes"), "--no-config", EXAMPLE.toString());
    assertThat(flag.err()).startsWith("advise: ADVISE_CHECK: \"yes\" is not true or false");
    // variables advise does not know (the launcher's own among them) are not options
    Cli.Result other =
        run(
            Map.of("ADVISE_JAVA_OPTS", "-Xss1m", "ADVISE_BIN", "x"),
            "--no-config",
            EXAMPLE.toString());
    assertThat(other.code()).as(other.err()).isZero();
  }

  @Test
  void listsInVariablesAreSplitOnCommasOutsidePatternBraces() throws Exception {
    assertThat(Settings.items("a/**,{b,c}/*.yaml,[x,y]z"))
        .containsExactly("a/**", "{b,c}/*.yaml", "[x,y]z");
    assertThat(Settings.fromVariable(RunOption.CHECK, "1")).isEqualTo(true);
    assertThat(Settings.fromVariable(RunOption.CHECK, "false")).isEqualTo(false);
    JsonNode c = config(Map.of("ADVISE_EXCLUDE", "tmp/**,{a,b}.yaml"), "--no-config");
    assertThat(setting(c, "exclude").get("value").toString())
        .isEqualTo("[\"tmp/**\",\"{a,b}.yaml\"]");
  }

  /** A flag's list replaces the file's (the highest layer that sets a list sets all of it). */
  @Test
  void aListFromAHigherLayerReplacesTheLowerOne() throws IOException {
    String cfg = Fixtures.write(dir, "advise.yml", "exclude: [a/**, b/**]\n").toString();
    JsonNode c = config(Map.of(), "--config", cfg, "--exclude", "c/**");
    assertThat(setting(c, "exclude").get("value").toString()).isEqualTo("[\"c/**\"]");
  }

  /** Relative paths in the file are taken from the file's folder, not from where advise runs. */
  @Test
  void relativePathsInTheFileAreFromItsFolder() throws IOException {
    Path team = dir.resolve("team");
    Path rule = Fixtures.write(team, "policy/extra.yaml", "rules: []\n");
    String cfg = Fixtures.write(team, "advise.yml", "rules: policy\nsarif-root: ..\n").toString();
    JsonNode c = config(Map.of(), "--config", cfg);
    assertThat(setting(c, "rules").get("value").get(0).asText())
        .isEqualTo(rule.getParent().toString());
    assertThat(setting(c, "sarif-root").get("value").asText())
        .isEqualTo(team.resolve("..").toString());
    Cli.Result advised = run(Map.of(), "--config", cfg, EXAMPLE.toString());
    assertThat(advised.code()).as(advised.err()).isZero();
  }

  @Test
  void adviseConfigListsEverySettingWithItsOrigin() throws IOException {
    String cfg =
        Fixtures.write(dir, "advise.yml", "format: markdown\nexclude:\n  - tmp/**\n").toString();
    Map<String, String> env =
        new HashMap<>(Map.of("ADVISE_TOLERANCE", "4", "ADVISE_COLOR", "never"));
    Cli.Result r = run(env, "config", "--config", cfg, "--check");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            String.join(
                "\n",
                "configuration file: " + cfg,
                "from             -         default",
                "format           markdown  file " + cfg + ":1",
                "output           -         default",
                "reports          -         default",
                "include          -         default",
                "exclude          tmp/**    file " + cfg + ":2",
                "follow-symlinks  false     default",
                "quiet            false     default",
                "check            true      flag --check",
                "tolerance        4         env ADVISE_TOLERANCE",
                "rules            -         default",
                "color            never     env ADVISE_COLOR",
                "max-file-size    4194304   default",
                "max-aliases      50        default",
                "max-depth        64        default",
                "stdin-filename   -         default",
                "sarif-root       -         default",
                "sarif-docs-url   -         default",
                "debug            false     default",
                ""));
    assertThat(run(env, "config", "--config", cfg, "--check").out())
        .as("deterministic")
        .isEqualTo(r.out());
    JsonNode json = config(env, "--config", cfg, "--check");
    assertThat(json.get("configFile").asText()).isEqualTo(cfg);
    assertThat(setting(json, "format").get("source").asText())
        .as("--format json on this line")
        .isEqualTo("flag");
    assertThat(setting(json, "color").get("variable").asText()).isEqualTo("ADVISE_COLOR");
    Cli.Result paths = run(Map.of(), "config", EXAMPLE.toString());
    assertThat(paths.code()).isEqualTo(2);
  }

  @Test
  void anEmptyFileSetsNothing() throws IOException {
    String cfg = Fixtures.write(dir, "advise.yml", "# nothing yet\n").toString();
    Cli.Result r = run(Map.of(), "--config", cfg, EXAMPLE.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(Path.of(cfg))).isNotEmpty();
  }
}
