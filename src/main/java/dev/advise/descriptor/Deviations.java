package dev.advise.descriptor;

import dev.advise.model.Deviation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code spec.exception}, the deviation a team accepts on purpose: a required reason (text
 * that says something) and a required expiry date written {@code YYYY-MM-DD}. Both readers take the
 * key names and the conversions from here, so they cannot disagree.
 */
final class Deviations {

  static final String KEY = "exception";
  static final String REASON = "reason";
  static final String EXPIRES = "expires";
  static final List<String> KEYS = List.of(REASON, EXPIRES);
  private static final String PATH = "spec." + KEY;

  private Deviations() {}

  /** Whether a reason says something: not empty, not only blanks. */
  static boolean isReason(String text) {
    return !text.isBlank();
  }

  /**
   * The date {@code text} names when it is exactly {@code YYYY-MM-DD} and a real day, else null.
   * Checked by hand (no pattern on the per-file path), then by the calendar.
   */
  static LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return null;
      }
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      return null; // 2027-02-30, month 13
    }
  }

  /** The full reading: the deviation, or null with every problem reported to {@code in}. */
  static Deviation read(NodeReader in, Node node) {
    Optional<MappingNode> mapping = in.mapping(node, PATH);
    if (mapping.isEmpty()) {
      return null;
    }
    Map<String, NodeReader.Entry> entries = in.entries(mapping.get(), PATH, KEYS);
    String reason = null;
    LocalDate expires = null;
    NodeReader.Entry reasonEntry = entries.get(REASON);
    String reasonPath = PATH + "." + REASON;
    if (reasonEntry == null) {
      in.problem(node, reasonPath, "is required (expected text saying why the placement is kept)");
    } else {
      reason =
          in.scalar(reasonEntry.value(), reasonPath, "text saying why the placement is kept")
              .orElse(null);
      if (reason != null && !isReason(reason)) {
        in.problem(
            reasonEntry.value(),
            reasonPath,
            "is empty (expected text saying why the placement is kept)");
        reason = null;
      }
    }
    NodeReader.Entry expiresEntry = entries.get(EXPIRES);
    String expiresPath = PATH + "." + EXPIRES;
    if (expiresEntry == null) {
      in.problem(node, expiresPath, "is required (expected a date YYYY-MM-DD, e.g. 2027-06-30)");
    } else {
      String text = in.scalar(expiresEntry.value(), expiresPath, "a date YYYY-MM-DD").orElse(null);
      expires = text == null ? null : date(text);
      if (text != null && expires == null) {
        in.problem(
            expiresEntry.value(),
            expiresPath,
            Quote.of(text) + " is not a date (expected YYYY-MM-DD, e.g. 2027-06-30)");
      }
    }
    return reason == null || expires == null ? null : new Deviation(reason, expires);
  }
}
