package dev.advise.cli;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The representative run the build records the class-data archive from (see pom.xml, {@code
 * cds-archive}): the everyday one-file table for every example (each reaches other lines of the
 * table, and a lambda first reached after the archive was made is spun at run time), and a folder
 * in each batch format, all in one JVM so that every path people use starts from the archive.
 * Output is discarded. Not part of the command line.
 */
public final class Training {

  private Training() {}

  /**
   * @param args the examples folder, then the example file to advise first
   */
  public static void main(String[] args) {
    String folder = args[0];
    String file = args[1];
    // the runs below get a made-up environment; looking at the real one once puts the classes
    // that lookup loads (the process environment, the console) into the archive as well
    Environment.system(OutputStream.nullOutputStream());
    run(file);
    for (File example : examples(folder)) {
      run(example.getPath());
    }
    run(folder);
    for (String format : new String[] {"json", "ndjson", "markdown", "junit", "sarif", "github"}) {
      run("--format", format, "--check", folder);
    }
  }

  private static void run(String... args) {
    // through the guard the real stdout has, so its class is archived too
    OutputStream nowhere = new GuardedStream(OutputStream.nullOutputStream(), WriteFailed.STDOUT);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(nowhere, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(nowhere, StandardCharsets.UTF_8));
    int code =
        Main.run(
            new Environment(InputStream.nullInputStream(), Map.of(), false, nowhere),
            out,
            err,
            args);
    out.flush();
    if (code == ExitCode.USAGE || code == ExitCode.INTERNAL) {
      // an archive recorded from a broken run would leave out the classes of the path that broke
      throw new IllegalStateException(
          "training run " + String.join(" ", args) + " ended with " + code);
    }
  }

  /** The folder's descriptors, sorted (java.io, which the run has loaded anyway). */
  private static File[] examples(String folder) {
    File[] files = new File(folder).listFiles((dir, name) -> name.endsWith(".yaml"));
    if (files == null || files.length == 0) {
      throw new IllegalStateException("no examples in " + folder);
    }
    Arrays.sort(files);
    return files;
  }
}
