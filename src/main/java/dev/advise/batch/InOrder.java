package dev.advise.batch;

import dev.advise.descriptor.Problem;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hands the prepared outcomes to the sink in input order, and turns the end of a folder whose
 * inputs held no descriptor (none found, or every document skipped) into an error there.
 */
final class InOrder<T> implements Consumer<InOrder.Done<T>> {

  /**
   * An input's outcome and what {@code prepare} made of it; or the end of a folder ({@code end}).
   */
  record Done<T>(Found.FolderDone end, FileOutcome outcome, T prepared) {}

  private final Function<FileOutcome, T> prepare;
  private final Consumer<T> sink;
  private final Wanted wanted;

  /** How many outcomes in a row, up to this one, held no descriptor. */
  private int withoutDescriptor;

  private int skippedSinceDescriptor;

  InOrder(Function<FileOutcome, T> prepare, Consumer<T> sink, Wanted wanted) {
    this.prepare = prepare;
    this.sink = sink;
    this.wanted = wanted;
  }

  @Override
  public void accept(Done<T> done) {
    if (done.end() == null) {
      if (done.outcome().heldADescriptor()) {
        withoutDescriptor = 0;
        skippedSinceDescriptor = 0;
      } else {
        withoutDescriptor++;
        skippedSinceDescriptor += done.outcome().skipped();
      }
      sink.accept(done.prepared());
      return;
    }
    Found.FolderDone end = done.end();
    if (withoutDescriptor >= end.found()) {
      String why =
          end.found() == 0
              ? "no file matches " + end.patterns()
              : skippedSinceDescriptor > 0
                  ? wanted.skippedWhy(skippedSinceDescriptor)
                  : "no workload in " + end.found() + (end.found() == 1 ? " file" : " files");
      FileOutcome none =
          new FileOutcome(
              end.source(),
              List.of(),
              List.of(Problem.ofFile(end.source(), wanted.noneFound(end.source(), why))));
      sink.accept(prepare.apply(none));
    }
    withoutDescriptor = 0; // the next argument starts afresh
    skippedSinceDescriptor = 0;
  }
}
