package dev.advise.model;

/** How a descriptor field's text is read and which comparisons a rule may make on it. */
public enum FieldType {
  DURATION("a duration (e.g. 2ms, 50us)", true),
  MEMORY("a memory quantity (e.g. 16Gi, 512Mi)", true),
  CPU("a number of cores or millicores (e.g. 4, 500m)", true),
  PERCENT("a percentage from 0 to 100 (e.g. 35%)", true),
  AVAILABILITY("an availability below 100% (e.g. 99.95%)", true),
  COUNT("a whole number of 0 or more", true),
  POSITIVE_COUNT("a whole number of 1 or more", true),
  PRIORITY("a priority from 1 (low) to 5 (high)", true),
  CHOICE("one of the listed values", false),
  FLAG("true or false", false),
  TEXT("text", false),
  ITEMS("a list of lower-case ids (e.g. [pci-dss, hipaa])", false);

  private final String expected;
  private final boolean ordered;

  FieldType(String expected, boolean ordered) {
    this.expected = expected;
    this.ordered = ordered;
  }

  /** What a valid value looks like, for error messages. */
  public String expected() {
    return expected;
  }

  /** Whether lt/lte/gt/gte make sense on this field. */
  public boolean ordered() {
    return ordered;
  }
}
