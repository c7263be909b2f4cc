package dev.advise.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The comparisons a rule condition may make on a field. */
public enum Op {
  EQUALS("equals"),
  IN("in"),
  LT("lt"),
  LTE("lte"),
  GT("gt"),
  GTE("gte"),
  EXISTS("exists"),
  CONTAINS("contains");

  private final String key;

  Op(String key) {
    this.key = key;
  }

  /** The key a rule file writes, e.g. {@code lte}. */
  public String key() {
    return key;
  }

  public static Optional<Op> byKey(String key) {
    return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Op::key).toList();
  }
}
