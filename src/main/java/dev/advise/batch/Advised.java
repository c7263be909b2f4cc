package dev.advise.batch;

import dev.advise.engine.Advice;
import dev.advise.engine.Check;
import java.util.Optional;

/**
 * One advised workload: where it came from (file, document, and the line of {@code spec.placement}
 * or of the document), the advice, and the placement check if asked.
 */
public record Advised(
    String source, int document, int placementLine, Advice advice, Optional<Check> check) {}
