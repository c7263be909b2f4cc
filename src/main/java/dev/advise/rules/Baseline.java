package dev.advise.rules;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each substrate's starting capability per dimension, from the sources' comparison table. */
public record Baseline(Map<Dimension, Entry> dimensions) {

  /** One dimension's starting capabilities, with why and where from. */
  public record Entry(Map<Substrate, Integer> capability, String because, List<String> sources) {
    public Entry {
      capability = Collections.unmodifiableMap(new EnumMap<>(capability));
      sources = List.copyOf(sources);
    }
  }

  public Baseline {
    dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
  }

  public int capability(Substrate substrate, Dimension dimension) {
    return dimensions.get(dimension).capability().get(substrate);
  }

  public Entry entry(Dimension dimension) {
    return dimensions.get(dimension);
  }
}
