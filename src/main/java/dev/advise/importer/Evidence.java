package dev.advise.importer;

import dev.advise.model.Field;
import dev.advise.model.Value;

/**
 * One field of a draft and where it came from: the manifest line, how sure, and why in a few words.
 * {@code overridden} is the inference an annotation replaced, if any, so the draft can say so.
 */
record Evidence(
    Field field, Value value, Sureness sure, int line, String why, Evidence overridden) {

  Evidence(Field field, Value value, Sureness sure, int line, String why) {
    this(field, value, sure, line, why, null);
  }
}
