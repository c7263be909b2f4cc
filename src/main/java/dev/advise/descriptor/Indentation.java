package dev.advise.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error that is a line indented wrongly, said in terms of the keys above it: how far
 * the line is indented, how far the keys it should stand beside are (and where), and the field it
 * would be. SnakeYAML reports such a line as a parser state ("expected &lt;block end&gt;", "mapping
 * values are not allowed here"), often at the ':' rather than the line's start, and without a path
 * (D123). Runs only when a file fails to parse.
 */
final class Indentation {

  /** A {@code key:} line: its key's column (0-based), name, line (1-based), and inline value. */
  private record Key(int indent, String name, int line, boolean scalarValue) {}

  private static final Pattern KEY =
      Pattern.compile(
          "^(\"[^\"]*\"|'[^']*'|[^\\s#'\"{\\[\\]},&*!|>%@`-][^:#]*?|-[^\\s:#][^:#]*?)"
              + ":(?:\\s+(.*))?$");

  private Indentation() {}

  /**
   * The problem for a syntax error on {@code line} (0-based) of {@code text} when that line's
   * indentation is what is wrong, or null when the keys above it do not show that.
   */
  static Problem of(String source, int document, String text, int line) {
    String[] lines = text.split("\n", -1);
    if (line < 0 || line >= lines.length) {
      return null;
    }
    List<Key> open = new ArrayList<>();
    int literalAbove = -1; // the indentation of a key whose block scalar (| or >) runs on
    for (int i = 0; i < line; i++) {
      String l = lines[i];
      int indent = indent(l);
      String rest = l.substring(indent).stripTrailing();
      if (rest.isEmpty() || rest.startsWith("#")) {
        continue;
      }
      if (literalAbove >= 0 && indent > literalAbove) {
        continue;
      }
      literalAbove = -1;
      if (rest.equals("---") || rest.startsWith("--- ") || rest.equals("...")) {
        open.clear();
        continue;
      }
      Key key = key(l, i + 1);
      if (key == null) {
        continue;
      }
      while (!open.isEmpty() && open.get(open.size() - 1).indent() >= key.indent()) {
        open.remove(open.size() - 1);
      }
      open.add(key);
      String value = valueOf(l);
      if (value.startsWith("|") || value.startsWith(">")) {
        literalAbove = key.indent();
      }
    }
    Key here = key(lines[line], line + 1);
    if (here == null || open.isEmpty()) {
      return null;
    }
    int n = here.indent();
    Key last = open.get(open.size() - 1);
    if (n > last.indent() && last.scalarValue()) {
      // deeper than a key whose value is on its own line: read as more of that value
      int at = open.size() - 1;
      return problem(
          source,
          document,
          here,
          path(open, at),
          spaces(n)
              + ", but the keys of "
              + owner(open, at)
              + " are indented "
              + last.indent()
              + " ("
              + last.name()
              + ": on line "
              + last.line()
              + "), so it reads as part of "
              + last.name()
              + "'s value");
    }
    int deeper = -1;
    for (int k = 0; k < open.size(); k++) {
      if (open.get(k).indent() == n) {
        return null; // in line with keys above it: its indentation is not what is wrong
      }
      if (open.get(k).indent() > n && deeper < 0) {
        deeper = k;
      }
    }
    if (deeper < 0) {
      return null;
    }
    Key beside = open.get(deeper);
    String where = beside.name() + ": on line " + beside.line();
    String message =
        deeper == 0
            ? spaces(n)
                + ", but the keys of the document are indented "
                + beside.indent()
                + " ("
                + where
                + ")"
            : spaces(n)
                + ", between the keys of "
                + owner(open, deeper - 1)
                + " ("
                + spaces(open.get(deeper - 1).indent())
                + ") and those of "
                + owner(open, deeper)
                + " ("
                + spaces(beside.indent())
                + ", "
                + where
                + ")";
    return problem(source, document, here, path(open, deeper), message);
  }

  private static Problem problem(
      String source, int document, Key here, String parent, String message) {
    return new Problem(
        source,
        document,
        here.line(),
        here.indent() + 1,
        NodeReader.join(parent, here.name()),
        "indented " + message + "; keys of one mapping start in the same column");
  }

  /** The path of the mapping the key at {@code k} is in: the keys open above it. */
  private static String path(List<Key> open, int k) {
    String path = "";
    for (int i = 0; i < k; i++) {
      path = NodeReader.join(path, open.get(i).name());
    }
    return path;
  }

  /** The mapping the key at {@code k} is in, in words. */
  private static String owner(List<Key> open, int k) {
    return k == 0 ? "the document" : open.get(k - 1).name();
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** The line as a key, with list markers ({@code - }) counted as indentation; null otherwise. */
  private static Key key(String line, int number) {
    int indent = indent(line);
    while (line.startsWith("- ", indent)) {
      indent = indent + 2 + indent(line.substring(indent + 2));
    }
    Matcher m = KEY.matcher(line.substring(indent).stripTrailing());
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).strip();
    if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
      name = name.substring(1, name.length() - 1);
    }
    String value = m.group(2) == null ? "" : m.group(2).strip();
    boolean scalar =
        !value.isEmpty()
            && !value.startsWith("#")
            && !value.startsWith("|")
            && !value.startsWith(">")
            && !value.startsWith("&")
            && !value.startsWith("{")
            && !value.startsWith("[");
    return new Key(indent, name, number, scalar);
  }

  private static String valueOf(String line) {
    int colon = line.indexOf(": ");
    return colon < 0 ? "" : line.substring(colon + 2).strip();
  }
}
