package dev.advise.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A digest of a rule set: SHA-256 over its compiled form without where each rule was written (file,
 * line) and without the YAML's checksum, so it changes exactly when what the rules say changes, not
 * when a comment moves a line or a rules folder is named another way. The built-in set's digest is
 * made at build time ({@code rules.digest} beside {@code rules.bin}), so a run that names it pays
 * no hashing.
 */
public final class RuleDigest {

  static final String RESOURCE = "/rules.digest";

  private RuleDigest() {}

  /** {@code sha256:} and 64 hex digits. */
  public static String of(RuleSet rules) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try {
      RuleSetCodec.write(withoutOrigins(rules), 0, bytes);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
      StringBuilder sb = new StringBuilder("sha256:");
      for (byte b : hash) {
        sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static RuleSet withoutOrigins(RuleSet rules) {
    Rule.Origin nowhere = new Rule.Origin("", 0, 0);
    return new RuleSet(
        rules.sources(),
        rules.policy(),
        rules.baseline(),
        rules.rules().stream()
            .map(
                r ->
                    new Rule(
                        r.id(),
                        r.title(),
                        r.dimension(),
                        r.when(),
                        r.effects(),
                        r.importance(),
                        r.exclude(),
                        r.caps(),
                        r.conditions(),
                        r.because(),
                        r.sources(),
                        r.dispute(),
                        nowhere))
            .toList());
  }

  /** Written by the build beside the compiled rules. */
  static void writeBeside(RuleSet rules, Path compiled) throws IOException {
    Files.writeString(
        compiled.resolveSibling("rules.digest"), of(rules) + "\n", StandardCharsets.US_ASCII);
  }

  /** The digest of the rule set in use: the built-in one's from the build, any other computed. */
  public static String inUse(RuleSet rules, boolean builtIn) {
    if (builtIn) {
      try (InputStream in = RuleDigest.class.getResourceAsStream(RESOURCE)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
      } catch (IOException e) {
        // computed below
      }
    }
    return of(rules);
  }
}
