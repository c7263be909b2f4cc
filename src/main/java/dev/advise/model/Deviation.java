package dev.advise.model;

import java.time.LocalDate;

/**
 * A deviation the team accepts on purpose ({@code spec.exception}): it keeps its placement against
 * the advice, for a stated reason, until a date. It is not a fact about the workload, so it is not
 * in the field catalogue: no rule reads it and the scores never depend on it; only the placement
 * check looks at it.
 */
public record Deviation(String reason, LocalDate expires) {}
