package dev.advise.engine;

import dev.advise.model.Substrate;
import java.util.Optional;

/**
 * The smallest change to the descriptor that would make a runner-up win: one field set to {@code
 * to} (from {@code from}, or from unknown), after which {@code substrate} would score {@code
 * score}. {@code kind} says whether that fills in an unknown, changes a stated fact or a priority;
 * {@code byExclusion} that it wins only because the change excludes today's winner, {@code byCap}
 * only because it caps today's winner below a score it would otherwise still beat.
 */
public record ToWin(
    Substrate substrate,
    String field,
    Optional<String> from,
    String to,
    int score,
    ChangeKind kind,
    boolean byExclusion,
    boolean byCap) {

  /** Whether it wins only by ruling today's winner out (excluding or capping it). */
  public boolean rulesOutWinner() {
    return byExclusion || byCap;
  }
}
