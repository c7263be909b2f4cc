package dev.advise.cli;

import picocli.CommandLine;

/** The version line picocli shows; {@code --version} itself prints {@link BuildInfo#lines}. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"advise " + BuildInfo.version()};
  }
}
