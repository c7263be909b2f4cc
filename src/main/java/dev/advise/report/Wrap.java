package dev.advise.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the table's lines to a terminal's width: text breaks at spaces (a word longer than the room
 * stays whole), a path after a '/', and every line after the first starts with a hanging indent.
 * Widths count code points and skip the colour sequences {@link Ansi} adds. A width of 0 means no
 * wrapping: pipes and files keep the one-line layout.
 */
public final class Wrap {

  private Wrap() {}

  /** How many columns {@code s} takes on a terminal: code points, less any colour sequences. */
  public static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
        int end = s.indexOf('m', i);
        if (end > 0) {
          i = end + 1;
          continue;
        }
      }
      n++;
      i += Character.isHighSurrogate(c) && i + 1 < s.length() ? 2 : 1;
    }
    return n;
  }

  /**
   * {@code prefix} (never broken) then {@code body} broken at spaces to fit {@code width}; each
   * further line starts with {@code indent} spaces. Spaces inside a line are kept as written.
   */
  public static List<String> words(String prefix, String body, int width, int indent) {
    if (width <= 0 || width(prefix) + width(body) <= width) {
      return List.of(prefix + body);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(prefix);
    int used = width(prefix);
    boolean lineStart = true; // no word of the body on this line yet
    for (String word : body.split(" ", -1)) {
      int w = width(word);
      if (!lineStart && w > 0 && used + 1 + w > width) {
        lines.add(current.toString().stripTrailing());
        current.setLength(0);
        current.append(" ".repeat(indent));
        used = indent;
        lineStart = true;
      }
      if (lineStart && !lines.isEmpty() && word.isEmpty()) {
        continue; // no doubled space where a continuation line starts
      }
      if (!lineStart) {
        current.append(' ');
        used++;
      }
      current.append(word);
      used += w;
      lineStart = false;
    }
    lines.add(current.toString().stripTrailing());
    return lines;
  }

  /**
   * A path that starts at {@code column}: broken after a '/' (or, for a name longer than the room,
   * inside it) so that each piece fits; left whole when the room is under 10 columns.
   */
  static List<String> path(String path, int column, int width) {
    int room = width - column;
    if (width <= 0 || room < 10 || width(path) <= room) {
      return List.of(path);
    }
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (path.length() - start > room) {
      int cut = path.lastIndexOf('/', start + room - 1);
      int end = cut >= start ? cut + 1 : start + room;
      if (Character.isHighSurrogate(path.charAt(end - 1))) {
        end--;
      }
      pieces.add(path.substring(start, end));
      start = end;
    }
    pieces.add(path.substring(start));
    return pieces;
  }
}
