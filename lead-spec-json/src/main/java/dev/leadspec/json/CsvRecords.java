package dev.leadspec.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strict, bounded CSV reader over UTF-8 bytes (RFC 4180: cells separated by one character,
 * records by LF or CRLF, a cell in double quotes may hold separators, line breaks and doubled
 * quotes). A UTF-8 byte order mark before the header is dropped. A record that cannot be read (a
 * stray quote, a cell or record over its limit, bytes that are not UTF-8) becomes one error row
 * with its line, and reading goes on at the next line: at the line after the record's first when
 * an open quote ran on over several lines, else at the line after the error. Lines with nothing on
 * them are not records. Memory is bounded by {@link CsvLimits#maxRecordBytes()}.
 */
final class CsvRecords {
  private static final int CHUNK = 1 << 16;

  /**
   * One record: its first line and its cells, or what was wrong with it and the cells read before
   * the error (whole cells of this record, in order: the id cell among them names the lead).
   */
  static final class Row {
    final long line;
    final @Nullable List<String> cells;
    final @Nullable String error;
    final List<String> before;

    Row(long line, @Nullable List<String> cells, @Nullable String error) {
      this(line, cells, error, List.of());
    }

    Row(long line, @Nullable List<String> cells, @Nullable String error, List<String> before) {
      this.line = line;
      this.cells = cells;
      this.error = error;
      this.before = before;
    }
  }

  /** A record that cannot be read, the cells read before the error, and where reading goes on. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial")
    List<String> before = List.of();

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private final InputStream in;
  private final byte separator;
  private final CsvLimits limits;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf = new byte[CHUNK];
  private byte[] scratch = new byte[256];
  /** The current record's first byte, the next byte to read, the end of the bytes read. */
  private int start;
  private int pos;
  private int end;
  private boolean eof;
  /** The line of the byte at {@link #start}, from 1. */
  private long line = 1;
  private int columns = 8;
  private @Nullable Row next;

  CsvRecords(InputStream in, char separator, CsvLimits limits) {
    if (separator > 0x7f || separator == '"' || separator == '\n' || separator == '\r') {
      throw new IllegalArgumentException("the separator must be one ASCII character other than a quote or line break, not '"
          + separator + "'");
    }
    this.in = in;
    this.separator = (byte) separator;
    this.limits = limits;
    if (fill(3) && end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      start = pos = 3;
    }
  }

  boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  Row next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException();
    }
    Row row = next;
    next = null;
    return row;
  }

  /** Reads until at least {@code count} bytes after {@link #pos} are there, or the end; false at the end with none. */
  private boolean fill(int count) {
    while (end - pos < count && !eof) {
      if (start > 0 && (end == buf.length || buf.length - end < CHUNK / 4)) {
        System.arraycopy(buf, start, buf, 0, end - start);
        pos -= start;
        end -= start;
        start = 0;
      }
      if (end == buf.length) {
        buf = Arrays.copyOf(buf, Math.min(Math.max(buf.length * 2, CHUNK), limits.maxRecordBytes() + CHUNK));
      }
      try {
        int read = in.read(buf, end, buf.length - end);
        if (read < 0) {
          eof = true;
        } else {
          end += read;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return end > pos;
  }

  private @Nullable Row read() {
    while (true) {
      if (!fill(1)) {
        return null;
      }
      // lines with nothing on them are not records
      if (buf[pos] == '\n' || buf[pos] == '\r' && fill(2) && pos + 1 < end && buf[pos + 1] == '\n') {
        pos += buf[pos] == '\n' ? 1 : 2;
        start = pos;
        line++;
        continue;
      }
      long first = line;
      try {
        List<String> cells = record();
        return new Row(first, cells, null);
      } catch (Malformed e) {
        resync(first);
        return new Row(first, null, e.getMessage(), e.before);
      }
    }
  }

  /** After a malformed record: on at the line after its first, or after the line of the error. */
  private void resync(long first) {
    for (int i = start; i < pos && i < end; i++) {
      if (buf[i] == '\n') {
        start = pos = i + 1;
        line = first + 1;
        return;
      }
    }
    // the error is on the record's first line: pass over the rest of it without keeping it
    while (true) {
      while (pos < end) {
        if (buf[pos++] == '\n') {
          start = pos;
          line = first + 1;
          return;
        }
      }
      start = pos;
      if (!fill(1)) {
        line = first + 1;
        return;
      }
    }
  }

  /** One record's cells, from {@link #start}; passes its line break. */
  private List<String> record() throws Malformed {
    List<String> cells = new ArrayList<>(columns);
    try {
      return record(cells);
    } catch (Malformed e) {
      e.before = cells;
      throw e;
    }
  }

  private List<String> record(List<String> cells) throws Malformed {
    while (true) {
      if (cells.size() >= limits.maxColumns()) {
        throw new Malformed("more than " + limits.maxColumns() + " columns (the limit)");
      }
      int b = peek();
      String cell = b == '"' ? quoted(cells.size()) : plain(cells.size());
      cells.add(cell);
      b = peek();
      if (b == separator) {
        pos++;
        continue;
      }
      if (b == '\r' && peekAt(1) == '\n') {
        pos++;
        b = '\n';
      }
      if (b == '\n') {
        pos++;
      } else if (b >= 0) {
        throw new Malformed("column " + (cells.size() + 1) + ": unexpected " + describe(b) + " after a quoted cell");
      }
      countLines();
      start = pos;
      columns = Math.max(columns, cells.size());
      return cells;
    }
  }

  /** Counts the line breaks of the record just read, so that {@link #line} is the next record's line. */
  private void countLines() {
    for (int i = start; i < pos; i++) {
      if (buf[i] == '\n') {
        line++;
      }
    }
    start = pos;
  }

  /** The byte at {@link #pos}, or -1 at the end; bounds the record. */
  private int peek() throws Malformed {
    return peekAt(0);
  }

  private int peekAt(int offset) throws Malformed {
    if (pos + offset - start >= limits.maxRecordBytes()) {
      throw new Malformed("the record is longer than " + limits.maxRecordBytes() + " bytes (the limit)");
    }
    if (pos + offset >= end && !fill(offset + 1)) {
      return -1;
    }
    return pos + offset < end ? buf[pos + offset] & 0xff : -1;
  }

  private String plain(int column) throws Malformed {
    // the cell's first byte, from the record's: reading on may move the record in the buffer
    int offset = pos - start;
    int high = 0;
    while (true) {
      if (pos >= end && !fill(1)) {
        break;
      }
      byte b = buf[pos];
      if (b == separator || b == '\n' || b == '\r' && peekAt(1) == '\n') {
        break;
      }
      high |= b;
      pos++;
      if (pos - start - offset > limits.maxCellBytes()) {
        throw new Malformed("column " + (column + 1) + ": the cell is longer than " + limits.maxCellBytes() + " bytes (the limit)");
      }
      if (pos - start >= limits.maxRecordBytes()) {
        throw new Malformed("the record is longer than " + limits.maxRecordBytes() + " bytes (the limit)");
      }
    }
    return text(buf, start + offset, pos - start - offset, high, column);
  }

  private String quoted(int column) throws Malformed {
    pos++;
    int length = 0;
    int high = 0;
    while (true) {
      int b = peek();
      if (b < 0) {
        throw new Malformed("column " + (column + 1) + ": the quoted cell is not closed before the end of the file");
      }
      pos++;
      if (b == '"') {
        if (peek() != '"') {
          break;
        }
        pos++;
      }
      if (length == scratch.length) {
        scratch = Arrays.copyOf(scratch, length * 2);
      }
      scratch[length++] = (byte) b;
      high |= b & 0x80;
      if (length > limits.maxCellBytes()) {
        throw new Malformed("column " + (column + 1) + ": the cell is longer than " + limits.maxCellBytes() + " bytes (the limit)");
      }
    }
    int after = peek();
    if (after >= 0 && after != separator && after != '\n' && !(after == '\r' && peekAt(1) == '\n')) {
      throw new Malformed("column " + (column + 1) + ": a quote inside a quoted cell is not doubled (\"\") before "
          + describe(after));
    }
    return text(scratch, 0, length, (byte) high, column);
  }

  private String text(byte[] bytes, int from, int length, int high, int column) throws Malformed {
    if ((high & 0x80) == 0) {
      return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, from, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new Malformed("column " + (column + 1) + ": the cell is not UTF-8 text");
    }
  }

  private static String describe(int b) {
    return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format(java.util.Locale.ROOT, "byte 0x%02X", b);
  }
}
