package dev.advise.importer;

/**
 * Recognises an unrendered Helm template: Go template actions that only Helm fills in ({@code {{
 * .Values.x }}}, {@code {{- if ... }}}, {@code {{ include ... }}}). Other double braces are left
 * alone: Argo Workflows ({@code {{inputs.parameters.x}}}) and Grafana legends ({@code {{ instance
 * }}}) use them inside valid, rendered manifests.
 */
final class Helm {

  private static final String[] ACTIONS = {
    ".Values",
    ".Release",
    ".Chart",
    ".Capabilities",
    ".Files",
    ".Template",
    "include ",
    "template ",
    "if ",
    "else",
    "end",
    "range ",
    "with ",
    "define ",
    "toYaml",
    "tpl ",
    "/*",
    "$."
  };

  private Helm() {}

  /** The 1-based line of the first Helm action, or 0 when there is none. */
  static int firstAction(String text) {
    int line = 1;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '{' && text.charAt(i + 1) == '{' && action(text, i + 2)) {
        return line;
      }
    }
    return 0;
  }

  private static boolean action(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    for (String a : ACTIONS) {
      if (text.startsWith(a, i)) {
        return true;
      }
    }
    return false;
  }
}
