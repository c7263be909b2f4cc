package dev.advise.cli;

import dev.advise.descriptor.Quote;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleSet;
import dev.advise.rules.RuleSetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rule set a run or a subcommand uses: the built-in rules with each {@code --rules} folder
 * layered on top. When there is none to be had (a missing folder, invalid rule files, an unreadable
 * file), stderr says why and the caller exits.
 */
final class RuleSets {

  private RuleSets() {}

  static Optional<RuleSet> load(List<Path> folders, PrintWriter err) {
    return load(folders, err, false);
  }

  /**
   * @param debug whether to say on stderr why the built-in rules were read from YAML, if they were
   */
  static Optional<RuleSet> load(List<Path> folders, PrintWriter err, boolean debug) {
    if (!foldersExist(folders, err)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          folders.isEmpty()
              ? RuleLoader.embedded(debug ? note -> err.println("advise: debug: " + note) : null)
              : RuleLoader.withFolders(folders));
    } catch (RuleSetException e) {
      e.problems().forEach(p -> err.println(Quote.escaped(p.format())));
    } catch (IOException e) {
      unreadable(e, err);
    }
    return Optional.empty();
  }

  /**
   * The rules as {@link #load} loads them, with the cases of the folders' rules ({@code advise
   * rules test}).
   */
  static Optional<RuleLoader.Tested> loadTested(List<Path> folders, PrintWriter err) {
    if (!foldersExist(folders, err)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleLoader.withFoldersTested(folders));
    } catch (RuleSetException e) {
      e.problems().forEach(p -> err.println(Quote.escaped(p.format())));
    } catch (IOException e) {
      unreadable(e, err);
    }
    return Optional.empty();
  }

  private static boolean foldersExist(List<Path> folders, PrintWriter err) {
    for (Path dir : folders) {
      if (!Files.isDirectory(dir)) {
        err.println(Quote.escaped(dir + ": no such rules folder"));
        return false;
      }
    }
    return true;
  }

  private static void unreadable(IOException e, PrintWriter err) {
    err.println("advise: cannot read the rules: " + Quote.escaped(String.valueOf(e.getMessage())));
  }
}
