package dev.leadspec.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * The non-blank lines of a JSONL stream, each at most the document size limit, read in constant
 * memory; a longer line is skipped to its end and reported as an error at its line number.
 */
final class JsonLines {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;

  private final InputStream in;
  private final long max;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 10];
  private int lineNumber;

  JsonLines(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  int lineNumber() {
    return lineNumber;
  }

  /** The next non-blank line, or null at the end. @throws JsonFormatException for a line over the limit */
  byte @Nullable [] next() {
    try {
      while (true) {
        if (position == limit && !fill()) {
          return null;
        }
        lineNumber++;
        long size = 0;
        int length = 0;
        boolean ended = false;
        while (!ended) {
          if (position == limit && !fill()) {
            break;
          }
          int start = position;
          position = lineEnd(chunk, position, limit);
          int count = position - start;
          if (position < limit) {
            position++;
            ended = true;
          }
          size += count;
          if (size <= max) {
            if (length + count > line.length) {
              line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(chunk, start, line, length, count);
            length += count;
          }
        }
        if (size > max) {
          throw new JsonFormatException("$", lineNumber, 1, "document size limit exceeded: the record is " + size
              + " bytes, more than the maximum allowed (" + max + ")", "document size");
        }
        if (!isBlank(line, length)) {
          return java.util.Arrays.copyOf(line, length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSONL after line " + lineNumber, e);
    }
  }

  /** The index of the first line feed from {@code from}, or {@code limit}: eight bytes at a time. */
  private static int lineEnd(byte[] bytes, int from, int limit) {
    int i = from;
    for (; i + 8 <= limit; i += 8) {
      long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long found = (word - 0x0101_0101_0101_0101L) & ~word & 0x8080_8080_8080_8080L;
      if (found != 0) {
        // the lowest flagged byte is exact: borrows only run upwards
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < limit && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** Reads the next chunk; false at the end of the stream. */
  private boolean fill() throws IOException {
    int read = in.read(chunk, 0, chunk.length);
    while (read == 0) {
      read = in.read(chunk, 0, chunk.length);
    }
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(byte[] line, int length) {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
