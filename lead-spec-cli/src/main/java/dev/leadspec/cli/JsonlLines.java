package dev.leadspec.cli;

import dev.leadspec.model.LeadSpecException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The non-blank lines of a JSONL file of challenges or rulings, as bytes, one record per line ended
 * by a line feed (a carriage return before it is dropped), as every lead-spec reader splits them:
 * a byte that is not UTF-8 is an error of its line, not of the file. A line is bounded as a lead
 * line is (the record size limit, {@link dev.leadspec.json.JsonLimits#maxDocumentBytes()}): a
 * longer line is an error naming the file and the line, found without holding more than the limit.
 */
final class JsonlLines implements Closeable {
  private final InputStream in;
  private final String file;
  private final long max;
  private int line;

  JsonlLines(InputStream in, String file, long max) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.file = file;
    this.max = max;
  }

  /** The line number of the last line returned, from 1. */
  int line() {
    return line;
  }

  /**
   * The next non-blank line's bytes, or null at the end.
   *
   * @throws LeadSpecException for a line over the record size limit, naming the file and the line
   * @throws UncheckedIOException if the file cannot be read
   */
  byte @Nullable [] next() {
    try {
      while (true) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        line++;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean blank = true;
        while (b >= 0 && b != '\n') {
          if (bytes.size() >= max) {
            throw new LeadSpecException(file + " line " + line + ": record size limit exceeded: the line is longer than " + max
                + " bytes");
          }
          bytes.write(b);
          blank &= b == ' ' || b == '\t' || b == '\r';
          b = in.read();
        }
        if (!blank) {
          byte[] text = bytes.toByteArray();
          return text[text.length - 1] == '\r' ? java.util.Arrays.copyOf(text, text.length - 1) : text;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
