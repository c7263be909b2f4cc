package dev.advise.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The representative run the build records the class-data archive from (see pom.xml,
 * {@code cds-archive}): the everyday one-file table, and a folder in each batch format, all in
 * one JVM so that every path people use starts from the archive. Output is discarded. Not part
 * of the command line.
 */
public final class Training {

  private Training() {}

  /** @param args the examples folder, then one example file */
  public static void main(String[] args) {
    String folder = args[0];
    String file = args[1];
    run(file);
    run(folder);
    for (String format : new String[] {"json", "ndjson", "markdown", "junit", "sarif"}) {
      run("--format", format, "--check", folder);
    }
  }

  private static void run(String... args) {
    OutputStream nowhere = OutputStream.nullOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(nowhere, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(nowhere, StandardCharsets.UTF_8));
    int code = Main.run(new Environment(InputStream.nullInputStream(), Map.of(), false, nowhere), out, err, args);
    out.flush();
    if (code == ExitCode.USAGE || code == ExitCode.INTERNAL) {
      // an archive recorded from a broken run would leave out the classes of the path that broke
      throw new IllegalStateException("training run " + String.join(" ", args) + " ended with " + code);
    }
  }
}
