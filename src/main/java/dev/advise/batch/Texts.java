package dev.advise.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Reads an input's bytes as strict UTF-8, refusing what is too large or not text. */
public final class Texts {

  /** Largest descriptor file read; real ones are a few kilobytes. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  /** Why an input could not be read, in words for the error message. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private Texts() {}

  public static String read(Path path) throws Unreadable {
    try {
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
        throw new Unreadable("not a regular file");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new Unreadable("is " + size + " bytes, more than the " + MAX_BYTES + " a descriptor may have");
      }
      return decode(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + describe(e));
    }
  }

  public static String read(InputStream in) throws Unreadable {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new Unreadable("standard input holds more than the " + MAX_BYTES + " bytes a descriptor may have");
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + describe(e));
    }
  }

  /** An I/O failure in words for a message, without a stack trace or a class name. */
  static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file or folder";
      case "FileSystemLoopException" -> "a symbolic link loop";
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }

  /** Strict UTF-8 with the byte offset of the first bad byte; a leading BOM is dropped. */
  static String decode(byte[] bytes) throws Unreadable {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new Unreadable("is not valid UTF-8 (bad byte at offset " + in.position() + ")");
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
