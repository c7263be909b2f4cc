package dev.advise.rules;

import dev.advise.model.Spec;

/**
 * One test case a rule file gives a rule under {@code cases:}: a spec the rule must fire on ({@code
 * fires}) or must not fire on ({@code quiet}), with where it is written.
 *
 * @param path the case's path in the file, e.g. {@code rules[2].cases.quiet[0]}
 */
public record RuleCase(
    String rule, boolean fires, Spec spec, String file, int line, int column, String path) {

  /** {@code file:line:column}, the form editors and CI logs link. */
  public String location() {
    return file + ":" + line + ":" + column;
  }
}
