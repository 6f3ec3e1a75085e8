package dev.leadspec.json;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
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
  private final InputStream in;
  private final Contract contract;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int lineNumber;
  private @Nullable LeadRecord next;
  private boolean done;

  LeadReader(LeadSpecJson json, InputStream in, Contract contract) {
    this.json = json;
    this.in = new BufferedInputStream(in);
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
      throw new NoSuchElementException("no more lead records after line " + lineNumber);
    }
    LeadRecord record = next;
    next = null;
    return record;
  }

  private @Nullable LeadRecord read() {
    try {
      long max = json.parser().maxDocumentBytes();
      while (true) {
        buffer.reset();
        boolean tooLong = false;
        long size = 0;
        int b = in.read();
        if (b < 0) {
          done = true;
          return null;
        }
        lineNumber++;
        while (b >= 0 && b != '\n') {
          size++;
          if (size > max) {
            tooLong = true;
          } else {
            buffer.write(b);
          }
          b = in.read();
        }
        if (tooLong) {
          return new LeadRecord(lineNumber, null, new JsonFormatException("$", lineNumber, 1, "document size limit exceeded: the record is "
              + size + " bytes, more than the maximum allowed (" + max + ")", "document size"));
        }
        byte[] line = buffer.toByteArray();
        if (isBlank(line)) {
          continue;
        }
        try {
          Lead lead = json.readLead(line, contract);
          return new LeadRecord(lineNumber, lead, null);
        } catch (JsonFormatException e) {
          return new LeadRecord(lineNumber, null, e.atLine(lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading leads after line " + lineNumber, e);
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

  /** Closes the input. @throws UncheckedIOException if closing fails */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
