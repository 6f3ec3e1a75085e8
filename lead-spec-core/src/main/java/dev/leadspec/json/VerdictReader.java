package dev.leadspec.json;

import java.io.Closeable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Verdicts from a JSONL stream written by {@link VerdictWriter}, one record per non-blank line,
 * read lazily in constant memory. Error records and unreadable lines become records with their
 * error; reading goes on.
 *
 * <pre>{@code
 * try (VerdictReader verdicts = LeadSpecJson.standard().verdictReader(in)) {
 *   for (VerdictRecord record : verdicts) System.out.println(record);
 * }
 * }</pre>
 */
public final class VerdictReader implements Iterable<VerdictRecord>, Iterator<VerdictRecord>, Closeable {
  private final LeadSpecJson json;
  private final JsonLines lines;
  private @Nullable VerdictRecord next;
  private boolean done;

  VerdictReader(LeadSpecJson json, InputStream in) {
    this.json = json;
    this.lines = new JsonLines(in, json.parser().maxDocumentBytes());
  }

  /** This reader, for a for-each loop; it can be iterated once. @return this */
  @Override
  public Iterator<VerdictRecord> iterator() {
    return this;
  }

  /** Whether another record follows. @return true if so @throws UncheckedIOException if reading fails */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = read();
    }
    return next != null;
  }

  /** The next record. @return the record @throws NoSuchElementException at the end */
  @Override
  public VerdictRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more verdict records after line " + lines.lineNumber());
    }
    VerdictRecord record = next;
    next = null;
    return record;
  }

  private @Nullable VerdictRecord read() {
    byte[] line;
    try {
      line = lines.next();
    } catch (JsonFormatException e) {
      return new VerdictRecord(lines.lineNumber(), null, null, e.getMessage());
    }
    if (line == null) {
      done = true;
      return null;
    }
    try {
      return VerdictJson.record(json.parser().parse(line), line, lines.lineNumber());
    } catch (JsonFormatException e) {
      return new VerdictRecord(lines.lineNumber(), null, null, e.atLine(lines.lineNumber()).getMessage());
    }
  }

  /** Closes the input. @throws UncheckedIOException if closing fails */
  @Override
  public void close() {
    lines.close();
  }
}
