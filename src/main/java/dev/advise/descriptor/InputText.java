package dev.advise.descriptor;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads an input's bytes as strict UTF-8, refusing what is too large, not a regular file (a FIFO
 * would block the run) or not text. Descriptors and rule files both come through here.
 */
public final class InputText {

  /** Why an input could not be read, in words, with a line and column where there is one. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Unreadable(String message) {
      this(message, 0, 0);
    }

    Unreadable(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** The problem, located in {@code source}. */
    public Problem problem(String source) {
      return new Problem(source, 0, line, column, "", getMessage());
    }
  }

  private InputText() {}

  public static String read(Path path) throws Unreadable {
    return read(path, Limits.DEFAULT.maxBytes());
  }

  /** The file's text, refused when it holds more than {@code maxBytes}. */
  public static String read(Path path, long maxBytes) throws Unreadable {
    try {
      // One stat, following a link, says both what it is and how big it is; it comes before
      // opening, because opening a FIFO would wait for a writer that may never come.
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new Unreadable("not a regular file");
      }
      return readRegular(path, maxBytes);
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + describe(e));
    }
  }

  /**
   * The text of a file already seen to be a regular file (a folder walk has just looked), read
   * without looking again: at most {@code maxBytes} are read, so the limit holds even if the file
   * grew since.
   */
  public static String readRegular(Path path, long maxBytes) throws Unreadable {
    byte[] bytes;
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
    try (InputStream in = open(path)) {
      // A plain file stream says how much there is; reading one byte more than that finds the
      // end at once, in a buffer of the right size. A file that grew is read on, up to the limit.
      int expected = (int) Math.min(limit, Math.max(0, in.available()) + 1L);
      byte[] first = new byte[expected];
      int n = in.readNBytes(first, 0, expected);
      if (n < expected) {
        bytes = Arrays.copyOf(first, n);
      } else {
        byte[] rest = in.readNBytes(limit - n);
        bytes = Arrays.copyOf(first, n + rest.length);
        System.arraycopy(rest, 0, bytes, n, rest.length);
      }
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + describe(e));
    }
    if (bytes.length > maxBytes) {
      throw new Unreadable(
          "is "
              + size(path, bytes.length)
              + " bytes, more than the "
              + maxBytes
              + " a descriptor may have (see --max-file-size)");
    }
    return decode(bytes);
  }

  /**
   * A file stream, the plain kind where the file is on the default file system (it is cheaper to
   * open).
   */
  private static InputStream open(Path path) throws IOException {
    if (path.getFileSystem() == FileSystems.getDefault()) {
      try {
        return new FileInputStream(path.toFile());
      } catch (FileNotFoundException e) {
        // its message is the platform's; open it again to fail with the precise exception
      }
    }
    return Files.newInputStream(path);
  }

  private static long size(Path path, long atLeast) {
    try {
      return Math.max(atLeast, Files.size(path));
    } catch (IOException e) {
      return atLeast;
    }
  }

  /** Standard input's text, refused when it holds more than {@code maxBytes}. */
  public static String read(InputStream in, long maxBytes) throws Unreadable {
    try {
      byte[] bytes = in.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new Unreadable(
            "standard input holds more than the "
                + maxBytes
                + " bytes a descriptor may have (see --max-file-size)");
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + describe(e));
    }
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** An I/O failure in words for a message, without a stack trace or a class name. */
  public static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file or folder";
      case "FileSystemLoopException" -> "a symbolic link loop";
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }

  /** Strict UTF-8 with the byte offset of the first bad byte; a leading BOM is dropped. */
  public static String decode(byte[] bytes) throws Unreadable {
    if (ascii(bytes)) {
      // Most descriptors are plain ASCII, which is valid UTF-8 as it stands (and has no BOM).
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new Unreadable(
          "is not valid UTF-8 (byte "
              + String.format("0x%02X", bytes[offset] & 0xFF)
              + " at offset "
              + offset
              + ")",
          line,
          offset - lineStart + 1);
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
