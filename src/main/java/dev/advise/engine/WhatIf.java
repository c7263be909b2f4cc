package dev.advise.engine;

import dev.advise.model.Substrate;
import java.util.Optional;

/**
 * An unknown input that matters: had the descriptor said {@code field: value}, the advice would be
 * {@code recommendation} (empty when every substrate would be excluded). {@code byExclusion} says
 * the change comes from a hard constraint that would exclude today's winner.
 */
public record WhatIf(
    String field, String value, Optional<Substrate> recommendation, boolean byExclusion) {}
