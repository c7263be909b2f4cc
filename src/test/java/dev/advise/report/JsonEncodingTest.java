package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.engine.Check;
import dev.advise.model.Deviation;
import dev.advise.model.Substrate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON encoder ({@link ResultJson}, {@link JsonText}) gives exactly the bytes that
 * Jackson gives for the contract's records ({@link JsonDtos}), in both layouts, for every example,
 * hundreds of random workloads, hostile strings, checks, errors and summaries.
 */
class JsonEncodingTest {

  private static final Advisor ADVISOR = Fixtures.advisor();

  /** Jackson, told the escapes the encoder makes (the same that SARIF uses). */
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new JsonEscapes());
  }

  /**
   * Quotes, backslashes, every kind of control, non-ASCII, bidi controls, invisible and format
   * characters, noncharacters, astral planes (an emoji and a tag character).
   */
  private static final String HOSTILE =
      "a\"b\\c/d\u0000\u0001\b\t\n\f\r\u001b\u001f \u007f\u0085\u00ad\u00e9\u202e\u2028"
          + "\u2029\u200b\u200d\u2066\ufeff\ufffe\uffff\ud83d\ude00\udb40\udc41";

  private static List<Advised> workloads() {
    List<Advised> all = new ArrayList<>();
    for (Path example : Fixtures.examples()) {
      all.addAll(advised(example.toString(), read(example)));
    }
    Generator generator = new Generator(20261122L);
    for (int i = 0; i < 200; i++) {
      all.addAll(advised("random/" + i + ".yaml", generator.descriptor("random-" + i)));
    }
    Advised first = all.get(0);
    all.add(
        new Advised(
            HOSTILE, 3, 1, first.advice(), Optional.of(new Check(Substrate.VM, false, HOSTILE))));
    Deviation deviation = new Deviation(HOSTILE, LocalDate.of(2027, 6, 30));
    for (LocalDate today : new LocalDate[] {LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1)}) {
      for (Substrate placement : Substrate.values()) {
        all.add(
            new Advised(
                "excepted.yaml",
                1,
                2,
                first.advice(),
                Optional.of(Check.judge(first.advice(), placement, 0, deviation, today))));
      }
    }
    return all;
  }

  private static List<Advised> advised(String source, String text) {
    List<Advised> out = new ArrayList<>();
    for (ParsedDocument doc : DescriptorParser.parseFully(source, new StringReader(text))) {
      ParsedDocument.Valid valid = (ParsedDocument.Valid) doc;
      Advice advice = ADVISOR.advise(valid.workload());
      // Every other workload is judged against a placement, so results with and without a check
      // appear.
      Optional<Check> check =
          out.size() % 2 == 0
              ? Optional.of(Check.judge(advice, Substrate.values()[source.length() % 4], 10))
              : Optional.empty();
      out.add(new Advised(source, doc.document(), 1, advice, check));
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Tally tally(List<Advised> results, List<Problem> problems, boolean checking) {
    Tally tally = new Tally(checking);
    tally.add(new FileOutcome("all", results, problems, WARNINGS));
    return tally;
  }

  private static final List<Problem> WARNINGS =
      List.of(
          new Problem(
              "w.yaml",
              2,
              6,
              5,
              "spec.hardware.devices",
              "\"sriov\" is not an id any rule looks for (did you mean \"sr-iov\"?)"),
          new Problem(HOSTILE, 1, 1, 1, HOSTILE, HOSTILE));

  private static final List<Problem> PROBLEMS =
      List.of(
          new Problem("bad.yaml", 1, 4, 9, "spec.latency.p99", "\"fast\" is not a duration"),
          Problem.ofFile(HOSTILE, HOSTILE));

  @Test
  void ndjsonLinesAreWhatJacksonWritesForTheContractRecords() throws IOException {
    List<Advised> all = workloads();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter writer = new NdjsonWriter(Sink.of(out));
    for (Advised a : all) {
      FileOutcome outcome = new FileOutcome(a.source(), List.of(a), List.of());
      writer.file(outcome, writer.prepare(outcome));
    }
    Tally tally = tally(all, PROBLEMS, true);
    writer.finish(tally);

    StringBuilder expected = new StringBuilder();
    for (Advised a : all) {
      expected.append(JSON.writeValueAsString(JsonMapping.result(a))).append('\n');
    }
    Map<String, Object> last = new LinkedHashMap<>();
    last.put("summary", JsonMapping.summary(tally));
    last.put("errors", tally.problems().stream().map(JsonMapping::error).toList());
    last.put("warnings", tally.warnings().stream().map(JsonMapping::error).toList());
    expected.append(JSON.writeValueAsString(last)).append('\n');
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void theJsonEnvelopeIsWhatJacksonsPrettyPrinterWrites() throws IOException {
    List<Advised> all = workloads();
    // Several workloads per file, and a file with none, as a batch hands them on.
    List<FileOutcome> files = new ArrayList<>();
    files.add(new FileOutcome("empty.yaml", List.of(), PROBLEMS));
    for (int i = 0; i < all.size(); i += 3) {
      files.add(new FileOutcome("f" + i, all.subList(i, Math.min(i + 3, all.size())), List.of()));
    }
    for (boolean checking : new boolean[] {false, true}) {
      Tally tally = tally(all, PROBLEMS, checking);
      assertThat(written(files, tally)).isEqualTo(jackson(all, tally));
    }
  }

  @Test
  void anEmptyRunIsAnEnvelopeWithEmptyListsInBothLayouts() throws IOException {
    Tally tally = tally(List.of(), List.of(), false);
    String json = written(List.of(), tally);
    assertThat(json).isEqualTo(jackson(List.of(), tally));
    JsonNode parsed = JSON.readTree(json);
    assertThat(parsed.get("results")).isEmpty();
    assertThat(parsed.at("/summary/recommendations")).isEmpty();
  }

  @Test
  void hostileStringsSurviveARoundTrip() throws IOException {
    Utf8 sb = new Utf8(0);
    new JsonText(sb, false, 0)
        .beginObject()
        .field(JsonText.Name.of(HOSTILE), HOSTILE)
        .strings(JsonText.Name.of("list"), List.of(HOSTILE, ""))
        .endObject();
    JsonNode parsed = JSON.readTree(sb.toString());
    assertThat(parsed.get(HOSTILE).asText()).isEqualTo(HOSTILE);
    assertThat(parsed.get("list").get(0).asText()).isEqualTo(HOSTILE);
    assertThat(sb.toString()).doesNotContain("\n").contains("\\u0000", "\\u001B", "\\b", "\\f");
  }

  @Test
  void stringsEncodeToWhatJacksonWritesThenUtf8Encodes() throws IOException {
    Random random = new Random(11);
    char[] interesting = {
      'a', '"', '\\', '/', '\n', '\u0000', '\u001f', '~', '\u007f', '\u0080', '\u00e9', '\u07ff',
      '\u0800', '\u20ac', '\uffff', '\ud83d', '\ude00', '\udbff', '\udfff'
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        text.append(
            random.nextBoolean()
                ? interesting[random.nextInt(interesting.length)]
                : (char) random.nextInt(0x10000));
      }
      String s = text.toString();
      // A small buffer, so that growing it is exercised too. A lone surrogate (which no input
      // can hold: files are strict UTF-8) comes out as '?', as Java's UTF-8 encoder writes it;
      // Jackson, which escapes it, is given the '?' in its place.
      assertThat(new Utf8(1).appendQuoted(s).toByteArray())
          .as(s)
          .isEqualTo(
              JSON.writeValueAsString(loneSurrogatesAsQuestionMarks(s))
                  .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String loneSurrogatesAsQuestionMarks(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '?' : c);
      }
    }
    return sb.toString();
  }

  @Test
  void theUnsafeCharactersAreEscapedAndNothingElse() {
    assertThat(
            new Utf8(0)
                .appendQuoted("\u007f\u0085\u00ad\u202e\u200b\ufeff\u2028\udb40\udc41")
                .toString())
        .isEqualTo("\"\\u007F\\u0085\\u00AD\\u202E\\u200B\\uFEFF\\u2028\\uDB40\\uDC41\"");
    assertThat(new Utf8(0).appendQuoted("\u00e9t\u00e9 \u4e2d \u00a0 ~").toString())
        .isEqualTo("\"\u00e9t\u00e9 \u4e2d \u00a0 ~\"");
  }

  @Test
  void numbersAreWrittenAsJavaWritesThem() {
    Random random = new Random(13);
    int[] edges = {
      0, 1, -1, 9, 10, 99, 100, -100, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1
    };
    for (int n : edges) {
      assertThat(new Utf8(1).append(n).toString()).isEqualTo(Integer.toString(n));
    }
    for (int i = 0; i < 10_000; i++) {
      int n = random.nextInt() >> random.nextInt(32);
      assertThat(new Utf8(1).append(n).toString()).isEqualTo(Integer.toString(n));
    }
  }

  private static String written(List<FileOutcome> files, Tally tally) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriter writer = new JsonWriter(Sink.of(out), "sha256:0");
    for (FileOutcome f : files) {
      writer.file(f, writer.prepare(f));
    }
    writer.finish(tally);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The envelope as JsonWriter wrote it with Jackson's generator before the encoder existed. */
  private static String jackson(List<Advised> results, Tally tally) throws IOException {
    StringWriter out = new StringWriter();
    JsonGenerator g = JacksonJson.prettyGenerator(out);
    g.writeStartObject();
    g.writeNumberField("schemaVersion", 1);
    g.writeStringField("rulesDigest", "sha256:0");
    g.writeFieldName("results");
    g.writeStartArray();
    for (Advised a : results) {
      JacksonJson.MAPPER.writeValue(g, JsonMapping.result(a));
    }
    g.writeEndArray();
    g.writeFieldName("errors");
    JacksonJson.MAPPER.writeValue(g, tally.problems().stream().map(JsonMapping::error).toList());
    g.writeFieldName("warnings");
    JacksonJson.MAPPER.writeValue(g, tally.warnings().stream().map(JsonMapping::error).toList());
    g.writeFieldName("summary");
    JacksonJson.MAPPER.writeValue(g, JsonMapping.summary(tally));
    g.writeEndObject();
    g.flush();
    out.write("\n");
    return out.toString();
  }
}
