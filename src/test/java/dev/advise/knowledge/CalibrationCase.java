package dev.advise.knowledge;

import dev.advise.model.Substrate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calibration case's header (the answer key, see CASES.md and the calibration README): the
 * {@code # key: value} comment lines before the descriptor. A header that is not well formed is an
 * error naming the file and the line, never a skipped case.
 */
record CalibrationCase(
    String id, String organisation, Substrate chose, String source, String address) {

  private static final List<String> REQUIRED =
      List.of(
          "organisation",
          "workload",
          "chose",
          "rejected",
          "mapping",
          "reasons",
          "decided",
          "source");
  private static final Pattern LINE = Pattern.compile("# ([a-z0-9-]+):(?: (.*))?");

  static CalibrationCase read(String id, String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("# calibration-case")) {
      throw new IllegalArgumentException(id + ":1: the first line must be '# calibration-case'");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < lines.length && lines[i].startsWith("#"); i++) {
      Matcher m = LINE.matcher(lines[i].strip());
      if (!m.matches() || m.group(2) == null || m.group(2).isBlank()) {
        throw new IllegalArgumentException(
            id + ":" + (i + 1) + ": expected '# key: value', found " + lines[i]);
      }
      if (fields.put(m.group(1), m.group(2).strip()) != null) {
        throw new IllegalArgumentException(
            id + ":" + (i + 1) + ": '" + m.group(1) + "' given twice");
      }
    }
    for (String key : REQUIRED) {
      if (!fields.containsKey(key)) {
        throw new IllegalArgumentException(id + ": the header has no '" + key + "'");
      }
    }
    Optional<Substrate> chose = Substrate.byId(fields.get("chose"));
    if (chose.isEmpty()) {
      throw new IllegalArgumentException(
          id + ": 'chose' is not a substrate: " + fields.get("chose"));
    }
    String[] source = fields.get("source").split(" \\| ");
    if (source.length != 4 || !source[3].matches("https?://\\S+")) {
      throw new IllegalArgumentException(
          id + ": 'source' must be 'title | publisher | date | address': " + fields.get("source"));
    }
    return new CalibrationCase(
        id, fields.get("organisation"), chose.get(), source[0] + " (" + source[1] + ")", source[3]);
  }
}
