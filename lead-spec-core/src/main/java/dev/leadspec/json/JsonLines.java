package dev.leadspec.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The non-blank lines of a JSONL stream, each at most the document size limit, read in constant
 * memory; a longer line is skipped to its end and reported as an error at its line number.
 */
final class JsonLines {
  private final InputStream in;
  private final long max;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int lineNumber;

  JsonLines(InputStream in, long max) {
    this.in = new BufferedInputStream(in);
    this.max = max;
  }

  int lineNumber() {
    return lineNumber;
  }

  /** The next non-blank line, or null at the end. @throws JsonFormatException for a line over the limit */
  byte @Nullable [] next() {
    try {
      while (true) {
        buffer.reset();
        long size = 0;
        int b = in.read();
        if (b < 0) {
          return null;
        }
        lineNumber++;
        while (b >= 0 && b != '\n') {
          size++;
          if (size <= max) {
            buffer.write(b);
          }
          b = in.read();
        }
        if (size > max) {
          throw new JsonFormatException("$", lineNumber, 1, "document size limit exceeded: the record is " + size
              + " bytes, more than the maximum allowed (" + max + ")", "document size");
        }
        byte[] line = buffer.toByteArray();
        if (!isBlank(line)) {
          return line;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSONL after line " + lineNumber, e);
    }
  }

  void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
