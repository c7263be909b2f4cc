package dev.advise.importer;

import dev.advise.descriptor.Quote;
import dev.advise.model.Percent;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a draft as an {@code advise/v1} descriptor: each field followed by a comment naming the
 * manifest line it came from and how sure it is, then notes, weak hints and the questions that
 * could change the advice, all as comments so the draft is valid as written.
 */
final class DraftText {

  private DraftText() {}

  static String render(Draft d, String name, String now, List<String> questions) {
    StringBuilder sb = new StringBuilder();
    if (d.line > 0) {
      comment(
          sb,
          "",
          "Draft imported by advise from "
              + d.source
              + ":"
              + d.line
              + " ("
              + d.what
              + ", document "
              + d.document
              + ").");
      comment(
          sb,
          "",
          "Every value below names the manifest line it came from and how sure it is: review them,");
      comment(sb, "", "answer the questions at the end, then advise this file.");
    } else {
      comment(
          sb,
          "",
          "Written by advise init. Every spec field is optional; a missing field is unknown, not false.");
      comment(sb, "", "The fields in docs/descriptor.md; the questions still open are at the end.");
    }
    sb.append("apiVersion: advise/v1\nkind: Workload\nmetadata:\n  name: ")
        .append(name)
        .append('\n');
    if (!d.labels.isEmpty()) {
      sb.append("  labels:\n");
      d.labels.forEach(
          (k, v) ->
              sb.append("    ").append(quoted(k)).append(": ").append(quoted(v)).append('\n'));
    }
    List<Evidence> evidence = d.evidence();
    if (evidence.isEmpty()) {
      sb.append("spec: {}\n");
    } else {
      sb.append("spec:\n");
      write(sb, d, tree(evidence), "  ");
    }
    section(sb, "Notes:", d.notes);
    section(sb, "Hints (weak: not set, for you to judge):", d.hints);
    if (!now.isEmpty() && questions.isEmpty()) {
      comment(sb, "", "Advice as drafted: " + now + "; no single unknown field could change it.");
    }
    section(
        sb,
        "Advice as drafted: "
            + now
            + ". Questions that could change it, most decisive first (answer"
            + (d.line > 0
                ? " here, or in the manifest with advise.dev/<field> annotations):"
                : " them here):"),
        questions);
    return sb.toString();
  }

  /** The fields as nested sections: a section never opens twice, whatever the catalogue's order. */
  private static Map<String, Object> tree(List<Evidence> evidence) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      String[] parts = e.field().path().split("\\.");
      Map<String, Object> at = root;
      for (int i = 0; i < parts.length - 1; i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> next =
            (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        at = next;
      }
      at.put(parts[parts.length - 1], e);
    }
    return root;
  }

  private static void write(StringBuilder sb, Draft d, Map<String, Object> section, String indent) {
    for (Map.Entry<String, Object> entry : section.entrySet()) {
      sb.append(indent).append(entry.getKey()).append(':');
      if (entry.getValue() instanceof Evidence e) {
        sb.append(' ')
            .append(value(e.value()))
            .append("  # ")
            .append(oneLine(why(d, e)))
            .append('\n');
      } else {
        sb.append('\n');
        @SuppressWarnings("unchecked")
        Map<String, Object> sub = (Map<String, Object>) entry.getValue();
        write(sb, d, sub, indent + "  ");
      }
    }
  }

  private static String why(Draft d, Evidence e) {
    String text =
        (e.line() > 0 ? d.file() + ":" + e.line() + ": " : "")
            + e.why()
            + " ("
            + e.sure().words()
            + ")";
    Evidence o = e.overridden();
    if (o != null) {
      text +=
          "; overrides the inferred "
              + o.value().display()
              + " from line "
              + o.line()
              + " ("
              + o.sure().words()
              + ")";
    }
    return text;
  }

  /** A value as the descriptor reads it back: text and percentages quoted, the rest plain. */
  static String value(Value v) {
    if (v instanceof Text || v instanceof Percent) {
      return quoted(v.display());
    }
    return v.display();
  }

  /** A YAML double-quoted string. */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20
              || c == 0x7f
              || c == 0x2028
              || c == 0x2029
              || c == 0xfeff
              || Character.isSurrogate(c) && !validPair(s, i)
              || c >= 0x80 && c <= 0x9f) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static void section(StringBuilder sb, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    comment(sb, "", title);
    for (String line : lines) {
      comment(sb, "", "  - " + line);
    }
  }

  private static void comment(StringBuilder sb, String indent, String text) {
    sb.append(indent).append("# ").append(oneLine(text)).append('\n');
  }

  /** Input text in a comment: one line, with control and bidirectional characters escaped. */
  static String oneLine(String text) {
    // YAML also ends a line at U+0085 (which Quote escapes), U+2028 and U+2029
    String t = Quote.escaped(text.replace('\n', ' ').replace('\r', ' '));
    for (int cp : new int[] {0x2028, 0x2029, 0xfeff}) {
      t = t.replace(String.valueOf((char) cp), String.format("\\u%04X", cp));
    }
    return t;
  }
}
