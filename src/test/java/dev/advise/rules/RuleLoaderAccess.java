package dev.advise.rules;

import java.util.List;

/** Opens the embedded rule files to tests in other packages. */
public final class RuleLoaderAccess {
  private RuleLoaderAccess() {}

  public static List<RuleFile> embeddedFiles() {
    return RuleLoader.embeddedFiles();
  }
}
