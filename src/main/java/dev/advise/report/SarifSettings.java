package dev.advise.report;

import dev.advise.rules.RuleSet;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a SARIF report needs beyond the results: the tool's version, the rule set in use (its
 * rules that can fail a check become SARIF rules, with their help), the folder locations are
 * relative to, and where the rules reference can be read on the web, if anywhere.
 *
 * @param root locations are written relative to this folder (the working directory by default)
 * @param docsUrl the address of the folder holding {@code rules-reference.md}, e.g.
 *     {@code https://github.com/org/advise/blob/main/docs}; empty: no {@code helpUri}
 */
public record SarifSettings(String version, RuleSet rules, Path root, Optional<String> docsUrl) {

  public SarifSettings {
    root = root.toAbsolutePath().normalize();
    docsUrl = docsUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).filter(u -> !u.isEmpty());
  }
}
