package dev.leadspec.cli;

import dev.leadspec.json.CsvLimits;
import dev.leadspec.json.LeadSource;
import dev.leadspec.model.ColumnMapping;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.LeadMapping;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads leads from CSV, one record at a time, in bounded memory. A header row names the columns;
 * a {@link LeadMapping} says which column feeds which field and how its cells are cleaned up (each
 * column feeds the field of its name unless stated), and is checked against the contract and the
 * header before the first lead: a mapping that does not fit throws a
 * {@link dev.leadspec.model.MappingException} naming every problem. Cells are typed by
 * {@link dev.leadspec.model.FieldKind#parse}. A record that cannot be read (a stray quote, a cell
 * over its limit, bytes that are not UTF-8, a cell of the wrong kind) becomes an error record with
 * its line number and lead id, and reading goes on at the next record: no record is dropped.
 * Immutable; every option returns a new reader. The options make a {@link LeadMapping}
 * ({@link #leadMapping()}); the file is read by lead-spec-json's {@link LeadSource}, the reader the
 * Flink job reads CSV with too.
 *
 * <pre>{@code
 * CsvLeads csv = CsvLeads.of(contract).separator(';').map("y", "subscribed").unknown("unknown")
 *     .deliveredAt(Instant.parse("2010-11-30T00:00:00Z"));
 * for (LeadSource.Record record : csv.read(inputStream)) { ... }
 * }</pre>
 */
public final class CsvLeads {
  private final Contract contract;
  private final LeadMapping base;
  private final Optional<Character> separator;
  private final Map<String, String> mapping;
  private final List<String> unknown;
  private final List<String> allowUnmapped;
  private final Optional<String> idColumn;
  private final Optional<String> deliveredAtColumn;
  private final Optional<Instant> deliveredAt;
  private final CsvLimits limits;

  private CsvLeads(Contract contract, LeadMapping base, Optional<Character> separator, Map<String, String> mapping,
      List<String> unknown, List<String> allowUnmapped, Optional<String> idColumn, Optional<String> deliveredAtColumn,
      Optional<Instant> deliveredAt, CsvLimits limits) {
    this.contract = contract;
    this.base = base;
    this.separator = separator;
    // in the order given: the mapping's columns, its problems and its document follow it
    this.mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    this.unknown = List.copyOf(unknown);
    this.allowUnmapped = List.copyOf(allowUnmapped);
    this.idColumn = idColumn;
    this.deliveredAtColumn = deliveredAtColumn;
    this.deliveredAt = deliveredAt;
    this.limits = limits;
  }

  /**
   * A reader for leads of a contract: comma-separated, columns {@code id} (when present) and
   * {@code delivered_at}, each other column feeding the field of its name, empty cells unknown.
   *
   * @param contract the contract whose fields give the columns their kinds
   * @return the reader
   */
  public static CsvLeads of(Contract contract) {
    return new CsvLeads(Objects.requireNonNull(contract, "contract"), LeadMapping.identity(), Optional.empty(), Map.of(),
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), CsvLimits.defaults());
  }

  /**
   * Reads by a whole mapping (such as one read from a mapping document); the other options add to
   * it or override it.
   *
   * @param mapping the mapping
   * @return a new reader
   */
  public CsvLeads mapping(LeadMapping mapping) {
    return new CsvLeads(contract, Objects.requireNonNull(mapping, "mapping"), separator, this.mapping, unknown, allowUnmapped,
        idColumn, deliveredAtColumn, deliveredAt, limits);
  }

  /**
   * The column separator.
   *
   * @param separator {@code ,} unless stated; {@code ;} for the UCI files
   * @return a new reader
   */
  public CsvLeads separator(char separator) {
    return new CsvLeads(contract, base, Optional.of(separator), mapping, unknown, allowUnmapped, idColumn, deliveredAtColumn,
        deliveredAt, limits);
  }

  /**
   * Maps a column to a field of another name.
   *
   * @param column the column's header
   * @param field the contract's field
   * @return a new reader
   */
  public CsvLeads map(String column, String field) {
    Map<String, String> next = new LinkedHashMap<>(mapping);
    next.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(field, "field"));
    return new CsvLeads(contract, base, separator, next, unknown, allowUnmapped, idColumn, deliveredAtColumn, deliveredAt,
        limits);
  }

  /**
   * Adds a cell value that means "unknown" in every column (the empty cell always does).
   *
   * @param token such as {@code unknown} or {@code N/A}
   * @return a new reader
   */
  public CsvLeads unknown(String token) {
    List<String> next = new ArrayList<>(unknown);
    next.add(Objects.requireNonNull(token, "token"));
    return new CsvLeads(contract, base, separator, mapping, next, allowUnmapped, idColumn, deliveredAtColumn, deliveredAt,
        limits);
  }

  /**
   * States that a contract field is deliberately absent from the file: its facts are unknown.
   * Without it, a field that no column feeds is a mapping problem.
   *
   * @param field the contract's field
   * @return a new reader
   */
  public CsvLeads allowUnmapped(String field) {
    List<String> next = new ArrayList<>(allowUnmapped);
    next.add(Objects.requireNonNull(field, "field"));
    return new CsvLeads(contract, base, separator, mapping, unknown, next, idColumn, deliveredAtColumn, deliveredAt, limits);
  }

  /**
   * The column holding lead ids, which the header must have; unless stated (or stated as the
   * default, {@code id}), {@code id} when the header has it, else a lead's id is {@code line-N}.
   *
   * @param column the column
   * @return a new reader
   */
  public CsvLeads idColumn(String column) {
    Optional<String> stated = Objects.requireNonNull(column, "column").equals(LeadMapping.DEFAULT_ID_COLUMN) ? Optional.empty()
        : Optional.of(column);
    return new CsvLeads(contract, base, separator, mapping, unknown, allowUnmapped, stated, deliveredAtColumn, deliveredAt,
        limits);
  }

  /**
   * The column holding each lead's delivery time: an instant such as {@code 2026-03-02T10:15:00Z},
   * a local date-time or a date (the last two in the contract's zone).
   *
   * @param column {@code delivered_at} unless stated
   * @return a new reader
   */
  public CsvLeads deliveredAtColumn(String column) {
    Optional<String> stated = Objects.requireNonNull(column, "column").equals(LeadMapping.DEFAULT_DELIVERED_AT_COLUMN)
        ? Optional.empty() : Optional.of(column);
    return new CsvLeads(contract, base, separator, mapping, unknown, allowUnmapped, idColumn, stated, deliveredAt, limits);
  }

  /**
   * The delivery instant of every lead of a file that has no delivery column.
   *
   * @param instant the instant
   * @return a new reader
   */
  public CsvLeads deliveredAt(Instant instant) {
    return new CsvLeads(contract, base, separator, mapping, unknown, allowUnmapped, idColumn, deliveredAtColumn,
        Optional.of(Objects.requireNonNull(instant, "instant")), limits);
  }

  /**
   * The bounds on cells and records.
   *
   * @param limits the limits; {@link CsvLimits#defaults()} unless stated
   * @return a new reader
   */
  public CsvLeads limits(CsvLimits limits) {
    return new CsvLeads(contract, base, separator, mapping, unknown, allowUnmapped, idColumn, deliveredAtColumn, deliveredAt,
        Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The mapping these options make: the given mapping, with the shorthand options added (columns,
   * tokens, allowed fields) or replacing its own (separator, id and delivery columns, instant).
   *
   * <pre>{@code
   * CsvLeads.of(contract).map("y", "subscribed").leadMapping().columns(); // [y -> subscribed]
   * }</pre>
   *
   * @return the mapping
   */
  public LeadMapping leadMapping() {
    LeadMapping.Builder builder = LeadMapping.builder();
    Optional<String> id = idColumn.or(base::idColumn);
    id.ifPresent(builder::idColumn);
    Optional<Instant> instant = deliveredAt.or(base::deliveredAt);
    Optional<String> column = deliveredAtColumn.or(() -> deliveredAt.isPresent() ? Optional.empty() : base.deliveredAtColumn());
    column.ifPresent(builder::deliveredAtColumn);
    instant.ifPresent(builder::deliveredAt);
    builder.separator(separator.orElse(base.separator())).trim(base.trim()).ignoreCase(base.ignoreCase())
        .addAllUnknown(base.unknown()).addAllUnknown(unknown)
        .addAllAllowUnmapped(base.allowUnmapped()).addAllAllowUnmapped(allowUnmapped);
    for (ColumnMapping rule : base.columns()) {
      if (!mapping.containsKey(rule.column())) {
        builder.addColumns(rule);
      }
    }
    mapping.forEach((from, to) -> builder.addColumns(ColumnMapping.of(from, to)));
    return builder.build();
  }

  /**
   * Streams the records of a CSV file in UTF-8; the caller closes the stream. The header is read
   * and the mapping checked at once, before this returns.
   *
   * @param in the CSV bytes
   * @return the records ({@link LeadSource.Record}, as every lead-spec reader gives them), read
   *     lazily, one per record of the file after the header, to be iterated once
   * @throws dev.leadspec.model.MappingException if the mapping does not fit the contract or header
   * @throws LeadSpecException if the header cannot be read
   */
  public Iterable<LeadSource.Record> read(InputStream in) {
    Iterator<LeadSource.Record> records = LeadSource.csv(contract, leadMapping()).limits(limits).read(in);
    return () -> records;
  }

  /**
   * Streams the records of a CSV text; the caller closes the reader. Prefer
   * {@link #read(InputStream)}, which also reports bytes that are not UTF-8.
   *
   * @param reader the CSV text
   * @return the records, read lazily
   * @throws dev.leadspec.model.MappingException if the mapping does not fit the contract or header
   */
  public Iterable<LeadSource.Record> read(Reader reader) {
    return read(new Utf8Stream(Objects.requireNonNull(reader, "reader")));
  }

  /**
   * Reads every record of a small CSV text into a list (for large files, stream with
   * {@link #read(InputStream)}).
   *
   * @param reader the CSV text
   * @return the records, one per record after the header
   * @throws dev.leadspec.model.MappingException if the mapping does not fit the contract or header
   */
  public List<LeadSource.Record> readAll(Reader reader) {
    List<LeadSource.Record> records = new ArrayList<>();
    read(reader).forEach(records::add);
    return records;
  }

  /**
   * A cell as a fact of its field's kind, by the one typing rule ({@link FieldKind#parse}), for
   * readers of other tables (scenario files).
   *
   * @throws IllegalArgumentException naming the field, what it expects and the cell, if the cell
   *     is not a spelling of the field's kind
   */
  static Value value(Field field, String cell) {
    return field.kind().parse(cell).orElseThrow(() -> new IllegalArgumentException("field \"" + field.name() + "\" expects "
        + field.kind().spellings() + ", but was given \"" + cell + "\""));
  }

  @Override
  public String toString() {
    return "CsvLeads{" + contract.reference() + ", separator '" + separator.orElse(base.separator()) + "'}";
  }

  /** A text as UTF-8 bytes. */
  private static final class Utf8Stream extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(32768);
    private boolean eof;

    Utf8Stream(Reader reader) {
      this.reader = reader;
      chars.flip();
      bytes.flip();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      while (!bytes.hasRemaining()) {
        if (eof && !chars.hasRemaining()) {
          return -1;
        }
        chars.compact();
        int read = eof ? -1 : reader.read(chars);
        chars.flip();
        if (read < 0) {
          eof = true;
        }
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, eof);
        if (eof && !chars.hasRemaining()) {
          encoder.flush(bytes);
        }
        bytes.flip();
        if (result.isError()) {
          throw new UncheckedIOException(new IOException("cannot encode the text: " + result));
        }
      }
      int count = Math.min(length, bytes.remaining());
      bytes.get(into, offset, count);
      return count;
    }
  }

}
