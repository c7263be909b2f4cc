package dev.advise.descriptor;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's errors as located problems in plain words: its own phrases ("expected &lt;block
 * end&gt;, but found '&lt;block mapping start&gt;'") say how its parser failed, not what is wrong
 * with the file, and some of them repeat input of any length.
 */
public final class YamlErrors {

  private static final String GLOBAL_TAG = "Global tag is not allowed: ";

  private YamlErrors() {}

  /** A YAML syntax or limit error as a located problem; rule files use it too. */
  public static Problem syntax(String source, int document, MarkedYAMLException e) {
    return syntax(source, document, e, null);
  }

  /**
   * As {@link #syntax(String, int, MarkedYAMLException)}; with the {@code text} that failed, an
   * error that is a line indented wrongly is said in terms of the keys above it, at the line's key
   * and with its field path ({@link Indentation}).
   */
  public static Problem syntax(String source, int document, MarkedYAMLException e, String text) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (text != null && mark != null && aboutIndentation(e)) {
      Problem indented = Indentation.of(source, document, text, mark.getLine());
      if (indented != null) {
        return indented;
      }
    }
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    return new Problem(source, document, line, column, "", describe(e));
  }

  /**
   * Whether SnakeYAML's error is one a line's indentation causes: a block ended where a key
   * followed, a ':' inside what reads as a value, or a second document with no {@code ---} (a first
   * key indented further than the next).
   */
  private static boolean aboutIndentation(MarkedYAMLException e) {
    String what = String.valueOf(e.getProblem());
    return !(e instanceof GuardedParser.LimitExceeded)
        && (what.startsWith("expected <block end>")
            || what.equals("mapping values are not allowed here")
            || what.startsWith("expected '<document start>'"));
  }

  /**
   * SnakeYAML's names for the tokens of YAML's grammar, in the words of a file's author; none of
   * its own vocabulary reaches a message.
   */
  private static final String[][] TOKENS = {
    {"<stream end>", "the end of the file"},
    {"<document start>", "'---'"},
    {"<document end>", "'...'"},
    {"<block end>", "the end of an indented block"},
    {"<block mapping start>", "a key"},
    {"<block sequence start>", "a list"},
    {"<block entry>", "a list item ('- ')"},
    {"<flow mapping start>", "'{'"},
    {"<flow mapping end>", "'}'"},
    {"<flow sequence start>", "'['"},
    {"<flow sequence end>", "']'"},
    {"<flow entry>", "','"},
    {"<key>", "a key"},
    {"<value>", "':'"},
    {"<scalar>", "a value"},
    {"<alias>", "an alias (*name)"},
    {"<anchor>", "an anchor (&name)"},
    {"<tag>", "a tag"},
    {"<directive>", "a directive (%)"},
    {"<comment>", "a comment"},
  };

  private static String plainTokens(String text) {
    String out = text;
    for (String[] t : TOKENS) {
      out = out.replace("'" + t[0] + "'", t[1]).replace(t[0], t[1]);
    }
    return out;
  }

  /** SnakeYAML's words, made plainer where a person is likely to meet them. */
  private static String describe(MarkedYAMLException e) {
    if (e instanceof GuardedParser.LimitExceeded) {
      return "refused: " + Quote.words(e.getProblem());
    }
    String what = e.getProblem() != null ? e.getProblem() : firstLine(e);
    if (what.contains("(TAB)") || what.contains("\t")) {
      return "not valid YAML: a tab character where YAML expects spaces (indent with spaces only)";
    }
    if (what.startsWith(GLOBAL_TAG)) {
      String tag = what.substring(GLOBAL_TAG.length()).replace("tag:yaml.org,2002:", "!!");
      return "the tag " + Quote.of(tag) + " is not allowed (descriptors and rules are plain data)";
    }
    if (what.startsWith("expected <block end>")) {
      return "not valid YAML: this line is not indented like the lines above it"
          + " (keys of one mapping, and items of one list, start in the same column)";
    }
    if (what.equals("mapping values are not allowed here")) {
      return "not valid YAML: a ':' where no key can start"
          + " (indent this line like the keys above it, or quote a value that holds ': ')";
    }
    if (what.equals("could not find expected ':'")) {
      return "not valid YAML: a key without ':' after it"
          + " (or a line indented as if it continued the one above)";
    }
    if (e.getContext() != null && !what.contains(e.getContext())) {
      what = what + " (" + e.getContext() + ")";
    }
    return "not valid YAML: " + Quote.words(plainTokens(what));
  }

  /**
   * The first code point in {@code text} that YAML does not allow (NUL and the other controls but
   * tab and line ends, lone surrogates, U+FFFE, U+FFFF), located, or null when there is none.
   * SnakeYAML refuses such text without a position; the scan runs only then.
   */
  static Problem notPrintable(String source, int document, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!StreamReader.isPrintable(cp) || Character.isSurrogate(text.charAt(i))) {
        return new Problem(
            source,
            document,
            line,
            column,
            "",
            character(cp)
                + " is not allowed in YAML"
                + (cp == 0 && looksLikeUtf16(text)
                    ? " (this looks like UTF-16 text: save it as UTF-8)"
                    : ""));
      }
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return null;
  }

  private static String character(int cp) {
    return String.format(cp == 0 ? "a NUL character (U+%04X)" : "the code point U+%04X", cp);
  }

  /** Text read as UTF-8 that is really UTF-16 has a NUL beside each ASCII character. */
  private static boolean looksLikeUtf16(String text) {
    int n = Math.min(text.length(), 64);
    int nuls = 0;
    for (int i = 0; i < n; i++) {
      nuls += text.charAt(i) == 0 ? 1 : 0;
    }
    return nuls * 3 >= n;
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
