package dev.advise.engine;

import dev.advise.model.Substrate;
import java.util.Optional;

/**
 * An unknown input that matters: had the descriptor said {@code field: value}, the advice would be
 * {@code recommendation} (empty when every substrate would be excluded). {@code byExclusion} says
 * the change comes from a hard constraint that would exclude today's winner, {@code byCap} from a
 * requirement that would cap it below the new winner although it would still outscore it.
 */
public record WhatIf(
    String field,
    String value,
    Optional<Substrate> recommendation,
    boolean byExclusion,
    boolean byCap) {

  /**
   * Whether the change rules today's winner out (excludes or caps it) rather than outscoring it.
   */
  public boolean rulesOutWinner() {
    return byExclusion || byCap;
  }
}
