package dev.advise.cli;

import java.util.Map;

/**
 * Prints what {@link Terminals} says of stdout and stderr, for {@link TerminalTest} to run under a
 * pseudo-terminal.
 */
public final class TerminalProbe {

  private TerminalProbe() {}

  public static void main(String[] args) {
    System.out.println(
        "stdout="
            + Terminals.isTerminal(1)
            + " stderr="
            + Terminals.isTerminal(2)
            + " width="
            + Terminals.width(Map.of()));
  }
}
