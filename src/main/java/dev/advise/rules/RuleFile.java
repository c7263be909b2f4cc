package dev.advise.rules;

import dev.advise.descriptor.Problem;
import java.util.Optional;

/**
 * The text of one rule file and the name its errors give it; {@code unreadable} holds the problem
 * when the file could not be read as text (too large, not UTF-8, not a regular file).
 */
public record RuleFile(String name, String text, Optional<Problem> unreadable) {

  public RuleFile(String name, String text) {
    this(name, text, Optional.empty());
  }
}
