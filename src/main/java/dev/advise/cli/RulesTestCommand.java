package dev.advise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advise rules test [DIR...]}: runs the {@code cases:} of rule files, as conftest verify
 * does.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Run the cases written in rule files.",
    description = {
      "Run the cases written in rule files: those of each DIR's rules (layered over the built-in rules,"
          + " as --rules does), or the built-in rules' own when no DIR is given.",
      "Prints a line per case, file:line:column first, then a summary. Exit 0 when every case passes,"
          + " 1 when one fails, 3 when a rule file is invalid."
    })
final class RulesTestCommand extends Subcommand {

  @Parameters(
      arity = "0..*",
      paramLabel = "DIR",
      converter = Converters.PathConverter.class,
      description = "Folders of rule files, layered in order; their rules' cases are run.")
  List<Path> folders = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
  String format = "table";

  @Override
  public Integer call() {
    return RuleCommands.test(this, context().out(), context().err());
  }

  @Override
  Optional<List<Path>> ruleFolders() {
    return Optional.of(folders);
  }
}
