package dev.advise.batch;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.InputText;
import dev.advise.descriptor.ParsedDocument;
import java.io.InputStream;
import java.util.List;

/**
 * One input of a batch read and parsed, not yet advised (with its text, by which a file named on
 * the command line that holds no workload is judged); its outcome already when it could not be
 * read; or the end of a folder ({@code end}). A batch parses a chunk of inputs before advising any
 * of them.
 */
record ParsedInput(
    Found.FolderDone end,
    Input input,
    String text,
    List<ParsedDocument> docs,
    FileOutcome outcome) {

  /** Reads and parses what the walker found. */
  static ParsedInput of(Found found, InputStream stdin, Batch.Options options) {
    if (found instanceof Found.FolderDone end) {
      return new ParsedInput(end, null, null, null, null);
    }
    if (found instanceof Found.Unreachable u) {
      return failed(new FileOutcome(u.source(), List.of(), List.of(u.problem())));
    }
    Input input = (Input) found;
    String text;
    try {
      long max = options.limits().maxBytes();
      text =
          input.path().isEmpty()
              ? InputText.read(stdin, max)
              : input.regular()
                  ? InputText.readRegular(input.path().get(), max)
                  : InputText.read(input.path().get(), max);
    } catch (InputText.Unreadable e) {
      return failed(new FileOutcome(input.source(), List.of(), List.of(e.problem(input.source()))));
    }
    List<ParsedDocument> docs =
        options.from() == null
            ? DescriptorParser.parse(input.source(), text, options.limits(), input.found())
            : Manifests.parse(options.from(), input.source(), text, options.limits());
    return new ParsedInput(null, input, text, docs, null);
  }

  private static ParsedInput failed(FileOutcome outcome) {
    return new ParsedInput(null, null, null, null, outcome);
  }
}
