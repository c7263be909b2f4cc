package dev.advise.cli;

import dev.advise.descriptor.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line, as picocli reads it. */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      RulesCommand.class,
      ExplainCommand.class,
      ImportCommand.class,
      InitCommand.class,
      CompletionCommand.class,
      ConfigCommand.class
    },
    sortOptions = false,
    // one string per paragraph: HelpText breaks the lines, at spaces only
    description = {
      "Advises where each workload should run: bare-metal, vm, container-on-vm or"
          + " container-on-metal. Reads advise/v1 Workload descriptors from files, folders (*.yaml,"
          + " *.yml, recursively) or - (standard input).",
      "To advise a folder named like a command (rules, explain, import, init, completion,"
          + " config), write it as ./rules."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was advised (and every check passed)",
      "1:with --check, at least one placement check failed",
      "2:usage error",
      "3:at least one input could not be read or is invalid (the valid ones are still advised)",
      "4:internal error (run with --debug for the stack trace)",
      "5:the report could not be written (full disk, unwritable --output)",
      "141:standard output was closed by its reader"
    })
final class Options {

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Descriptor files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = Converters.FromConverter.class,
      description =
          "Read the paths as k8s manifests or compose files instead of descriptors, and advise their workloads.")
  String from;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      completionCandidates = Format.Candidates.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
  Format format = Format.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      converter = Converters.PathConverter.class,
      description =
          "Write the report to FILE (atomically: all of it or nothing) instead of stdout; never an input.")
  Path output;

  @Option(
      names = "--report",
      paramLabel = "FORMAT=FILE",
      converter = Converters.ReportConverter.class,
      description =
          "Also write FORMAT to FILE, atomically, from the same run (repeatable); --format still"
              + " decides stdout (or --output).")
  List<ReportTarget> reports = new ArrayList<>();

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      converter = Converters.GlobConverter.class,
      description =
          "In folders, advise only files matching GLOB (repeatable; default: *.yaml and *.yml).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      converter = Converters.GlobConverter.class,
      description = "In folders, skip files and folders matching GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--follow-symlinks",
      description =
          "Follow symbolic links inside folders, as long as they stay inside the folder given, and"
              + " read links named as PATH that lead outside the working folder (refused without"
              + " it).")
  boolean followSymlinks;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only errors on stderr: no notes, no progress.")
  boolean quiet;

  @Option(
      names = "--check",
      description = "Judge each workload's spec.placement against the advice; exit 1 if any fails.")
  boolean check;

  @Option(
      names = "--tolerance",
      paramLabel = "POINTS",
      converter = Converters.ToleranceConverter.class,
      description =
          "With --check: how many points (0 to 100) below the winner a placement may score and pass (default: 10).")
  int tolerance = 10;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      converter = Converters.PathConverter.class,
      description =
          "A folder of rule files that add to or override the built-in rules by id (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      converter = Converters.ColorConverter.class,
      completionCandidates = ColorMode.Candidates.class,
      description =
          "Colour the table: ${COMPLETION-CANDIDATES} (default: auto, which honours NO_COLOR).")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = Converters.SizeConverter.class,
      description =
          "Refuse descriptor files larger than this, in bytes or with a unit: 4Mi, 4MiB, 512Ki (default: 4Mi).")
  long maxFileSize = Limits.DEFAULT.maxBytes();

  @Option(
      names = "--max-aliases",
      paramLabel = "N",
      converter = Converters.AliasesConverter.class,
      description =
          "Refuse documents with more YAML aliases than this, counting aliases to scalars (default: 50).")
  int maxAliases = Limits.DEFAULT.maxAliases();

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      converter = Converters.DepthConverter.class,
      description = "Refuse documents nested deeper than this (default: 64).")
  int maxDepth = Limits.DEFAULT.maxDepth();

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      description = "The name to report standard input (-) under, in every format and message.")
  String stdinFilename;

  @Option(
      names = "--sarif-root",
      paramLabel = "DIR",
      converter = Converters.SarifRootConverter.class,
      description = "With SARIF: file locations relative to DIR (default: the working directory).")
  Path sarifRoot;

  @Option(
      names = "--sarif-docs-url",
      paramLabel = "URL",
      description =
          "With SARIF: the web address of advise's docs/ folder; each rule's helpUri then points"
              + " at its section of rules-reference.md.")
  String sarifDocsUrl;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      converter = Converters.PathConverter.class,
      description =
          "Read settings from FILE instead of the nearest .advise.yaml (from here up to the repository root).")
  Path config;

  @Option(
      names = "--no-config",
      description = "Read no configuration file (ADVISE_* variables still apply).")
  boolean noConfig;

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;

  /** The input limits, each already in range (its reader checks it: {@link RunOption#parse}). */
  Limits limits() {
    return new Limits(maxFileSize, maxAliases, maxDepth);
  }
}
