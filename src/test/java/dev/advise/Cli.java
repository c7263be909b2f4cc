package dev.advise;

import dev.advise.cli.Environment;
import dev.advise.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command in-process with captured streams, as a pipeline would see it. */
public final class Cli {

  /** What one invocation returned and printed. */
  public record Result(int code, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    return run(pipe(""), args);
  }

  public static Result run(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(env, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Not a terminal, no NO_COLOR, the given text on stdin. */
  public static Environment pipe(String stdin) {
    return new Environment(stream(stdin), Map.of(), false);
  }

  public static Environment terminal(Map<String, String> variables) {
    return new Environment(stream(""), variables, true);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
