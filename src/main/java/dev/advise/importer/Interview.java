package dev.advise.importer;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.SafeYaml;
import dev.advise.descriptor.ValueReader;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@code advise init}'s questions: only those whose answer could change the advice, the most
 * decisive first, recomputed after every answer (an answer can make another question matter, or
 * settle it). Answers are read with the descriptor's own value reader, so what is accepted here is
 * what a descriptor accepts. The terminal is behind {@link Io}, so tests can drive it.
 */
public final class Interview {

  /**
   * The conversation: a prompt answered by a line, or null at the end of input; and plain lines.
   */
  public interface Io {
    String ask(String prompt);

    void say(String line);
  }

  private final Advisor advisor;
  private final Draft draft;

  public Interview(Advisor advisor, String name) {
    this(advisor, Draft.answers(name, "advise init"));
  }

  private Interview(Advisor advisor, Draft draft) {
    this.advisor = advisor;
    this.draft = draft;
  }

  /**
   * Answers from a file instead of a terminal: a YAML mapping of field paths (dotted or nested) to
   * values, read and located like descriptor fields. Problems instead when it has any.
   */
  public static Interview fromAnswers(
      Advisor advisor, String name, String source, String text, List<Problem> problems) {
    Draft draft = Draft.answers(name, source);
    try {
      for (Node root : SafeYaml.compose(new StringReader(text), Limits.DEFAULT)) {
        if (!(root instanceof ScalarNode s && Tag.NULL.equals(s.getTag()))) {
          Annotations.mapping(draft, source, root, "");
        }
        break; // one document of answers
      }
    } catch (MarkedYAMLException e) {
      draft.problems.add(DescriptorParser.syntax(source, 1, e));
    } catch (YAMLException e) {
      draft.problems.add(
          new Problem(
              source,
              1,
              0,
              0,
              "",
              "refused: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
    }
    problems.addAll(draft.problems);
    return new Interview(advisor, draft);
  }

  /** Asks until no unknown could change the advice, or the input ends; Enter skips a question. */
  public void run(Io io) {
    Set<Field> asked = new HashSet<>();
    int number = 0;
    while (true) {
      Advice advice = advisor.advise(workload());
      Optional<Questions.Question> next =
          Questions.rank(advisor, advice).stream()
              .filter(q -> !asked.contains(q.field()))
              .findFirst();
      if (next.isEmpty()) {
        io.say("No other unknown could change the advice (now " + Questions.now(advice) + ").");
        return;
      }
      Questions.Question q = next.get();
      asked.add(q.field());
      number++;
      io.say("");
      io.say(number + ". spec." + q.field().path() + ": " + q.field().meaning());
      io.say("   allowed: " + q.expected());
      io.say("   could change the advice (now " + Questions.now(advice) + "): " + q.effects());
      while (true) {
        String line = io.ask("   answer (Enter to skip, Ctrl-D to finish): ");
        if (line == null) {
          return;
        }
        line = line.trim();
        if (line.isEmpty()) {
          break;
        }
        NodeReader in = new NodeReader("answer", 1);
        Optional<Value> v =
            ValueReader.read(in, q.field(), node(q.field(), line), "spec." + q.field().path());
        if (v.isPresent()) {
          draft.answer(q.field(), v.get());
          break;
        }
        io.say("   " + in.problems().get(0).message());
      }
    }
  }

  public Workload workload() {
    return Importer.reread(draft, DraftText.render(draft, draft.name, "", List.of())).workload();
  }

  /** The descriptor: the answers, then the questions still open, most decisive first. */
  public String text() {
    Advice advice = advisor.advise(workload());
    return DraftText.render(
        draft, draft.name, Questions.now(advice), Questions.lines(advisor, advice));
  }

  private static final Mark HERE = new Mark("answer", 0, 0, 0, new int[0], 0);

  /** What was typed, as the node a descriptor would hold: a list is comma-separated. */
  private static Node node(Field field, String text) {
    ScalarNode s = new ScalarNode(Tag.STR, text, HERE, HERE, DumperOptions.ScalarStyle.PLAIN);
    return field.type() == FieldType.ITEMS ? Annotations.list(s) : s;
  }
}
