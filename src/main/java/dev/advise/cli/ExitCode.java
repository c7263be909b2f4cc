package dev.advise.cli;

/** The exit codes of the command-line contract; when several apply the highest wins. */
final class ExitCode {
  static final int OK = 0;
  static final int CHECK_FAILED = 1;
  static final int USAGE = 2;
  static final int INVALID_INPUT = 3;
  static final int INTERNAL = 4;

  /** The report could not be written (v1.1). */
  static final int WRITE_FAILED = 5;

  /** Standard output was closed by its reader (v1.1): 128 + SIGPIPE, as a shell reports it. */
  static final int CLOSED_BY_READER = 141;

  private ExitCode() {}
}
