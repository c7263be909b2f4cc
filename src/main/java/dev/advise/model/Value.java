package dev.advise.model;

/**
 * A typed value of one descriptor field. Values of the same kind compare by meaning (a duration as
 * a duration), never as text.
 */
public sealed interface Value permits Value.Ordered, Choice, Flag, Text, Items {

  /** The canonical text of the value, as output shows it. */
  String display();

  /** Values that have an order (durations, quantities, percentages, counts). */
  sealed interface Ordered extends Value permits Duration, Quantity, Percent, Count {
    /** Compares with a value of the same kind; the caller guarantees the kinds match. */
    int compareWith(Ordered other);
  }
}
