package dev.advise.rules;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Duration;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions and their operands in the compiled rule set. Every kind of node and value has a tag of
 * its own, written out below, and every enum constant or field is written by its id: reordering an
 * enum or the field catalogue cannot change what a compiled file means, and a tag or id this reader
 * does not know is an error, never a guess.
 */
final class ConditionCodec {

  // Tags: fixed numbers, never ordinals. A new kind takes a new number; an old number is not
  // reused.
  static final byte ALL = 1;
  static final byte ANY = 2;
  static final byte NOT = 3;
  static final byte COMPARE = 4;

  static final byte DURATION = 1;
  static final byte QUANTITY = 2;
  static final byte PERCENT = 3;
  static final byte COUNT = 4;
  static final byte CHOICE = 5;
  static final byte FLAG = 6;
  static final byte TEXT = 7;
  static final byte ITEMS = 8;

  private ConditionCodec() {}

  static void write(DataOutputStream out, Condition c) throws IOException {
    // a switch over the sealed interface's records: the compiler would not flag a new kind
    // here, so the last branch names Compare and anything else is a bug said out loud
    if (c instanceof Condition.All all) {
      out.writeByte(ALL);
      parts(out, all.of());
    } else if (c instanceof Condition.Any any) {
      out.writeByte(ANY);
      parts(out, any.of());
    } else if (c instanceof Condition.Not not) {
      out.writeByte(NOT);
      write(out, not.of());
    } else if (c instanceof Condition.Compare compare) {
      out.writeByte(COMPARE);
      out.writeUTF(compare.field().path());
      out.writeUTF(compare.op().key());
      out.writeInt(compare.operands().size());
      for (Value v : compare.operands()) {
        value(out, v);
      }
    } else {
      throw new IllegalStateException("no tag for the condition " + c.getClass().getName());
    }
  }

  private static void parts(DataOutputStream out, List<Condition> parts) throws IOException {
    out.writeInt(parts.size());
    for (Condition part : parts) {
      write(out, part);
    }
  }

  static Condition read(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case ALL:
        return new Condition.All(parts(in));
      case ANY:
        return new Condition.Any(parts(in));
      case NOT:
        return new Condition.Not(read(in));
      case COMPARE:
        Field field = field(in.readUTF());
        Op op = op(in.readUTF());
        List<Value> operands = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
          operands.add(value(in));
        }
        return new Condition.Compare(field, op, operands);
      default:
        throw new RuleSetCodec.Unreadable("unknown condition tag " + tag);
    }
  }

  private static List<Condition> parts(DataInputStream in) throws IOException {
    List<Condition> parts = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      parts.add(read(in));
    }
    return parts;
  }

  static void value(DataOutputStream out, Value v) throws IOException {
    if (v instanceof Duration d) {
      out.writeByte(DURATION);
      out.writeLong(d.nanos());
    } else if (v instanceof Quantity q) {
      out.writeByte(QUANTITY);
      out.writeLong(q.base());
      out.writeUTF(q.kind().name());
    } else if (v instanceof Percent p) {
      out.writeByte(PERCENT);
      out.writeUTF(p.value().toPlainString());
    } else if (v instanceof Count n) {
      out.writeByte(COUNT);
      out.writeLong(n.value());
    } else if (v instanceof Choice c) {
      out.writeByte(CHOICE);
      out.writeUTF(c.value());
    } else if (v instanceof Flag f) {
      out.writeByte(FLAG);
      out.writeBoolean(f.value());
    } else if (v instanceof Text t) {
      out.writeByte(TEXT);
      out.writeUTF(t.value());
    } else if (v instanceof Items items) {
      out.writeByte(ITEMS);
      RuleSetCodec.strings(out, items.values());
    } else {
      throw new IllegalStateException("no tag for the value " + v.getClass().getName());
    }
  }

  static Value value(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case DURATION -> new Duration(in.readLong());
      case QUANTITY -> new Quantity(in.readLong(), kind(in.readUTF()));
      case PERCENT -> new Percent(new BigDecimal(in.readUTF()));
      case COUNT -> new Count(in.readLong());
      case CHOICE -> new Choice(in.readUTF());
      case FLAG -> new Flag(in.readBoolean());
      case TEXT -> new Text(in.readUTF());
      case ITEMS -> new Items(RuleSetCodec.strings(in));
      default -> throw new RuleSetCodec.Unreadable("unknown value tag " + tag);
    };
  }

  // loops, not streams or lambdas: this runs at every start-up, where each lambda's first call
  // bootstraps a method handle (D21)
  private static Field field(String path) throws RuleSetCodec.Unreadable {
    Field field = Fields.byPath(path).orElse(null);
    if (field == null) {
      throw new RuleSetCodec.Unreadable("unknown field \"" + path + "\"");
    }
    return field;
  }

  private static Op op(String key) throws RuleSetCodec.Unreadable {
    for (Op op : Op.values()) {
      if (op.key().equals(key)) {
        return op;
      }
    }
    throw new RuleSetCodec.Unreadable("unknown operator \"" + key + "\"");
  }

  private static Quantity.Kind kind(String name) throws RuleSetCodec.Unreadable {
    for (Quantity.Kind k : Quantity.Kind.values()) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new RuleSetCodec.Unreadable("unknown quantity kind \"" + name + "\"");
  }
}
