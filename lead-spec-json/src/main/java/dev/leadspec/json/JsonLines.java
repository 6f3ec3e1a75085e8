package dev.leadspec.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
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
  /** Where a line that spans chunks is gathered. */
  private byte[] line = new byte[1 << 10];
  private int lineNumber;
  private byte[] bytes = line;
  private int offset;
  private int length;
  /** For the last line over the limit: its first bytes, and how often {@code "id":} occurs on all of it. */
  private byte[] longPrefix = new byte[0];
  private int longIdNames;

  JsonLines(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  int lineNumber() {
    return lineNumber;
  }

  /**
   * The next non-blank line, as a copy, or null at the end.
   *
   * @throws JsonFormatException for a line over the limit
   */
  byte @Nullable [] next() {
    return advance() ? Arrays.copyOfRange(bytes, offset, offset + length) : null;
  }

  /** The current line's bytes: from {@link #offset()}, {@link #length()} of them; valid until the next advance. */
  byte[] bytes() {
    return bytes;
  }

  int offset() {
    return offset;
  }

  int length() {
    return length;
  }

  /**
   * Moves to the next non-blank line, seen in place in the chunk read when it lies within one,
   * else gathered; false at the end.
   *
   * @return whether there is a line
   * @throws JsonFormatException for a line over the limit
   */
  boolean advance() {
    try {
      while (true) {
        if (position == limit && !fill()) {
          return false;
        }
        lineNumber++;
        int start = position;
        int found = lineEnd(chunk, position, limit);
        if (found < limit) {
          // the whole line is in the chunk: no copy
          position = found + 1;
          if (found - start <= max && !isBlank(chunk, start, found - start)) {
            bytes = chunk;
            offset = start;
            length = found - start;
            return true;
          }
          if (found - start <= max) {
            continue;
          }
          LeadIds.Names names = new LeadIds.Names();
          names.feed(chunk, start, found);
          longPrefix = Arrays.copyOfRange(chunk, start, (int) (start + max));
          longIdNames = names.count;
          throw tooLong(found - start);
        }
        long size = 0;
        int gathered = 0;
        boolean ended = false;
        LeadIds.Names names = null;
        position = start;
        while (!ended) {
          if (position == limit && !fill()) {
            break;
          }
          int from = position;
          position = lineEnd(chunk, position, limit);
          int count = position - from;
          if (position < limit) {
            position++;
            ended = true;
          }
          size += count;
          // what fits the limit is kept; past it, the rest is passed over, only counted for the id's sake
          int keep = (int) Math.min(count, max - gathered);
          if (gathered + keep > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, gathered + keep));
          }
          System.arraycopy(chunk, from, line, gathered, keep);
          gathered += keep;
          if (keep < count) {
            if (names == null) {
              names = new LeadIds.Names();
              names.feed(line, 0, gathered);
            }
            names.feed(chunk, from + keep, from + count);
          }
        }
        if (size > max) {
          longPrefix = Arrays.copyOf(line, gathered);
          longIdNames = java.util.Objects.requireNonNull(names).count;
          throw tooLong(size);
        }
        if (!isBlank(line, 0, gathered)) {
          bytes = line;
          offset = 0;
          length = gathered;
          return true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSONL after line " + lineNumber, e);
    }
  }

  /** The first bytes of the last line over the limit (at most the limit), valid until the next such line. */
  byte[] longPrefix() {
    return longPrefix;
  }

  /** How many times {@code "id"} and a colon occur on the last line over the limit, all of it. */
  int longIdNames() {
    return longIdNames;
  }

  private JsonFormatException tooLong(long size) {
    return new JsonFormatException("$", lineNumber, 1, "document size limit exceeded: the record is " + size
        + " bytes, more than the maximum allowed (" + max + ")", "document size");
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

  private static boolean isBlank(byte[] line, int from, int length) {
    for (int i = from; i < from + length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
