package dev.advise.descriptor;

import dev.advise.model.Choice;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Spec;

/**
 * Checks between fields that each are valid alone but contradict each other. Both readers ask it
 * after a document's spec is read; the full reading locates the answer at the field's value.
 */
final class SpecConflicts {

  /** A field whose value contradicts another, and what is wrong. */
  record Conflict(Field field, String message) {}

  private static final Field TENANCY = Fields.byPath("isolation.tenancy").orElseThrow();
  private static final Field TENANTS = Fields.byPath("isolation.tenants").orElseThrow();
  private static final Choice SINGLE = new Choice("single");

  private SpecConflicts() {}

  /**
   * The first conflict in {@code spec}, or null. Who shares the hosts means nothing when no one
   * does; an absent tenancy is unknown, and {@code tenants} then says that it is multi.
   */
  static Conflict first(Spec spec) {
    if (spec.valueOrNull(TENANTS) != null && SINGLE.equals(spec.valueOrNull(TENANCY))) {
      return new Conflict(TENANTS, "tenants needs tenancy: multi (tenancy is single)");
    }
    return null;
  }
}
