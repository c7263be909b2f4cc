package dev.advise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code advise rules}: every rule, one line each; {@code --format markdown}: the reference. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = RulesTestCommand.class,
    header = "List every rule: id, dimension, title and sources.",
    description = "'advise rules test [DIR...]' runs the cases written in rule files.")
final class RulesCommand extends Subcommand {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table (default) or markdown (the rules reference, as in docs/rules-reference.md).")
  String format = "table";

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      converter = Converters.PathConverter.class,
      description = "Add or override rules from a folder (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Override
  public Integer call() {
    return RuleCommands.list(this, context().out(), context().err());
  }

  @Override
  Optional<List<Path>> ruleFolders() {
    return Optional.of(rules);
  }
}
