package dev.advise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes {@code advise.1}, a troff man page, from the same picocli model as {@code --help} and the
 * completion script, so the three cannot drift. Run by the build (process-classes). picocli's own
 * ManPageGenerator writes AsciiDoc, which needs Asciidoctor to become a man page (D48).
 */
public final class ManPage {

  private ManPage() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, render(new CommandLine(new Options())), StandardCharsets.UTF_8);
  }

  static String render(CommandLine root) {
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(text);
    CommandSpec spec = root.getCommandSpec();
    w.println(".TH ADVISE 1 \"\" \"advise\" \"User Commands\"");
    w.println(".SH NAME");
    String first = spec.usageMessage().description()[0];
    int sentence = first.indexOf(". ");
    w.println("advise \\- " + roff(sentence < 0 ? first : first.substring(0, sentence + 1)));
    w.println(".SH SYNOPSIS");
    w.println(".B advise");
    w.println("[\\fIOPTIONS\\fR] \\fIPATH\\fR...");
    w.println(".br");
    w.println(".B advise");
    w.println("\\fICOMMAND\\fR [\\fIOPTIONS\\fR]");
    w.println(".SH DESCRIPTION");
    paragraphs(w, List.of(spec.usageMessage().description()));
    w.println(".SH OPTIONS");
    options(w, spec);
    for (var sub : root.getSubcommands().entrySet()) {
      command(w, sub.getKey(), sub.getValue());
    }
    w.println(".SH EXIT STATUS");
    for (var e : spec.usageMessage().exitCodeList().entrySet()) {
      w.println(".TP");
      w.println(".B " + roff(e.getKey().trim()));
      w.println(roff(e.getValue()));
    }
    w.println(".SH SEE ALSO");
    w.println(
        "advise completion bash|zsh; docs/ci.md, docs/rules.md and docs/descriptor.md in the repository.");
    w.flush();
    return text.toString();
  }

  /** Each description string is a paragraph (the help breaks its lines; roff fills them). */
  private static void paragraphs(PrintWriter w, List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        w.println(".PP");
      }
      w.println(roff(paragraphs.get(i)));
    }
  }

  /** A command's section, then its own subcommands' ({@code rules test}). */
  private static void command(PrintWriter w, String name, CommandLine command) {
    CommandSpec s = command.getCommandSpec();
    w.println(".SH COMMAND: " + roff(name.toUpperCase(Locale.ROOT)));
    // the header is the command's one-line summary (the help's list of commands shows it)
    List<String> text = new ArrayList<>(List.of(s.usageMessage().header()));
    text.addAll(List.of(s.usageMessage().description()));
    paragraphs(w, text);
    for (PositionalParamSpec p : s.positionalParameters()) {
      w.println(".TP");
      w.println("\\fI" + roff(p.paramLabel()) + "\\fR");
      w.println(roff(String.join(" ", p.description())));
    }
    options(w, s);
    for (var sub : command.getSubcommands().entrySet()) {
      command(w, name + " " + sub.getKey(), sub.getValue());
    }
  }

  private static void options(PrintWriter w, CommandSpec spec) {
    for (OptionSpec o : spec.options()) {
      w.println(".TP");
      String label = o.typeInfo().isBoolean() ? "" : " \\fI" + roff(o.paramLabel()) + "\\fR";
      w.println("\\fB" + roff(String.join(", ", o.names())) + "\\fR" + label);
      String description =
          String.join(" ", o.description())
              .replace(
                  "${COMPLETION-CANDIDATES}",
                  o.completionCandidates() == null
                      ? ""
                      : String.join(", ", o.completionCandidates()));
      w.println(roff(description));
    }
  }

  /** Escapes what troff would read as markup: backslashes, and a dot or quote at a line's start. */
  static String roff(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
