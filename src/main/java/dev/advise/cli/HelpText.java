package dev.advise.cli;

import dev.advise.report.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code --help} fitted to the terminal. Picocli wraps with the JDK's line break iterator, which
 * breaks after a dot inside a word ({@code .advise.} | {@code yaml}, {@code spec.} | {@code
 * placement}); so picocli lays the help out on lines it never breaks, and each line is then broken
 * here at spaces only, continuing at its text column (after an option's names, a command's name,
 * the synopsis's command) as picocli's own layout does.
 */
final class HelpText {

  /** Wide enough that picocli breaks no line of text: every paragraph stays one line. */
  private static final int UNBROKEN = 100_000;

  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

  private static final int DEFAULT_WIDTH = 80;
  private static final int NARROWEST = 40;

  private HelpText() {}

  /** The help of {@code command} at the width of the terminal ({@code COLUMNS}, else 80). */
  static String of(CommandLine command, Map<String, String> variables) {
    int width = Terminals.width(variables);
    return of(command, width <= 0 ? DEFAULT_WIDTH : Math.max(width, NARROWEST));
  }

  static String of(CommandLine command, int width) {
    command.setUsageHelpAutoWidth(false);
    command.setUsageHelpWidth(UNBROKEN);
    // a command's header is its one-line summary in its parent's list of commands; its own help
    // opens with the synopsis and says the same at length
    List<String> sections = new ArrayList<>(command.getHelpSectionKeys());
    sections.remove(UsageMessageSpec.SECTION_KEY_HEADER);
    command.setHelpSectionKeys(sections);
    String synopsis = "Usage: " + command.getCommandSpec().qualifiedName() + " ";
    StringBuilder out = new StringBuilder();
    for (String line : command.getUsageMessage().split("\n", -1)) {
      // on a terminal picocli colours the help: columns are counted on the text without colour
      String plain = ANSI.matcher(line).replaceAll("");
      int column = plain.startsWith(synopsis) ? synopsis.length() : textColumn(plain);
      int cut = rawIndex(line, column);
      for (String piece : Wrap.words(line.substring(0, cut), line.substring(cut), width, column)) {
        out.append(piece).append('\n');
      }
    }
    out.setLength(out.length() - 1); // the split's last piece follows the text's own last newline
    return out.toString();
  }

  /** Where in {@code line}, colour sequences and all, its {@code column}th column starts. */
  private static int rawIndex(String line, int column) {
    Matcher colour = ANSI.matcher(line);
    int raw = 0;
    int seen = 0;
    while (raw < line.length()) {
      if (colour.find(raw) && colour.start() == raw) {
        raw = colour.end();
        continue;
      }
      if (seen == column) {
        break;
      }
      seen++;
      raw++;
    }
    return raw;
  }

  /**
   * Where a line's text starts: after the first gap of two or more spaces that follows the names at
   * its start (an option's, a command's, an exit code), or after its indent when it is all text.
   */
  static int textColumn(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    if (indent == 0) {
      return 0;
    }
    int gap = line.indexOf("  ", indent);
    if (gap < 0) {
      return indent;
    }
    int text = gap;
    while (text < line.length() && line.charAt(text) == ' ') {
      text++;
    }
    return text < line.length() ? text : indent;
  }
}
