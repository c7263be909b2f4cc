package dev.advise.engine;

import dev.advise.model.Deviation;
import dev.advise.model.Substrate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The verdict on where a workload runs today ({@code spec.placement}) against the advice: it fails
 * when that placement is excluded or trails the winner by more than the tolerance, unless the
 * workload records an exception ({@code spec.exception}) that has not expired, which makes the
 * check {@link Status#EXCEPTED}. {@code exception} is the one the verdict looked at (an excepted or
 * an expired one), or null.
 */
public record Check(Substrate placement, Status status, String message, Deviation exception) {

  /** How the check came out; only {@link #FAIL} fails the gate. */
  public enum Status {
    PASS("pass"),
    FAIL("fail"),
    EXCEPTED("excepted");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public Check(Substrate placement, boolean passed, String message) {
    this(placement, passed ? Status.PASS : Status.FAIL, message, null);
  }

  /**
   * Whether the check lets the gate pass: a pass, or a failure covered by an unexpired exception.
   */
  public boolean passed() {
    return status != Status.FAIL;
  }

  public boolean excepted() {
    return status == Status.EXCEPTED;
  }

  public Optional<Deviation> exceptionUsed() {
    return Optional.ofNullable(exception);
  }

  public static Check judge(Advice advice, Substrate placement, int tolerance) {
    return judge(advice, placement, tolerance, null, null);
  }

  /**
   * Judges the placement, then lets {@code exception} (or null) cover a failure while {@code today}
   * is on or before its expiry date: the date itself still counts.
   */
  public static Check judge(
      Advice advice, Substrate placement, int tolerance, Deviation exception, LocalDate today) {
    Check plain = judgeAdvice(advice, placement, tolerance);
    if (exception == null) {
      return plain;
    }
    if (plain.passed()) {
      // no effect on the verdict, but a team should know its exception is not needed any more
      return new Check(
          placement, Status.PASS, plain.message + "; its exception is not needed", null);
    }
    if (!today.isAfter(exception.expires())) {
      return new Check(
          placement,
          Status.EXCEPTED,
          plain.message + "; excepted until " + exception.expires() + ": " + exception.reason(),
          exception);
    }
    return new Check(
        placement,
        Status.FAIL,
        plain.message + "; its exception expired on " + exception.expires(),
        exception);
  }

  private static Check judgeAdvice(Advice advice, Substrate placement, int tolerance) {
    Ranked placed = advice.of(placement);
    String advised =
        advice.recommendation().map(Substrate::id).orElse("nothing (every substrate is excluded)");
    if (placed.verdict() == Verdict.EXCLUDED) {
      String why = placed.exclusions().isEmpty() ? "" : " by " + placed.exclusions().get(0).rule();
      return new Check(
          placement, false, placement.id() + " is excluded" + why + "; the advice is " + advised);
    }
    if (placed.verdict() == Verdict.RECOMMENDED) {
      return new Check(placement, true, placement.id() + " is the advised substrate");
    }
    int best = advice.ranking().get(0).score();
    int behind = best - placed.score();
    if (behind > tolerance) {
      return new Check(
          placement,
          false,
          placement.id()
              + " scores "
              + placed.score()
              + ", "
              + behind
              + " points below "
              + advised
              + " (tolerance "
              + tolerance
              + "); the advice is "
              + advised);
    }
    return new Check(
        placement,
        true,
        placement.id()
            + " scores "
            + placed.score()
            + ", within "
            + tolerance
            + " points of "
            + advised);
  }
}
