package dev.advise.rules;

import java.util.List;

/** The other side, where sources disagree with the claim a rule encodes. */
public record Dispute(String claim, List<String> sources) {
  public Dispute {
    sources = List.copyOf(sources);
  }
}
