package dev.advise.report;

/**
 * One JSON document written to a sink as it is built: an encoder over a buffer of the bytes encoded
 * since they were last put out. The JSON and SARIF formats write their envelope through one of
 * these, put its bytes out before a file's own, and end it the same way.
 */
final class StreamedJson {

  private final Sink out;

  /** The document's bytes since they were last put out. */
  private final Utf8 pending;

  private final JsonText json;

  StreamedJson(Sink out, int capacity) {
    this.out = out;
    this.pending = new Utf8(capacity);
    this.json = new JsonText(pending, true, 0);
  }

  /** The encoder, placed where the document has got to. */
  JsonText json() {
    return json;
  }

  /** Puts out what was encoded since the last call, so that bytes written next follow it. */
  void putOut() {
    pending.writeTo(out);
    pending.clear();
  }

  /** Ends the document with a newline, puts it out and flushes the sink. */
  void end() {
    pending.append('\n');
    putOut();
    out.flush();
  }
}
