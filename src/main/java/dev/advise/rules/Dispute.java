package dev.advise.rules;

import java.util.List;

/** The other side, where sources disagree with the claim a rule encodes. */
public record Dispute(String claim, List<String> sources) {
  public Dispute {
    sources = List.copyOf(sources);
  }

  // Written out, not generated (see engine.Reason): no method-handle bootstrap at run time.
  @Override
  public boolean equals(Object o) {
    return o instanceof Dispute d && claim.equals(d.claim) && sources.equals(d.sources);
  }

  @Override
  public int hashCode() {
    return 31 * claim.hashCode() + sources.hashCode();
  }
}
