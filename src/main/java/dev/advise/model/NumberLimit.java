package dev.advise.model;

/**
 * How long a number in a duration, quantity or percentage may be: at most {@value
 * Amount#MAX_DIGITS} digits, refused before any conversion (see {@link Amount}).
 */
public final class NumberLimit {

  public static final int MAX_DIGITS = Amount.MAX_DIGITS;

  private NumberLimit() {}

  /** Whether {@code text} starts with a number too long to be read. */
  public static boolean exceededBy(String text) {
    return Amount.tooLong(text);
  }
}
