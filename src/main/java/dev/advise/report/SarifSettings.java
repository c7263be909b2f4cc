package dev.advise.report;

import dev.advise.rules.RuleSet;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a SARIF report needs beyond the results: the tool's version, the rule set in use (its rules
 * that can fail a check become SARIF rules, with their help), how a source is named relative to the
 * root code scanning resolves locations against, and where the rules reference can be read on the
 * web, if anywhere.
 *
 * @param relative a source as a '/'-separated path relative to the root (the working directory or
 *     {@code --sarif-root})
 * @param docsUrl the address of the folder holding {@code rules-reference.md}, e.g. {@code
 *     https://github.com/org/advise/blob/main/docs}; empty: no {@code helpUri}
 */
public record SarifSettings(
    String version, RuleSet rules, UnaryOperator<String> relative, Optional<String> docsUrl) {

  public SarifSettings {
    docsUrl =
        docsUrl
            .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
            .filter(u -> !u.isEmpty());
  }
}
