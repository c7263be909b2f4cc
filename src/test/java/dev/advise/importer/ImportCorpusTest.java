package dev.advise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Import over every file of the shared corpus: no internal error, no trace, every draft valid as
 * written and advised unchanged, and unrendered Helm templates refused with a clear message. Times
 * are printed for the report, never asserted.
 */
class ImportCorpusTest {

  @Test
  void everyCorpusFileImportsCleanlyAndEveryDraftIsAdvisedUnchanged() {
    List<Path> files = Corpus.files();
    int drafts = 0;
    long slowest = 0;
    Path slowestFile = null;
    List<String> refused = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Path file : files) {
      long start = System.nanoTime();
      Cli.Result r = Cli.run("import", "-q", file.toString());
      long took = System.nanoTime() - start;
      if (took > slowest) {
        slowest = took;
        slowestFile = file;
      }
      assertThat(r.code()).as(file + "\n" + r.err()).isNotEqualTo(4).isIn(0, 3);
      assertThat(r.err()).as(file.toString()).doesNotContain("Exception", "\tat ");
      if (file.toString().contains("/helm-templates/")) {
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("an unrendered Helm template").contains("helm template");
        refused.add(file.getFileName().toString());
        continue;
      }
      if (r.out().isEmpty()) {
        continue;
      }
      List<ParsedDocument> docs = DescriptorParser.parse(file.toString(), r.out(), Limits.DEFAULT);
      for (ParsedDocument doc : docs) {
        assertThat(doc).as(file + ": " + doc).isInstanceOf(ParsedDocument.Valid.class);
        drafts++;
      }
      all.append(all.length() == 0 ? "" : "---\n").append(r.out());
    }
    // every draft, as written, advised in one run (one run per file would only repeat start-up)
    Cli.Result advised = Cli.run(Cli.pipe(all.toString()), "--format", "ndjson", "-");
    assertThat(advised.code()).as(advised.err()).isZero();
    assertThat(advised.out().lines().count()).isEqualTo(drafts + 1L);
    System.out.printf(
        "import corpus: %d files, %d drafts, %d Helm templates refused, slowest %s in %.0f ms%n",
        files.size(),
        drafts,
        refused.size(),
        slowestFile == null ? "-" : Corpus.dir().relativize(slowestFile),
        slowest / 1e6);
    assertThat(refused).hasSize(4);
    assertThat(drafts).isGreaterThan(150);
  }
}
