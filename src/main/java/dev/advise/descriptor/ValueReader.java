package dev.advise.descriptor;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Duration;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.NumberLimit;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns the node of one {@code spec} field into its typed value, or reports why it cannot. The rule
 * loader uses it too, so a rule's {@code lte: 100us} is read exactly as a descriptor's is.
 */
public final class ValueReader {

  private static final Pattern MINUTES = Pattern.compile("\\d+(\\.\\d+)?\\s*(m|min|h)");

  private ValueReader() {}

  /** Reads a value of {@code field} from {@code node}; {@code path} is how errors name it. */
  public static Optional<Value> read(NodeReader in, Field field, Node node, String path) {
    if (field.type() == FieldType.ITEMS) {
      if (field.closedList() && ClosedLists.oneIdUnbracketed(in, field, node, path)) {
        return Optional.empty();
      }
      return in.sequence(node, path, field.expected())
          .flatMap(
              items ->
                  field.closedList()
                      ? ClosedLists.read(in, field, node, items, path).map(v -> v)
                      : items(in, items, path));
    }
    Optional<String> text = in.scalar(node, path, field.expected());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    Value value = scalar(field, t);
    if (value == null) {
      in.problem(node, path, whyNot(field, t));
    }
    return Optional.ofNullable(value);
  }

  /**
   * The value a scalar field's text stands for, or null when the text is not one; the problem is
   * then {@link #whyNot}'s. Shared by both descriptor readers, so they cannot disagree.
   */
  static Value scalar(Field field, String t) {
    Optional<Value> value =
        switch (field.type()) {
          case DURATION -> Duration.parse(t).map(v -> v);
          case MEMORY -> Quantity.parseMemory(t).map(v -> v);
          case CPU -> Quantity.parseCpu(t).map(v -> v);
          case PERCENT -> percent(t).map(v -> v);
          case AVAILABILITY -> percent(t).filter(p -> !p.isHundred()).map(v -> v);
          case COUNT -> whole(t).filter(n -> n >= 0).map(Count::new);
          case POSITIVE_COUNT -> whole(t).filter(n -> n >= 1).map(Count::new);
          case PRIORITY -> whole(t).filter(n -> n >= 1 && n <= 5).map(Count::new);
          case FLAG -> flag(t);
          case TEXT -> Optional.of(new Text(t));
          case CHOICE ->
              field.choices().contains(t) ? Optional.of(new Choice(t)) : Optional.empty();
          case ITEMS -> throw new IllegalArgumentException("a list is not a scalar field");
        };
    return value.orElse(null);
  }

  /**
   * A lower-case id as lists hold them: a letter or digit, then letters, digits, '.', '_' or '-'
   * (the pattern {@code [a-z0-9][a-z0-9._-]*}, checked by hand: it runs for every item).
   */
  static boolean isId(String text) {
    if (text.isEmpty() || !lowerOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(lowerOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean lowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** An optional '-' then ASCII digits (the pattern {@code -?[0-9]+}), by hand. */
  static boolean isWhole(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Optional<Value> items(NodeReader in, List<ScalarNode> nodes, String path) {
    Set<String> ids = new LinkedHashSet<>();
    for (ScalarNode n : nodes) {
      if (!isId(n.getValue())) {
        in.problem(n, path, Quote.of(n.getValue()) + " is not a lower-case id (e.g. pci-dss, gpu)");
        return Optional.empty();
      }
      ids.add(n.getValue());
    }
    return Optional.of(items(ids));
  }

  /**
   * A list value from ids already checked and de-duplicated in first-seen order. A set, not a list
   * search: a 4 MiB file can hold 400,000 distinct ids, and searching a list for each took minutes.
   */
  static Items items(Set<String> ids) {
    return new Items(new ArrayList<>(ids));
  }

  private static Optional<Long> whole(String text) {
    if (!isWhole(text) || text.length() > MAX_WHOLE_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /** A percentage, unless it is a bare number below 1, which could mean a fraction or itself. */
  private static Optional<Percent> percent(String text) {
    return Percent.parse(text).filter(p -> text.indexOf('%') >= 0 || !p.isFraction());
  }

  /** YAML 1.1 would read yes/no/on/off as booleans; the contract asks for true or false only. */
  private static Optional<Value> flag(String text) {
    return switch (text) {
      case "true", "True", "TRUE" -> Optional.of(new Flag(true));
      case "false", "False", "FALSE" -> Optional.of(new Flag(false));
      default -> Optional.empty();
    };
  }

  /** The most digits a whole number may have (fewer than a long's 19, so it always fits). */
  private static final int MAX_WHOLE_DIGITS = 18;

  private static String whyNot(Field field, String text) {
    String quoted = Quote.of(text);
    boolean count = field.type() == FieldType.COUNT || field.type() == FieldType.POSITIVE_COUNT;
    if (count && isWhole(text) && !text.startsWith("-") && text.length() > MAX_WHOLE_DIGITS) {
      return quoted
          + " is too large (expected a whole number of at most "
          + MAX_WHOLE_DIGITS
          + " digits)";
    }
    if (field.type().ordered() && NumberLimit.exceededBy(text)) {
      return quoted + " is too long a number (at most " + NumberLimit.MAX_DIGITS + " digits)";
    }
    boolean percent = field.type() == FieldType.PERCENT || field.type() == FieldType.AVAILABILITY;
    if (percent && Percent.isBareFraction(text)) {
      return quoted
          + " is ambiguous (a fraction, or a percentage below 1?): write "
          + Percent.asPercentage(text)
          + "% or "
          + text.trim()
          + "%";
    }
    return switch (field.type()) {
      case CHOICE -> quoted + " is not allowed" + NodeReader.hint(text, field.choices());
      case DURATION ->
          quoted
              + " is not a duration (e.g. 2ms, 50us"
              + (isWhole(text)
                  ? "; a bare number has no unit)"
                  : MINUTES.matcher(text).matches()
                      ? "; write minutes and hours in seconds, e.g. 90s)"
                      : ")");
      case MEMORY -> quoted + " is not a memory quantity (e.g. 16Gi, 512Mi, 2G)";
      case CPU -> quoted + " is not a CPU amount (e.g. 4, 0.5, 500m)";
      case PERCENT -> quoted + " is not a percentage (expected 0 to 100, e.g. 35%)";
      case AVAILABILITY ->
          Percent.parse(text).filter(Percent::isHundred).isPresent()
              ? quoted + " cannot be promised (expected an availability below 100%, e.g. 99.95%)"
              : quoted + " is not an availability (expected a percentage below 100, e.g. 99.95%)";
      case COUNT ->
          quoted
              + (text.startsWith("-") ? " is negative" : " is not a whole number")
              + " (expected 0 or more)";
      case POSITIVE_COUNT ->
          quoted
              + (isWhole(text) ? " is below 1" : " is not a whole number")
              + " (expected 1 or more)";
      case PRIORITY ->
          quoted + " is not a priority (expected a whole number from 1 (low) to 5 (high))";
      case FLAG -> quoted + " is not allowed (expected true or false)";
      case TEXT, ITEMS -> quoted + " is not " + field.type().expected();
    };
  }
}
