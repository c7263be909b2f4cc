package dev.advise.rules;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Duration;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Substrate;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The embedded rule set, compiled at build time into a small binary so that a run does not
 * parse and validate a dozen YAML files at start-up (that was most of a one-file run's CPU).
 * The file carries a checksum of the YAML it was compiled from; if the two ever disagree the
 * loader reads the YAML instead. Build step: {@code RuleSetCodec RULES_DIR OUTPUT_FILE}.
 */
public final class RuleSetCodec {

  private static final int MAGIC = 0x41445652; // "ADVR"
  private static final int VERSION = 4; // 2: caps; 3: two more policy numbers; 4: sources described

  private RuleSetCodec() {}

  /** Compiles the YAML rule files of a folder into the binary, failing on any problem. */
  public static void main(String[] args) throws Exception { // files named as embeddedFiles() names them
    List<RuleFile> files = Embedded.relabel("rules", RuleLoader.folder(Path.of(args[0])));
    RuleSet rules = RuleLoader.load(List.of(files));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    try (OutputStream file = Files.newOutputStream(out)) {
      write(rules, checksum(files), file);
    }
    RuleDigest.writeBeside(rules, out);
  }

  /** A checksum over the files' names and texts, in order. */
  static long checksum(List<RuleFile> files) {
    CRC32 crc = new CRC32();
    for (RuleFile f : files) {
      crc.update(f.name().getBytes(StandardCharsets.UTF_8));
      crc.update(0);
      crc.update(f.text().getBytes(StandardCharsets.UTF_8));
      crc.update(0);
    }
    return crc.getValue();
  }

  static void write(RuleSet rules, long checksum, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(checksum);
    out.writeInt(rules.sources().size());
    for (SourceDoc s : rules.sources().values().stream().sorted(Comparator.comparing(SourceDoc::key)).toList()) {
      out.writeUTF(s.key());
      strings(out, s.fields());
    }
    Policy p = rules.policy();
    for (int v : new int[] {p.viableWithin(), p.highMargin(), p.mediumMargin(), p.decisiveUnknowns(),
        p.defaultImportance(), p.maxImportance(), p.disputedMargin(), p.cappedWinnerLowers()}) {
      out.writeInt(v);
    }
    for (Dimension d : Dimension.values()) {
      Baseline.Entry e = rules.baseline().entry(d);
      for (Substrate s : Substrate.values()) {
        out.writeInt(e.capability().get(s));
      }
      out.writeUTF(e.because());
      strings(out, e.sources());
    }
    out.writeInt(rules.rules().size());
    for (Rule r : rules.rules()) {
      out.writeUTF(r.id());
      out.writeUTF(r.title());
      out.writeByte(r.dimension().ordinal());
      condition(out, r.when());
      for (Substrate s : Substrate.values()) {
        out.writeBoolean(r.effects().containsKey(s));
        out.writeInt(r.effectOn(s));
        out.writeBoolean(r.exclude().contains(s));
        out.writeByte(r.caps().containsKey(s) ? r.capOn(s) : -1);
        out.writeUTF(r.conditions().getOrDefault(s, ""));
      }
      out.writeInt(r.importance());
      out.writeUTF(r.because());
      strings(out, r.sources());
      out.writeBoolean(r.dispute().isPresent());
      if (r.dispute().isPresent()) {
        out.writeUTF(r.dispute().get().claim());
        strings(out, r.dispute().get().sources());
      }
      out.writeUTF(r.origin().file());
      out.writeInt(r.origin().line());
      out.writeInt(r.origin().column());
    }
    out.flush();
  }

  /** Reads the binary, or empty when it was compiled from other YAML than {@code checksum}'s. */
  static Optional<RuleSet> read(DataInputStream in, long checksum) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != checksum) {
      return Optional.empty();
    }
    return Optional.of(body(in));
  }

  /** Reads the binary without comparing its checksum (the jar guarantees it matches). */
  static Optional<RuleSet> readTrusted(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      return Optional.empty();
    }
    in.readLong();
    return Optional.of(body(in));
  }

  private static RuleSet body(DataInputStream in) throws IOException {
    Map<String, SourceDoc> sources = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String key = in.readUTF();
      sources.put(key, SourceDoc.of(key, strings(in)));
    }
    Policy policy = new Policy(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
        in.readInt(), in.readInt());
    Map<Dimension, Baseline.Entry> baseline = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      Map<Substrate, Integer> capability = new EnumMap<>(Substrate.class);
      for (Substrate s : Substrate.values()) {
        capability.put(s, in.readInt());
      }
      baseline.put(d, new Baseline.Entry(capability, in.readUTF(), strings(in)));
    }
    List<Rule> rules = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String id = in.readUTF();
      String title = in.readUTF();
      Dimension dimension = Dimension.values()[in.readByte()];
      Condition when = condition(in);
      Map<Substrate, Integer> effects = new EnumMap<>(Substrate.class);
      Set<Substrate> exclude = EnumSet.noneOf(Substrate.class);
      Map<Substrate, Integer> caps = new EnumMap<>(Substrate.class);
      Map<Substrate, String> conditions = new EnumMap<>(Substrate.class);
      for (Substrate s : Substrate.values()) {
        boolean has = in.readBoolean();
        int effect = in.readInt();
        if (has) {
          effects.put(s, effect);
        }
        if (in.readBoolean()) {
          exclude.add(s);
        }
        int cap = in.readByte();
        if (cap >= 0) {
          caps.put(s, cap);
        }
        String condition = in.readUTF();
        if (!condition.isEmpty()) {
          conditions.put(s, condition);
        }
      }
      int importance = in.readInt();
      String because = in.readUTF();
      List<String> cited = strings(in);
      Optional<Dispute> dispute = in.readBoolean() ? Optional.of(new Dispute(in.readUTF(), strings(in))) : Optional.empty();
      Rule.Origin origin = new Rule.Origin(in.readUTF(), in.readInt(), in.readInt());
      rules.add(new Rule(id, title, dimension, when, effects, importance, exclude, caps, conditions, because, cited,
          dispute, origin));
    }
    return new RuleSet(sources, policy, new Baseline(baseline), rules);
  }

  private static void condition(DataOutputStream out, Condition c) throws IOException {
    if (c instanceof Condition.All all) {
      out.writeByte(0);
      out.writeInt(all.of().size());
      for (Condition part : all.of()) {
        condition(out, part);
      }
    } else if (c instanceof Condition.Any any) {
      out.writeByte(1);
      out.writeInt(any.of().size());
      for (Condition part : any.of()) {
        condition(out, part);
      }
    } else if (c instanceof Condition.Not not) {
      out.writeByte(2);
      condition(out, not.of());
    } else {
      Condition.Compare compare = (Condition.Compare) c;
      out.writeByte(3);
      out.writeInt(compare.field().index());
      out.writeByte(compare.op().ordinal());
      out.writeInt(compare.operands().size());
      for (Value v : compare.operands()) {
        value(out, v);
      }
    }
  }

  private static Condition condition(DataInputStream in) throws IOException {
    int tag = in.readByte();
    if (tag == 0 || tag == 1) {
      List<Condition> parts = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        parts.add(condition(in));
      }
      return tag == 0 ? new Condition.All(parts) : new Condition.Any(parts);
    }
    if (tag == 2) {
      return new Condition.Not(condition(in));
    }
    Field field = Fields.all().get(in.readInt());
    Op op = Op.values()[in.readByte()];
    List<Value> operands = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      operands.add(value(in));
    }
    return new Condition.Compare(field, op, operands);
  }

  private static void value(DataOutputStream out, Value v) throws IOException {
    if (v instanceof Duration d) {
      out.writeByte(0);
      out.writeLong(d.nanos());
    } else if (v instanceof Quantity q) {
      out.writeByte(1);
      out.writeLong(q.base());
      out.writeByte(q.kind().ordinal());
    } else if (v instanceof Percent p) {
      out.writeByte(2);
      out.writeUTF(p.value().toPlainString());
    } else if (v instanceof Count n) {
      out.writeByte(3);
      out.writeLong(n.value());
    } else if (v instanceof Choice c) {
      out.writeByte(4);
      out.writeUTF(c.value());
    } else if (v instanceof Flag f) {
      out.writeByte(5);
      out.writeBoolean(f.value());
    } else if (v instanceof Text t) {
      out.writeByte(6);
      out.writeUTF(t.value());
    } else {
      out.writeByte(7);
      strings(out, ((Items) v).values());
    }
  }

  private static Value value(DataInputStream in) throws IOException {
    return switch (in.readByte()) {
      case 0 -> new Duration(in.readLong());
      case 1 -> new Quantity(in.readLong(), Quantity.Kind.values()[in.readByte()]);
      case 2 -> new Percent(new BigDecimal(in.readUTF()));
      case 3 -> new Count(in.readLong());
      case 4 -> new Choice(in.readUTF());
      case 5 -> new Flag(in.readBoolean());
      case 6 -> new Text(in.readUTF());
      default -> new Items(strings(in));
    };
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String s : values) {
      out.writeUTF(s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      out.add(in.readUTF());
    }
    return out;
  }
}
