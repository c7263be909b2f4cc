package dev.advise.batch;

import dev.advise.engine.Advice;
import dev.advise.engine.Check;
import java.util.Optional;

/** One advised workload: where it came from, the advice, and the placement check if asked. */
public record Advised(String source, int document, Advice advice, Optional<Check> check) {}
