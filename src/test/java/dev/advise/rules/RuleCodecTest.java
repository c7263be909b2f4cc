package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Duration;
import dev.advise.model.Fields;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Substrate;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled rule set cannot go stale silently: its checksum covers the codec's schema, every
 * kind of value has a tag of its own, an unknown tag or id is an error, and the loader says under
 * --debug why it read the YAML instead.
 */
class RuleCodecTest {

  private static final List<Value> EVERY_KIND =
      List.of(
          new Duration(50_000),
          new Quantity(1 << 30, Quantity.Kind.BYTES),
          new Quantity(500, Quantity.Kind.MILLICORES),
          new Percent(new BigDecimal("99.95")),
          new Count(3),
          new Choice("multi"),
          new Flag(true),
          new Text("CentOS 7"),
          new Items(List.of("pci-dss", "hipaa")));

  @Test
  void everyKindOfValueReadsBackAsItself() throws IOException {
    List<Class<? extends Object>> kinds = new ArrayList<>();
    for (Class<?> k : Value.class.getPermittedSubclasses()) {
      kinds.addAll(k.isInterface() ? Arrays.asList(k.getPermittedSubclasses()) : List.of(k));
    }
    assertThat(EVERY_KIND.stream().map(Object::getClass).distinct().toList())
        .as("the samples cover every kind of value")
        .containsAll(kinds);
    for (Value v : EVERY_KIND) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ConditionCodec.value(new DataOutputStream(bytes), v);
      assertThat(ConditionCodec.value(input(bytes.toByteArray()))).isEqualTo(v);
    }
  }

  @Test
  void tagsAreDistinctWithinEachKind() {
    assertThat(
            List.of(
                ConditionCodec.ALL, ConditionCodec.ANY, ConditionCodec.NOT, ConditionCodec.COMPARE))
        .doesNotHaveDuplicates();
    assertThat(
            List.of(
                ConditionCodec.DURATION,
                ConditionCodec.QUANTITY,
                ConditionCodec.PERCENT,
                ConditionCodec.COUNT,
                ConditionCodec.CHOICE,
                ConditionCodec.FLAG,
                ConditionCodec.TEXT,
                ConditionCodec.ITEMS))
        .doesNotHaveDuplicates();
  }

  @Test
  void anUnknownTagOrIdIsAnErrorNotADefault() throws IOException {
    assertThatThrownBy(() -> ConditionCodec.value(input(new byte[] {99})))
        .isInstanceOf(RuleSetCodec.Unreadable.class)
        .hasMessage("unknown value tag 99");
    assertThatThrownBy(() -> ConditionCodec.read(input(new byte[] {42})))
        .isInstanceOf(RuleSetCodec.Unreadable.class)
        .hasMessage("unknown condition tag 42");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeByte(ConditionCodec.COMPARE);
    out.writeUTF("latency.p95");
    assertThatThrownBy(() -> ConditionCodec.read(input(bytes.toByteArray())))
        .isInstanceOf(RuleSetCodec.Unreadable.class)
        .hasMessage("unknown field \"latency.p95\"");
    bytes.reset();
    out.writeByte(ConditionCodec.QUANTITY);
    out.writeLong(4);
    out.writeUTF("LITRES");
    assertThatThrownBy(() -> ConditionCodec.value(input(bytes.toByteArray())))
        .isInstanceOf(RuleSetCodec.Unreadable.class)
        .hasMessage("unknown quantity kind \"LITRES\"");
  }

  @Test
  void theSchemaNamesEveryRecordComponentEnumIdFieldAndTag() {
    String schema = CodecSchema.describe();
    for (Class<?> type :
        List.of(
            Rule.class,
            Policy.class,
            SourceDoc.class,
            Baseline.Entry.class,
            Dispute.class,
            Condition.Compare.class,
            Quantity.class)) {
      for (RecordComponent c : type.getRecordComponents()) {
        assertThat(schema).as(type + "." + c.getName()).contains(" " + c.getName() + ",");
      }
    }
    Stream.concat(
            Substrate.all().stream().map(Substrate::id),
            Dimension.all().stream().map(Dimension::id))
        .forEach(id -> assertThat(schema).contains(id));
    Op.keys().forEach(k -> assertThat(schema).contains(k));
    Fields.all().forEach(f -> assertThat(schema).contains("field " + f.path() + " "));
    assertThat(schema)
        .contains("tag ITEMS=" + ConditionCodec.ITEMS, "format " + RuleSetCodec.FORMAT);
    assertThat(CodecSchema.describe()).as("the same on every call").isEqualTo(schema);
  }

  @Test
  void aFileCompiledUnderAnotherSchemaIsRefused() throws Exception {
    List<RuleFile> files = RuleLoader.embeddedFiles();
    String other =
        CodecSchema.describe()
            .replace(
                "record dev.advise.rules.Policy(", "record dev.advise.rules.Policy(int extra, ");
    assertThat(RuleSetCodec.checksum(other, files)).isNotEqualTo(RuleSetCodec.checksum(files));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RuleSetCodec.write(RuleLoader.load(List.of(files)), RuleSetCodec.checksum(other, files), bytes);
    assertThat(RuleSetCodec.read(input(bytes.toByteArray()), RuleSetCodec.checksum(files)))
        .isEmpty();
  }

  @Test
  void thePolicyKeysAreTheRecordsComponentsInOrder() {
    assertThat(Policy.KEYS)
        .containsExactlyElementsOf(
            Arrays.stream(Policy.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
    Policy p = new Policy(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(Policy.of(p.numbers())).isEqualTo(p);
  }

  @Test
  void theLoaderReadsTheYamlAndSaysWhyWhenTheCompiledFormIsDamaged(@TempDir Path dir)
      throws Exception {
    RuleSet yaml = RuleLoader.load(List.of(RuleLoader.embeddedFiles()));
    Path good = dir.resolve("good.bin");
    try (var out = Files.newOutputStream(good)) {
      RuleSetCodec.write(yaml, RuleSetCodec.checksum(RuleLoader.embeddedFiles()), out);
    }
    byte[] bytes = Files.readAllBytes(good);
    Path cut = dir.resolve("cut.bin");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    Path stale = dir.resolve("stale.bin");
    try (var out = Files.newOutputStream(stale)) {
      RuleSetCodec.write(yaml, 42, out);
    }

    List<String> notes = new ArrayList<>();
    assertThat(RuleLoader.embedded(good.toUri().toURL(), notes::add)).isEqualTo(yaml);
    assertThat(notes).as("the compiled form is used, silently").isEmpty();

    assertThat(RuleLoader.embedded(cut.toUri().toURL(), notes::add)).isEqualTo(yaml);
    assertThat(RuleLoader.embedded(stale.toUri().toURL(), notes::add)).isEqualTo(yaml);
    assertThat(RuleLoader.embedded(null, notes::add)).isEqualTo(yaml);
    assertThat(notes)
        .containsExactly(
            "rules.bin cannot be read (java.io.EOFException); reading the built-in rules from their YAML",
            "rules.bin was compiled from other rule files or by a codec of another shape; reading the built-in rules from their YAML",
            "there is no compiled rules.bin; reading the built-in rules from their YAML");
    assertThat(RuleLoader.embedded(cut.toUri().toURL(), null))
        .as("without --debug, quietly")
        .isEqualTo(yaml);
  }

  private static DataInputStream input(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }
}
