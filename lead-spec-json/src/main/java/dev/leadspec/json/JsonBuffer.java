package dev.leadspec.json;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;

/**
 * A growable UTF-8 buffer that JSON is written into by hand, byte for byte as the canonical
 * generator ({@link CanonicalJson#generator}) writes it. A string that needs escaping (a control
 * character, a quote, a backslash or a surrogate) is written by that generator itself, so the
 * escapes are Jackson's; every other string is copied as UTF-8.
 */
final class JsonBuffer {
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private byte[] bytes;
  private int size;
  private final ByteArrayOutputStream escaped = new ByteArrayOutputStream(64);

  JsonBuffer(int capacity) {
    this.bytes = new byte[capacity];
  }

  byte[] bytes() {
    return bytes;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  /** Drops what was appended after {@code mark}, a size this buffer had. */
  void truncate(int mark) {
    size = mark;
  }

  /** Drops a buffer grown past {@code capacity} by one very long line, so memory stays constant. */
  void shrink(int capacity) {
    if (bytes.length > capacity && size <= capacity) {
      bytes = Arrays.copyOf(bytes, capacity);
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  void raw(byte[] part) {
    ensure(part.length);
    System.arraycopy(part, 0, bytes, size, part.length);
    size += part.length;
  }

  void raw(byte[] part, int offset, int length) {
    ensure(length);
    System.arraycopy(part, offset, bytes, size, length);
    size += length;
  }

  void raw(char ascii) {
    ensure(1);
    bytes[size++] = (byte) ascii;
  }

  /** A literal of the writer's own, all ASCII and needing no escapes: names, enum constants. */
  void ascii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
  }

  void bool(boolean value) {
    raw(value ? TRUE : FALSE);
  }

  /** A JSON number, as {@code JsonGenerator.writeNumber(long)} writes it. */
  void number(long value) {
    if (value >= 0 && value <= Integer.MAX_VALUE) {
      // the usual case, in int arithmetic
      int rest = (int) value;
      int digits = 1;
      for (int power = 10; digits < 10 && rest >= power; power *= 10) {
        digits++;
      }
      ensure(digits);
      int end = size + digits;
      for (int i = end - 1; i >= size; i--) {
        bytes[i] = (byte) ('0' + rest % 10);
        rest /= 10;
      }
      size = end;
      return;
    }
    ascii(Long.toString(value));
  }

  /** A JSON string with its quotes, as {@code JsonGenerator.writeString(String)} writes it. */
  void string(String text) {
    int length = text.length();
    ensure(3 * length + 2);
    int start = size;
    byte[] out = bytes;
    int at = start;
    out[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == '"' || c == '\\') {
          escaped(text, start);
          return;
        }
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        escaped(text, start);
        return;
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    out[at++] = '"';
    size = at;
  }

  /** The string as Jackson writes it, over whatever was copied from {@code start}. */
  private void escaped(String text, int start) {
    size = start;
    escaped.reset();
    try (JsonGenerator generator = CanonicalJson.generator(escaped)) {
      generator.writeString(text);
    }
    byte[] json = escaped.toByteArray();
    raw(json);
  }
}
