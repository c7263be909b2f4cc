package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.rules.Dispute;
import java.util.List;
import java.util.Optional;

/**
 * Why a number moved: the rule (or baseline entry) behind it with its title, the dimension, the change it made,
 * the explanation and its sources, and the other side where the sources disagree.
 */
public record Reason(
    String rule,
    String title,
    Dimension dimension,
    int effect,
    String message,
    List<String> sources,
    Optional<Dispute> dispute) {

  public Reason {
    sources = List.copyOf(sources);
  }
}
