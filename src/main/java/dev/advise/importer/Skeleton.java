package dev.advise.importer;

import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code advise init --no-input}: a descriptor with every field of the catalogue written out as a
 * comment, with its meaning and allowed values, so that uncommenting a line is all it takes. It is
 * valid as soon as it has a name.
 */
public final class Skeleton {

  private Skeleton() {}

  /**
   * @param name the workload's name, or null to leave it for the reader to write
   */
  public static String text(String name) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "# A workload descriptor for advise: every spec field is optional, and a missing field is unknown,\n");
    sb.append(
        "# not false. Uncomment the fields you know (and delete the {} line below spec), then run advise.\n");
    sb.append("apiVersion: advise/v1\nkind: Workload\nmetadata:\n");
    sb.append(
        name == null
            ? "  name:  # required: 1-63 characters of a-z, 0-9 and '-'\n"
            : "  name: " + name + "\n");
    sb.append("  # description: free text\n  # owner: free text\nspec:\n");
    List<String> open = new ArrayList<>();
    for (Field f : Fields.all()) {
      String[] parts = f.path().split("\\.");
      int common = 0;
      while (common < open.size()
          && common < parts.length - 1
          && open.get(common).equals(parts[common])) {
        common++;
      }
      while (open.size() > common) {
        open.remove(open.size() - 1);
      }
      for (int i = common; i < parts.length - 1; i++) {
        sb.append("  # ").append("  ".repeat(i)).append(parts[i]).append(":\n");
        open.add(parts[i]);
      }
      String indent = "  ".repeat(parts.length - 1);
      sb.append("  # ")
          .append(indent)
          .append(parts[parts.length - 1])
          .append(": ")
          .append(example(f))
          .append("  # ")
          .append(f.meaning())
          .append(
              f.type() == FieldType.CHOICE
                  ? ": " + String.join(" | ", f.choices())
                  : f.closedList() ? ": one or more of " + String.join(", ", f.choices()) : "")
          .append('\n');
    }
    sb.append("  {}  # delete this line once a field above is uncommented\n");
    return sb.toString();
  }

  private static String example(Field f) {
    return switch (f.type()) {
      case CHOICE -> f.choices().get(0);
      case DURATION -> "2ms";
      case MEMORY -> "16Gi";
      case CPU -> "4";
      case PERCENT -> "\"35%\"";
      case AVAILABILITY -> "\"99.95%\"";
      case COUNT, POSITIVE_COUNT -> "1";
      case PRIORITY -> "3";
      case FLAG -> "false";
      case ITEMS -> f.closedList() ? "[" + f.choices().get(0) + "]" : "[]";
      default -> "\"\"";
    };
  }
}
