package dev.advise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.engine.Advisor;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Workload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advise init}: its questions, its skeleton and its answers file (the terminal itself:
 * InitIT).
 */
class InitTest {

  @TempDir Path dir;

  /** Answers given in order; records what was asked. */
  private static final class Scripted implements Interview.Io {
    final Deque<String> answers;
    final List<String> asked = new ArrayList<>();

    Scripted(String... answers) {
      this.answers = new ArrayDeque<>();
      for (String a : answers) {
        this.answers.add(a == null ? "" : a);
      }
    }

    @Override
    public String ask(String prompt) {
      return answers.poll();
    }

    @Override
    public void say(String line) {
      if (line.matches("\\d+\\. spec\\..*")) {
        asked.add(line.substring(line.indexOf("spec.") + 5, line.indexOf(':')));
      }
    }
  }

  private static ParsedDocument.Valid parse(String text) {
    List<ParsedDocument> docs = DescriptorParser.parse("init.yaml", text, Limits.DEFAULT);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0)).as(text + docs).isInstanceOf(ParsedDocument.Valid.class);
    return (ParsedDocument.Valid) docs.get(0);
  }

  @Test
  void asksTheMostDecisiveQuestionFirstAndRecomputesAfterEachAnswer() {
    Advisor advisor = Fixtures.advisor();
    Interview interview = new Interview(advisor, "shop");
    List<Questions.Question> first = Questions.rank(advisor, advisor.advise(interview.workload()));
    // skipping every question: each is asked once, the most decisive first, until none is left
    Interview answering = new Interview(advisor, "shop");
    Scripted order = new Scripted(new String[40]);
    answering.run(order);
    assertThat(order.asked.get(0)).isEqualTo(first.get(0).field().path());
    assertThat(order.asked).doesNotHaveDuplicates().hasSizeGreaterThan(3);

    // answer the first question with a value that its what-if says changes the advice
    Questions.Question top = first.get(0);
    String path = top.field().path();
    String answer = top.changes().get(0).value();
    interview.run(new Scripted(answer));
    Workload w = interview.workload();
    assertThat(w.spec().get(path)).map(v -> v.display()).contains(answer);
    // the answer changed the advice, so what is asked next is ranked on the new advice
    List<Questions.Question> after = Questions.rank(advisor, advisor.advise(w));
    assertThat(after).noneMatch(q -> q.field().path().equals(path));
    ParsedDocument.Valid written = parse(interview.text());
    assertThat(written.workload().spec().values()).containsKey(path);
    assertThat(interview.text())
        .contains(": " + answer + "  # answered in advise init (your answer)");
  }

  @Test
  void noInputWritesASkeletonOfEveryFieldThatIsValidOnceNamed() throws Exception {
    Cli.Result r = Cli.run("init", "--no-input");
    assertThat(r.code()).as(r.err()).isZero();
    for (Field f : Fields.all()) {
      String key = f.path().substring(f.path().lastIndexOf('.') + 1);
      assertThat(r.out()).contains("# ").contains(key + ": ");
    }
    assertThat(DescriptorParser.parse("s.yaml", r.out(), Limits.DEFAULT).get(0))
        .isInstanceOf(ParsedDocument.Invalid.class);
    parse(r.out().replace("  name:  #", "  name: named  #"));
    Path file = dir.resolve("billing-api.yaml");
    assertThat(Cli.run("init", "--no-input", file.toString()).code()).isZero();
    assertThat(parse(Files.readString(file)).workload().name()).isEqualTo("billing-api");
    assertThat(Cli.run("init", "--no-input", file.toString()).code()).isEqualTo(3);
  }

  @Test
  void withoutATerminalItSaysSoOrReadsAnswersFromAFile() throws Exception {
    Cli.Result r = Cli.run("init", dir.resolve("x.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not one").contains("--answers").contains("--no-input");

    Path answers = dir.resolve("answers.yaml");
    Files.writeString(
        answers,
        "latency: {p99: 2ms}\nlicensing.model: per-physical-core\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("erp.yaml");
    Cli.Result ok = Cli.run("init", "--answers", answers.toString(), out.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("Recommendation:");
    assertThat(parse(Files.readString(out)).workload().spec().values())
        .containsKeys("latency.p99", "licensing.model");

    Files.writeString(
        answers,
        "latency: {p99: 2ms}\nlicensing.modle: per-physical-core\n",
        StandardCharsets.UTF_8);
    Cli.Result bad =
        Cli.run("init", "--answers", answers.toString(), dir.resolve("bad.yaml").toString());
    assertThat(bad.code()).isEqualTo(3);
    assertThat(bad.err())
        .contains(
            "answers.yaml:2:1: licensing.modle: unknown descriptor field"
                + " (did you mean \"licensing.model\"?)");
    assertThat(dir.resolve("bad.yaml")).doesNotExist();
  }
}
