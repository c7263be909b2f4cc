package dev.advise.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which of the standard streams is a terminal, and how wide it is. Java 17 has no isatty, and
 * {@code System.console()} answers for stdin and stdout together (so {@code cat x | advise -} lost
 * its colour, and {@code advise dir/ > out.json} its progress). On Linux each stream's descriptor
 * is a link under {@code /proc/self/fd} whose target names the device: a terminal is {@code
 * /dev/pts/N}, {@code /dev/ttyX} or {@code /dev/console}, a pipe {@code pipe:[N]}, a file its path.
 * One readlink per stream, no process, no native code (D45). Where there is no {@code /proc}
 * (macOS), the console answer is the fallback.
 */
final class Terminals {

  private Terminals() {}

  /** Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. */
  static boolean isTerminal(int fd) {
    String device = device(fd);
    if (device == null) {
      return System.console() != null;
    }
    return isTerminalDevice(device);
  }

  static boolean isTerminalDevice(String device) {
    return device.startsWith("/dev/pts/")
        || device.startsWith("/dev/tty")
        || device.equals("/dev/console");
  }

  /** What the descriptor is open on, or null when this system does not say. */
  private static String device(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }

  /**
   * The width of the terminal on stdout: {@code COLUMNS} when it is a positive number (shells set
   * it but seldom export it), else what {@code stty size} says of that terminal; 0 when neither
   * answers (no wrapping then). Asked only for a table on a terminal, where a person waits and a
   * few milliseconds do not show; never for a pipe or a file.
   */
  static int width(Map<String, String> variables) {
    String columns = variables.get("COLUMNS");
    if (columns != null
        && !columns.isEmpty()
        && columns.length() < 6
        && columns.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(columns);
    }
    String device = device(1);
    if (device == null || !isTerminalDevice(device)) {
      return 0;
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File(device))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out =
          new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return 0;
      }
      String[] rowsColumns = out.split(" ");
      return rowsColumns.length == 2 ? Integer.parseInt(rowsColumns[1]) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
