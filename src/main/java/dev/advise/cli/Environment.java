package dev.advise.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What the command reads from its surroundings, passed in so tests can set it.
 *
 * @param terminal whether stdout is a terminal (colour, the table's width)
 * @param stderrTerminal whether stderr is a terminal (the progress line); decided apart from
 *     stdout, since {@code advise big/ > out.json} still has a person watching stderr
 * @param stdout the byte stream under the {@code out} writer the command is given, which every
 *     format writes its bytes to; null when that writer is all there is (the bytes are then decoded
 *     onto it)
 * @param clock what "today" is, for the expiry of {@code spec.exception} (read as a UTC date)
 */
public record Environment(
    InputStream stdin,
    Map<String, String> variables,
    boolean terminal,
    boolean stderrTerminal,
    OutputStream stdout,
    Clock clock) {

  /** Output through the writer only; both streams terminals or neither. */
  public Environment(InputStream stdin, Map<String, String> variables, boolean terminal) {
    this(stdin, variables, terminal, terminal, null, Clock.systemUTC());
  }

  /** Both streams terminals or neither. */
  public Environment(
      InputStream stdin, Map<String, String> variables, boolean terminal, OutputStream stdout) {
    this(stdin, variables, terminal, terminal, stdout, Clock.systemUTC());
  }

  /** Today is the system's day. */
  public Environment(
      InputStream stdin,
      Map<String, String> variables,
      boolean terminal,
      boolean stderrTerminal,
      OutputStream stdout) {
    this(stdin, variables, terminal, stderrTerminal, stdout, Clock.systemUTC());
  }

  /** The same surroundings on another day. */
  public Environment on(LocalDate day) {
    return new Environment(
        stdin,
        variables,
        terminal,
        stderrTerminal,
        stdout,
        Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
  }

  /** Today's date in UTC, so every runner reads an expiry date alike wherever it stands. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** The process's own surroundings; output goes through the writer the command is given. */
  public static Environment system() {
    return system(null);
  }

  /** The process's own surroundings, with {@code stdout} the stream under the command's writer. */
  public static Environment system(OutputStream stdout) {
    return new Environment(
        new StandardInput(System.in),
        System.getenv(),
        Terminals.isTerminal(1),
        Terminals.isTerminal(2),
        stdout,
        Clock.systemUTC());
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /**
   * A terminal that cannot do colour or cursor movement ({@code TERM=dumb}, as in Emacs shells).
   */
  boolean dumbTerminal() {
    return "dumb".equals(variables.get("TERM"));
  }
}
