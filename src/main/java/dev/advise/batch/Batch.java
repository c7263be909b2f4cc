package dev.advise.batch;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.engine.Check;
import dev.advise.model.Choice;
import dev.advise.model.Substrate;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Advises every workload in the given paths. Nothing is lost: an unreadable file or an invalid
 * document becomes an error entry and the others are still advised, in input order.
 */
public final class Batch {

  /** What to do beyond advising: judge {@code spec.placement}, and how far behind may pass. */
  public record Options(boolean check, int tolerance) {}

  private final Advisor advisor;
  private final Options options;

  public Batch(Advisor advisor, Options options) {
    this.advisor = advisor;
    this.options = options;
  }

  public Run run(List<String> paths, InputStream stdin, Consumer<String> notes) {
    Inputs.Expansion expansion = Inputs.expand(paths, notes);
    List<Advised> results = new ArrayList<>();
    List<Problem> errors = new ArrayList<>(expansion.problems());
    for (Input input : expansion.inputs()) {
      String text;
      try {
        text = input.path().isPresent() ? Texts.read(input.path().get()) : Texts.read(stdin);
      } catch (Texts.Unreadable e) {
        errors.add(Problem.ofFile(input.source(), e.getMessage()));
        continue;
      }
      for (ParsedDocument doc : DescriptorParser.parse(input.source(), new StringReader(text))) {
        if (doc instanceof ParsedDocument.Valid valid) {
          results.add(advise(input.source(), valid));
        } else {
          errors.addAll(((ParsedDocument.Invalid) doc).problems());
        }
      }
    }
    return new Run(results, errors, expansion.inputs().size() + expansion.problems().size(),
        options.check());
  }

  private Advised advise(String source, ParsedDocument.Valid doc) {
    Advice advice = advisor.advise(doc.workload());
    Optional<Check> check = Optional.empty();
    if (options.check()) {
      check = doc.workload().spec().get("placement")
          .flatMap(v -> Substrate.byId(((Choice) v).value()))
          .map(placement -> Check.judge(advice, placement, options.tolerance()));
    }
    return new Advised(source, doc.document(), advice, check);
  }
}
