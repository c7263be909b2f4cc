package dev.advise.rules;

import dev.advise.model.Dimension;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Quantity;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The shape of what {@link RuleSetCodec} writes, in words: its format number, the components of
 * every record it encodes, the kinds of conditions and values and their tags, every enum's ids and
 * the field catalogue. Its text goes into the compiled file's checksum, so a compiled rule set made
 * by a codec or model of another shape is refused even when nobody bumped the format number. Read
 * by reflection, which is why only the build and checks outside the jar call it.
 */
final class CodecSchema {

  /** Every record the codec writes, component by component. */
  private static final List<Class<?>> RECORDS =
      List.of(
          RuleSet.class,
          SourceDoc.class,
          Policy.class,
          Baseline.class,
          Baseline.Entry.class,
          Rule.class,
          Rule.Origin.class,
          Dispute.class,
          Condition.All.class,
          Condition.Any.class,
          Condition.Not.class,
          Condition.Compare.class);

  private CodecSchema() {}

  static String describe() {
    StringBuilder out = new StringBuilder("format ").append(RuleSetCodec.FORMAT).append('\n');
    for (Class<?> type : RECORDS) {
      record(out, type);
    }
    permitted(out, Condition.class);
    permitted(out, Value.class);
    permitted(out, Value.Ordered.class);
    for (Class<?> type : Value.Ordered.class.getPermittedSubclasses()) {
      record(out, type);
    }
    for (Class<?> type : Value.class.getPermittedSubclasses()) {
      if (type.isRecord()) {
        record(out, type);
      }
    }
    Field[] tags = ConditionCodec.class.getDeclaredFields();
    Arrays.sort(tags, Comparator.comparing(Field::getName)); // reflection's order is not promised
    for (Field tag : tags) {
      if (Modifier.isStatic(tag.getModifiers()) && tag.getType() == byte.class) {
        try {
          out.append("tag ")
              .append(tag.getName())
              .append('=')
              .append(tag.getByte(null))
              .append('\n');
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    out.append("substrates ")
        .append(Substrate.all().stream().map(Substrate::id).toList())
        .append('\n');
    out.append("dimensions ")
        .append(Dimension.all().stream().map(Dimension::id).toList())
        .append('\n');
    out.append("operators ").append(Op.keys()).append('\n');
    out.append("quantity kinds ").append(Arrays.toString(Quantity.Kind.values())).append('\n');
    out.append("field types ").append(Arrays.toString(FieldType.values())).append('\n');
    for (var f : Fields.all()) { // model fields; Field here is reflection's
      out.append("field ")
          .append(f.path())
          .append(' ')
          .append(f.type())
          .append(f.choices())
          .append('\n');
    }
    return out.toString();
  }

  private static void record(StringBuilder out, Class<?> type) {
    out.append("record ").append(type.getName()).append('(');
    for (RecordComponent c : type.getRecordComponents()) {
      out.append(c.getGenericType().getTypeName()).append(' ').append(c.getName()).append(", ");
    }
    out.append(")\n");
  }

  private static void permitted(StringBuilder out, Class<?> sealed) {
    out.append("kinds of ")
        .append(sealed.getName())
        .append(' ')
        .append(
            Arrays.stream(sealed.getPermittedSubclasses())
                .map(Class::getName)
                .sorted(Comparator.naturalOrder())
                .toList())
        .append('\n');
  }
}
