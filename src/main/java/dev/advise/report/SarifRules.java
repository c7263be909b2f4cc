package dev.advise.report;

import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.SourceDoc;
import java.util.Locale;
import java.util.Optional;

/**
 * The SARIF rules (reporting descriptors) of a run: advise's own two findings, an invalid input and
 * a placement that trails the advice, and every knowledge rule that can rule a substrate out, since
 * a placement it excludes is reported under that rule's id (D40 in docs/decisions.md). Each carries
 * help text; with a documentation address, {@code helpUri} points at its section of the rules
 * reference.
 */
final class SarifRules {

  static final String INVALID = "advise/invalid-input";
  static final String CHECK = "advise/placement-check";

  private SarifRules() {}

  /** The rules as a SARIF {@code rules} array. */
  static void write(JsonText j, RuleSet rules, Optional<String> docsUrl) {
    j.beginArray();
    descriptor(
        j,
        INVALID,
        "Invalid workload descriptor",
        "The file could not be read or a document is not a valid advise/v1 Workload.",
        "Fix the field named in the message: the message gives the file, line, column and field path, and"
            + " what was expected. docs/descriptor.md describes every field.",
        docsUrl.map(u -> u + "/descriptor.md"));
    descriptor(
        j,
        CHECK,
        "Placement differs from the advice",
        "spec.placement scores more than the tolerance below the advised substrate.",
        "The workload's spec.placement trails the advised substrate by more than --tolerance points."
            + " Run advise on the file to see the ranking and the reasons behind each score, then move the"
            + " workload, change the descriptor where it is wrong, or raise the tolerance.",
        docsUrl.map(u -> u + "/rules-reference.md"));
    for (Rule r : rules.rules()) {
      if (!r.exclude().isEmpty()) {
        descriptor(
            j,
            r.id(),
            r.title(),
            r.because(),
            help(r, rules),
            r.origin().file().startsWith("rules/")
                ? docsUrl.map(u -> u + "/rules-reference.md#" + anchor(r.id()))
                : Optional.empty());
      }
    }
    j.endArray();
  }

  /** Why the rule holds, what it excludes, and its sources by title. */
  static String help(Rule r, RuleSet rules) {
    StringBuilder sb = new StringBuilder(r.because());
    sb.append("\nExcludes: ")
        .append(String.join(", ", r.exclude().stream().map(s -> s.id()).toList()))
        .append('.');
    sb.append("\nApplies when: ").append(r.when().describe()).append('.');
    for (String citation : r.sources()) {
      SourceDoc doc = rules.sources().get(SourceDoc.keyOf(citation));
      sb.append("\nSource: ")
          .append(citation)
          .append(
              doc == null
                  ? ""
                  : " ("
                      + doc.describe()
                      + (doc.address().startsWith("http") ? ", " + doc.address() : "")
                      + ")");
    }
    return sb.toString();
  }

  private static void descriptor(
      JsonText j,
      String id,
      String name,
      String description,
      String help,
      Optional<String> helpUri) {
    j.beginObject().field("id", id).field("name", name);
    j.name("shortDescription").beginObject().field("text", name).endObject();
    j.name("fullDescription").beginObject().field("text", description).endObject();
    j.name("help").beginObject().field("text", help).endObject();
    helpUri.ifPresent(u -> j.field("helpUri", u));
    j.name("defaultConfiguration").beginObject().field("level", "error").endObject();
    j.endObject();
  }

  /**
   * The anchor GitHub gives the heading {@code ### `rule.id`}: lower case, characters other than
   * letters, digits, '-' and '_' dropped, spaces as '-'.
   */
  static String anchor(String heading) {
    StringBuilder sb = new StringBuilder();
    for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        sb.append(c);
      } else if (c == ' ') {
        sb.append('-');
      }
    }
    return sb.toString();
  }
}
