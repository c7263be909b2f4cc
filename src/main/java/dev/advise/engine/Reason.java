package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.rules.Dispute;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a number moved: the rule (or baseline entry) behind it with its title, the dimension, the
 * change it made, the explanation and its sources, and the other side where the sources disagree.
 *
 * @param cap the most the substrate may score while the rule fires, when the rule caps it
 */
public record Reason(
    String rule,
    String title,
    Dimension dimension,
    int effect,
    String message,
    List<String> sources,
    Optional<Dispute> dispute,
    OptionalInt cap) {

  public Reason {
    sources = List.copyOf(sources);
  }

  /** A reason that caps nothing. */
  public Reason(
      String rule,
      String title,
      Dimension dimension,
      int effect,
      String message,
      List<String> sources,
      Optional<Dispute> dispute) {
    this(rule, title, dimension, effect, message, sources, dispute, OptionalInt.empty());
  }

  // Written out, not generated: reasons are compared by value (in tests, say), and the generated
  // methods would be bootstrapped through method handles on the first call of every run.
  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Reason r
            && effect == r.effect
            && dimension == r.dimension
            && rule.equals(r.rule)
            && title.equals(r.title)
            && message.equals(r.message)
            && sources.equals(r.sources)
            && dispute.equals(r.dispute)
            && cap.equals(r.cap);
  }

  @Override
  public int hashCode() {
    // A few fields are enough to spread reasons (equal reasons agree on them), and these hash
    // without walking the source list.
    int h = rule.hashCode();
    h = 31 * h + dimension.ordinal();
    h = 31 * h + effect;
    return 31 * h + message.hashCode();
  }
}
