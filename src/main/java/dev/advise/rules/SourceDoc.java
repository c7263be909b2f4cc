package dev.advise.rules;

import java.util.List;

/**
 * A document that rules cite, e.g. key {@code querytel}: its title, who published it, when ({@code
 * YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code undated}) and where to find it (a web
 * address, or a path for a document kept beside the project). A user's rule folder may still give
 * only a title ({@code key: title}); the other fields are then empty.
 */
public record SourceDoc(String key, String title, String publisher, String date, String address) {

  public SourceDoc(String key, String title) {
    this(key, title, "", "", "");
  }

  /** The four descriptive fields in a fixed order, for the compiled rule set. */
  List<String> fields() {
    return List.of(title, publisher, date, address);
  }

  static SourceDoc of(String key, List<String> fields) {
    return new SourceDoc(key, fields.get(0), fields.get(1), fields.get(2), fields.get(3));
  }

  /**
   * The source key a citation names: the text before its first {@code ": "} (citations read {@code
   * "KEY: section"}), or "" when it has none. The loader rejects a citation whose key is not a
   * known source, so in a loaded rule set every key is found.
   */
  public static String keyOf(String citation) {
    int colon = citation.indexOf(": ");
    return colon < 0 ? "" : citation.substring(0, colon);
  }

  /**
   * The key a citation seems to name when {@link #keyOf} finds none it knows: its text up to the
   * first colon or space, for a "did you mean".
   */
  static String keyGuess(String citation) {
    int end = 0;
    while (end < citation.length() && citation.charAt(end) != ':' && citation.charAt(end) != ' ') {
      end++;
    }
    return citation.substring(0, end);
  }

  /** Publisher, title and date in one line, as a reference list shows them. */
  public String describe() {
    if (publisher.isEmpty()) {
      return title;
    }
    return publisher + ", \"" + title + "\"" + (date.isEmpty() ? "" : ", " + date);
  }
}
