package dev.advise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command in a JVM of its own, on the test class path: for what only a process shows (the
 * working folder a config file is looked for from, environment variables, a real stdout).
 */
final class OwnJvm {

  private OwnJvm() {}

  static ProcessBuilder advise(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
