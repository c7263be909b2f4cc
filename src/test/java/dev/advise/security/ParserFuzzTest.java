package dev.advise.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.advise.Fixtures;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.InputText;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advisor;
import dev.advise.rules.RuleFile;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleLoaderAccess;
import dev.advise.rules.RuleSetException;
import java.io.StringReader;
import java.util.List;

/**
 * Fuzz tests for the two parsers of untrusted input. In the normal test run they replay the
 * committed seeds in src/test/resources/dev/advise/security/ParserFuzzTestInputs/; with
 * JAZZER_FUZZ=1 they fuzz (docs/security.md). The property: bytes in, a workload or located
 * problems out; no other exception escapes, and the engine can advise whatever parses.
 */
class ParserFuzzTest {

  private static final Advisor ADVISOR = Fixtures.advisor();

  @FuzzTest(maxDuration = "10s")
  void descriptorParser(byte[] data) {
    String text;
    try {
      text = InputText.decode(data);
    } catch (InputText.Unreadable e) {
      assertLocated(e.problem("fuzz.yaml"));
      return;
    }
    List<ParsedDocument> docs = DescriptorParser.parseFully("fuzz.yaml", new StringReader(text));
    if (docs.isEmpty()) {
      // no document at all is right only for a text of comments, blank lines, markers and
      // directives (descriptor contract v1.1: ignored, not an error)
      assertThat(text.lines().map(String::strip))
          .allMatch(l -> l.matches("(---|\\.\\.\\.|%.*)?\\s*(#.*)?"));
    }
    // the plain reading, where it answers, must answer exactly what the full reading does
    assertThat(DescriptorParser.parse("fuzz.yaml", text, Limits.DEFAULT)).isEqualTo(docs);
    for (ParsedDocument doc : docs) {
      if (doc instanceof ParsedDocument.Valid valid) {
        assertThat(ADVISOR.advise(valid.workload()).ranking()).hasSize(4);
      } else {
        ((ParsedDocument.Invalid) doc).problems().forEach(ParserFuzzTest::assertLocated);
      }
    }
  }

  @FuzzTest(maxDuration = "10s")
  void ruleLoader(byte[] data) {
    String text;
    try {
      text = InputText.decode(data);
    } catch (InputText.Unreadable e) {
      return;
    }
    try {
      RuleLoader.load(
          List.of(RuleLoaderAccess.embeddedFiles(), List.of(new RuleFile("fuzz.yaml", text))));
    } catch (RuleSetException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(ParserFuzzTest::assertLocated);
    }
  }

  private static void assertLocated(Problem p) {
    assertThat(p.source()).isEqualTo("fuzz.yaml");
    assertThat(p.message()).isNotBlank();
    assertThat(p.line()).isNotNegative();
    assertThat(p.format()).doesNotContain("\u001b");
  }
}
