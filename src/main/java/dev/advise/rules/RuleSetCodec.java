package dev.advise.rules;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * The embedded rule set, compiled at build time into a small binary so that a run does not parse
 * and validate a dozen YAML files at start-up (that was most of a one-file run's CPU). The file
 * carries a checksum of the codec's schema ({@link CodecSchema}: records, enums, tags, fields,
 * format number) and of the YAML it was compiled from; if either differs from what the reader has,
 * the loader reads the YAML instead. Enums and fields are written by id and every kind of condition
 * and value by an explicit tag ({@link ConditionCodec}); an id or tag the reader does not know is
 * {@link Unreadable}, never a default. Build step: {@code RuleSetCodec RULES_DIR OUTPUT_FILE}.
 */
public final class RuleSetCodec {

  private static final int MAGIC = 0x41445652; // "ADVR"

  /**
   * The layout below; a change of shape the number forgets is still caught by the schema checksum.
   */
  static final int FORMAT = 5; // 2: caps; 3: policy numbers; 4: sources described; 5: tags and ids

  /** A compiled rule set this reader cannot decode: damaged, or written in another shape. */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private RuleSetCodec() {}

  /** Compiles the YAML rule files of a folder into the binary, failing on any problem. */
  public static void main(String[] args)
      throws Exception { // files named as embeddedFiles() names them
    List<RuleFile> files = Embedded.relabel("rules", RuleLoader.folder(Path.of(args[0])));
    RuleSet rules = RuleLoader.load(List.of(files));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    try (OutputStream file = Files.newOutputStream(out)) {
      write(rules, checksum(files), file);
    }
    RuleDigest.writeBeside(rules, out);
  }

  /** A checksum over the codec's schema, then the files' names and texts, in order. */
  static long checksum(List<RuleFile> files) {
    return checksum(CodecSchema.describe(), files);
  }

  static long checksum(String schema, List<RuleFile> files) {
    CRC32 crc = new CRC32();
    crc.update(schema.getBytes(StandardCharsets.UTF_8));
    crc.update(0);
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
    out.writeInt(FORMAT);
    out.writeLong(checksum);
    out.writeInt(rules.sources().size());
    for (SourceDoc s :
        rules.sources().values().stream().sorted(Comparator.comparing(SourceDoc::key)).toList()) {
      out.writeUTF(s.key());
      strings(out, s.fields());
    }
    int[] policy = rules.policy().numbers();
    out.writeInt(policy.length);
    for (int i = 0; i < policy.length; i++) {
      out.writeUTF(Policy.KEYS.get(i));
      out.writeInt(policy[i]);
    }
    out.writeInt(Dimension.all().size());
    for (Dimension d : Dimension.all()) {
      Baseline.Entry e = rules.baseline().entry(d);
      out.writeUTF(d.id());
      numbers(out, e.capability());
      out.writeUTF(e.because());
      strings(out, e.sources());
    }
    out.writeInt(rules.rules().size());
    for (Rule r : rules.rules()) {
      out.writeUTF(r.id());
      out.writeUTF(r.title());
      out.writeUTF(r.dimension().id());
      ConditionCodec.write(out, r.when());
      numbers(out, r.effects());
      out.writeInt(r.exclude().size());
      for (Substrate s : r.exclude()) {
        out.writeUTF(s.id());
      }
      numbers(out, r.caps());
      out.writeInt(r.conditions().size());
      for (Map.Entry<Substrate, String> e : r.conditions().entrySet()) {
        out.writeUTF(e.getKey().id());
        out.writeUTF(e.getValue());
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

  /**
   * Reads the binary, or empty when it was compiled from other YAML or by a codec of another shape
   * than {@code checksum}'s.
   */
  static Optional<RuleSet> read(DataInputStream in, long checksum) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != checksum) {
      return Optional.empty();
    }
    return Optional.of(body(in));
  }

  /**
   * Reads the binary without comparing its checksum: in the jar, the classes and the compiled rules
   * come from one build, and working out the schema's checksum takes reflection that every start-up
   * would pay. A damaged file still fails on its tags and ids.
   */
  static Optional<RuleSet> readTrusted(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      return Optional.empty();
    }
    in.readLong();
    return Optional.of(body(in));
  }

  private static RuleSet body(DataInputStream in) throws IOException {
    Map<String, SourceDoc> sources = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String key = in.readUTF();
      List<String> fields = strings(in);
      if (fields.size() != SOURCE_FIELDS) {
        throw new Unreadable(
            "source \"" + key + "\" has " + fields.size() + " fields, not " + SOURCE_FIELDS);
      }
      sources.put(key, SourceDoc.of(key, fields));
    }
    Policy policy = policy(in);
    Map<Dimension, Baseline.Entry> baseline = new EnumMap<>(Dimension.class);
    for (int i = in.readInt(); i > 0; i--) {
      Dimension d = dimension(in.readUTF());
      baseline.put(d, new Baseline.Entry(numbers(in), in.readUTF(), strings(in)));
    }
    List<Rule> rules = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String id = in.readUTF();
      String title = in.readUTF();
      Dimension dimension = dimension(in.readUTF());
      Condition when = ConditionCodec.read(in);
      Map<Substrate, Integer> effects = numbers(in);
      Set<Substrate> exclude = EnumSet.noneOf(Substrate.class);
      for (int n = in.readInt(); n > 0; n--) {
        exclude.add(substrate(in.readUTF()));
      }
      Map<Substrate, Integer> caps = numbers(in);
      Map<Substrate, String> conditions = new EnumMap<>(Substrate.class);
      for (int n = in.readInt(); n > 0; n--) {
        conditions.put(substrate(in.readUTF()), in.readUTF());
      }
      int importance = in.readInt();
      String because = in.readUTF();
      List<String> cited = strings(in);
      Optional<Dispute> dispute =
          in.readBoolean() ? Optional.of(new Dispute(in.readUTF(), strings(in))) : Optional.empty();
      Rule.Origin origin = new Rule.Origin(in.readUTF(), in.readInt(), in.readInt());
      rules.add(
          new Rule(
              id,
              title,
              dimension,
              when,
              effects,
              importance,
              exclude,
              caps,
              conditions,
              because,
              cited,
              dispute,
              origin));
    }
    return new RuleSet(sources, policy, new Baseline(baseline), rules);
  }

  private static final int SOURCE_FIELDS = new SourceDoc("", "").fields().size();

  /** The policy's numbers by name: each one the reader knows, and no other. */
  private static Policy policy(DataInputStream in) throws IOException {
    int[] numbers = new int[Policy.KEYS.size()];
    boolean[] seen = new boolean[numbers.length];
    for (int n = in.readInt(); n > 0; n--) {
      String key = in.readUTF();
      int at = Policy.KEYS.indexOf(key);
      if (at < 0) {
        throw new Unreadable("unknown policy number \"" + key + "\"");
      }
      numbers[at] = in.readInt();
      seen[at] = true;
    }
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        throw new Unreadable("the policy number \"" + Policy.KEYS.get(i) + "\" is missing");
      }
    }
    return Policy.of(numbers);
  }

  /** Numbers per substrate (capabilities, effects, caps), each keyed by the substrate's id. */
  private static void numbers(DataOutputStream out, Map<Substrate, Integer> values)
      throws IOException {
    out.writeInt(values.size());
    for (Map.Entry<Substrate, Integer> e : values.entrySet()) {
      out.writeUTF(e.getKey().id());
      out.writeInt(e.getValue());
    }
  }

  private static Map<Substrate, Integer> numbers(DataInputStream in) throws IOException {
    Map<Substrate, Integer> out = new EnumMap<>(Substrate.class);
    for (int n = in.readInt(); n > 0; n--) {
      out.put(substrate(in.readUTF()), in.readInt());
    }
    return out;
  }

  private static Substrate substrate(String id) throws Unreadable {
    for (Substrate s : Substrate.all()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new Unreadable("unknown substrate \"" + id + "\"");
  }

  private static Dimension dimension(String id) throws Unreadable {
    for (Dimension d : Dimension.all()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    throw new Unreadable("unknown dimension \"" + id + "\"");
  }

  static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String s : values) {
      out.writeUTF(s);
    }
  }

  static List<String> strings(DataInputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      out.add(in.readUTF());
    }
    return out;
  }
}
