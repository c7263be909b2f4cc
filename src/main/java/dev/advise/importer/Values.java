package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Duration;
import dev.advise.model.Field;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A what-if value, as the engine displays it, back into a value of its field. */
final class Values {

  private Values() {}

  static Optional<Value> parse(Field field, String shown) {
    return switch (field.type()) {
      case DURATION -> Duration.parse(shown).map(v -> v);
      case MEMORY -> Quantity.parseMemory(shown).map(v -> v);
      case CPU -> Quantity.parseCpu(shown).map(v -> v);
      case PERCENT, AVAILABILITY -> Percent.parse(shown).map(v -> v);
      case COUNT, POSITIVE_COUNT, PRIORITY -> whole(shown).map(n -> new Count(n));
      case FLAG -> Optional.of(new Flag(shown.equals("true")));
      case CHOICE -> Optional.of(new Choice(shown));
      case TEXT -> Optional.of(new Text(shown));
      case ITEMS -> Optional.of(items(shown));
    };
  }

  private static Optional<Long> whole(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Value items(String shown) {
    String inner =
        shown.startsWith("[") && shown.endsWith("]")
            ? shown.substring(1, shown.length() - 1)
            : shown;
    List<String> ids = new ArrayList<>();
    for (String id : inner.split(",")) {
      if (!id.isBlank()) {
        ids.add(id.trim());
      }
    }
    return new Items(ids);
  }
}
