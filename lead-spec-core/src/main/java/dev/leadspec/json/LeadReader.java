package dev.leadspec.json;

import dev.leadspec.model.Contract;
import java.io.Closeable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Leads from a JSONL stream, one record per non-blank line, read lazily in constant memory. A
 * line that is not a lead (malformed, over a limit, of the wrong format) becomes a record with
 * its error and line number; reading goes on.
 *
 * <pre>{@code
 * try (LeadReader leads = LeadSpecJson.standard().leadReader(in, contract)) {
 *   for (LeadRecord record : leads) System.out.println(record);
 * }
 * }</pre>
 */
public final class LeadReader implements Iterable<LeadRecord>, Iterator<LeadRecord>, Closeable {
  private final LeadSpecJson json;
  private final JsonLines lines;
  private final Contract contract;
  private @Nullable LeadRecord next;
  private boolean done;

  LeadReader(LeadSpecJson json, InputStream in, Contract contract) {
    this.json = json;
    this.lines = new JsonLines(in, json.parser().maxDocumentBytes());
    this.contract = contract;
  }

  /** This reader, for a for-each loop; it can be iterated once. @return this */
  @Override
  public Iterator<LeadRecord> iterator() {
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
  public LeadRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lead records after line " + lines.lineNumber());
    }
    LeadRecord record = next;
    next = null;
    return record;
  }

  private @Nullable LeadRecord read() {
    byte[] line;
    try {
      line = lines.next();
    } catch (JsonFormatException e) {
      return new LeadRecord(lines.lineNumber(), null, e);
    }
    if (line == null) {
      done = true;
      return null;
    }
    try {
      return new LeadRecord(lines.lineNumber(), json.readLead(line, contract), null);
    } catch (JsonFormatException e) {
      return new LeadRecord(lines.lineNumber(), null, e.atLine(lines.lineNumber()));
    }
  }

  /** Closes the input. @throws UncheckedIOException if closing fails */
  @Override
  public void close() {
    lines.close();
  }
}
