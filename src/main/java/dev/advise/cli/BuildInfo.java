package dev.advise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What this build is: the version (from the jar's manifest) and the commit it was built from
 * (written by the build into {@code advise-build.properties}; {@code unknown} when the sources were
 * not a git checkout). Free of picocli, so a report can name its version cheaply.
 */
final class BuildInfo {

  private BuildInfo() {}

  static String version() {
    String v = BuildInfo.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  static String commit() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("/advise-build.properties")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.startsWith("commit=") && line.length() > "commit=".length()) {
            return line.substring("commit=".length()).trim();
          }
        }
      }
    } catch (IOException e) {
      // unknown, below
    }
    return "unknown";
  }

  /** The {@code --version} lines: version, commit, and the digest of the rule set in use. */
  static List<String> lines(String rulesDigest) {
    return List.of("advise " + version(), "commit " + commit(), "rules " + rulesDigest);
  }
}
