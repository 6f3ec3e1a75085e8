package dev.leadspec.json;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The one JSONL iteration behind {@link LeadReader} and {@link VerdictReader}: one record per
 * non-blank line, read lazily; an unreadable line becomes a record with its error.
 *
 * @param <R> the record type
 */
abstract class RecordReader<R> implements Iterable<R>, Iterator<R>, Closeable {
  final LeadSpecJson json;
  private final JsonLines lines;
  private final String what;
  private @Nullable R next;
  private boolean done;

  RecordReader(LeadSpecJson json, InputStream in, String what) {
    this.json = json;
    this.lines = new JsonLines(in, json.parser().maxDocumentBytes());
    this.what = what;
  }

  /** The record of a line that was read: {@code length} bytes from {@code offset}, valid during the call only. */
  abstract R record(byte[] bytes, int offset, int length, int lineNumber);

  /** The record of a line that could not be read. */
  abstract R failed(int lineNumber, JsonFormatException error);

  /** The record of a line over the record size, of which the lines hold the first bytes. */
  R failedLong(int lineNumber, JsonFormatException error, JsonLines lines) {
    return failed(lineNumber, error);
  }

  /**
   * This reader, for a for-each loop; it can be iterated once.
   *
   * @return this
   */
  @Override
  public Iterator<R> iterator() {
    return this;
  }

  /**
   * Whether another record follows.
   *
   * @return true if so
   * @throws java.io.UncheckedIOException if reading fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = read();
    }
    return next != null;
  }

  /**
   * The next record.
   *
   * @return the record
   * @throws NoSuchElementException at the end
   */
  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more " + what + " records after line " + lines.lineNumber());
    }
    R record = next;
    next = null;
    return record;
  }

  private @Nullable R read() {
    try {
      if (!lines.advance()) {
        done = true;
        return null;
      }
    } catch (JsonFormatException e) {
      return failedLong(lines.lineNumber(), e, lines);
    }
    try {
      return record(lines.bytes(), lines.offset(), lines.length(), lines.lineNumber());
    } catch (JsonFormatException e) {
      return failed(lines.lineNumber(), e.atRecord(lines.lineNumber(), lines.bytes(), lines.offset(), lines.length()));
    }
  }

  /**
   * Closes the input.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    lines.close();
  }
}
