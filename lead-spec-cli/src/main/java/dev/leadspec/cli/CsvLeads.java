package dev.leadspec.cli;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads leads from CSV, one record at a time, in constant memory. A header row names the
 * columns; each column maps to the field of the same name unless {@link #map(String, String)}
 * says otherwise; cells equal to an unknown token (the empty cell, unless stated) are unknown
 * facts. Values are read by the field's kind: integers, decimals, ISO dates, {@code YES}/{@code NO}
 * answers and {@code true}/{@code false} flags (both also as {@code yes}/{@code no}, any case),
 * choices as codes separated by {@code |}. A record that cannot be read becomes an error record
 * with its line number: no record is dropped. Immutable; every option returns a new reader.
 *
 * <pre>{@code
 * CsvLeads csv = CsvLeads.of(contract).separator(';').map("y", "subscribed").unknown("unknown")
 *     .deliveredAt(Instant.parse("2010-11-30T00:00:00Z"));
 * for (CsvLeads.Record record : csv.read(reader)) { ... }
 * }</pre>
 */
public final class CsvLeads {
  private final Contract contract;
  private final char separator;
  private final Map<String, String> mapping;
  private final Set<String> unknown;
  private final String idColumn;
  private final String deliveredAtColumn;
  private final Optional<Instant> deliveredAt;

  private CsvLeads(Contract contract, char separator, Map<String, String> mapping, Set<String> unknown, String idColumn,
      String deliveredAtColumn, Optional<Instant> deliveredAt) {
    this.contract = contract;
    this.separator = separator;
    this.mapping = Map.copyOf(mapping);
    this.unknown = Set.copyOf(unknown);
    this.idColumn = idColumn;
    this.deliveredAtColumn = deliveredAtColumn;
    this.deliveredAt = deliveredAt;
  }

  /**
   * A reader for leads of a contract: comma-separated, columns {@code id} and
   * {@code delivered_at}, empty cells unknown.
   *
   * @param contract the contract whose fields give the columns their kinds
   * @return the reader
   */
  public static CsvLeads of(Contract contract) {
    return new CsvLeads(Objects.requireNonNull(contract, "contract"), ',', Map.of(), Set.of(""), "id", "delivered_at",
        Optional.empty());
  }

  /**
   * The column separator.
   *
   * @param separator {@code ,} unless stated; {@code ;} for the UCI files
   * @return a new reader
   */
  public CsvLeads separator(char separator) {
    return new CsvLeads(contract, separator, mapping, unknown, idColumn, deliveredAtColumn, deliveredAt);
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
    return new CsvLeads(contract, separator, next, unknown, idColumn, deliveredAtColumn, deliveredAt);
  }

  /**
   * Adds a cell value that means "unknown" (the empty cell always does).
   *
   * @param token such as {@code unknown} or {@code N/A}
   * @return a new reader
   */
  public CsvLeads unknown(String token) {
    Set<String> next = new LinkedHashSet<>(unknown);
    next.add(Objects.requireNonNull(token, "token"));
    return new CsvLeads(contract, separator, mapping, next, idColumn, deliveredAtColumn, deliveredAt);
  }

  /**
   * The column holding lead ids; when the file has no such column, a lead's id is {@code line-N}.
   *
   * @param column {@code id} unless stated
   * @return a new reader
   */
  public CsvLeads idColumn(String column) {
    return new CsvLeads(contract, separator, mapping, unknown, Objects.requireNonNull(column, "column"), deliveredAtColumn,
        deliveredAt);
  }

  /**
   * The column holding each lead's delivery instant (ISO-8601, such as {@code 2026-03-02T10:15:00Z}).
   *
   * @param column {@code delivered_at} unless stated
   * @return a new reader
   */
  public CsvLeads deliveredAtColumn(String column) {
    return new CsvLeads(contract, separator, mapping, unknown, idColumn, Objects.requireNonNull(column, "column"), deliveredAt);
  }

  /**
   * The delivery instant of every lead of a file that has no delivery column.
   *
   * @param instant the instant
   * @return a new reader
   */
  public CsvLeads deliveredAt(Instant instant) {
    return new CsvLeads(contract, separator, mapping, unknown, idColumn, deliveredAtColumn, Optional.of(instant));
  }

  /**
   * One record of the file: a lead, or what was wrong with its line.
   *
   * @param line the record's line number, from 1 for the header
   * @param lead the lead, when the record could be read
   * @param error what was wrong, when it could not
   */
  public record Record(long line, Optional<Lead> lead, Optional<String> error) {
    /**
     * Checks the parts.
     *
     * @param line the record's line number, from 1 for the header
     * @param lead the lead, when the record could be read
     * @param error what was wrong, when it could not
     * @throws NullPointerException if a part is null
     */
    public Record {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Streams the records of a CSV text; the caller closes the reader.
   *
   * @param reader the CSV text
   * @return the records, read lazily, one per data line
   * @throws IllegalArgumentException if the header has neither an id column nor is usable (no
   *     delivery column and no fixed instant)
   */
  public Iterable<Record> read(Reader reader) {
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    MappingIterator<String[]> rows = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(reader);
    if (!rows.hasNextValue()) {
      return List.of();
    }
    List<String> header = Arrays.asList(rows.nextValue());
    int id = header.indexOf(idColumn);
    int delivered = header.indexOf(deliveredAtColumn);
    if (delivered < 0 && deliveredAt.isEmpty()) {
      throw new IllegalArgumentException("csv header " + header + " has no " + deliveredAtColumn
          + " column and no fixed delivery instant was given");
    }
    Field[] fields = new Field[header.size()];
    String[] names = new String[header.size()];
    for (int c = 0; c < header.size(); c++) {
      names[c] = mapping.getOrDefault(header.get(c), header.get(c));
      fields[c] = contract.field(names[c]).orElse(null);
    }
    return () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNextValue();
      }

      @Override
      public Record next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long line = rows.currentLocation().getLineNr();
        String[] cells = rows.nextValue();
        try {
          return new Record(line, Optional.of(lead(line, header.size(), cells, id, delivered, names, fields)), Optional.empty());
        } catch (IllegalArgumentException e) {
          return new Record(line, Optional.empty(), Optional.of("line " + line + ": " + e.getMessage()));
        }
      }
    };
  }

  /**
   * Reads every record of a small CSV text into a list (for large files, stream with
   * {@link #read(Reader)}).
   *
   * @param reader the CSV text
   * @return the records, one per data line
   */
  public List<Record> readAll(Reader reader) {
    List<Record> records = new java.util.ArrayList<>();
    read(reader).forEach(records::add);
    return records;
  }

  private Lead lead(long line, int columns, String[] cells, int id, int delivered, String[] names, Field[] fields) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("has " + cells.length + " cells, but the header has " + columns + " columns");
    }
    String leadId = id >= 0 ? cells[id] : "line-" + line;
    Lead.Builder lead = Lead.builder().id(leadId).deliveredAt(delivered >= 0 ? instant(cells[delivered]) : deliveredAt.orElseThrow());
    for (int c = 0; c < cells.length; c++) {
      if (c == id || c == delivered || unknown.contains(cells[c])) {
        continue;
      }
      lead.fact(names[c], fields[c] == null ? Value.of(cells[c]) : value(fields[c], cells[c]));
    }
    return lead.build();
  }

  private Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(deliveredAtColumn + " \"" + text + "\" is not an ISO instant such as 2026-03-02T10:15:00Z", e);
    }
  }

  /** A cell as a value of the field's kind. */
  static Value value(Field field, String cell) {
    String lower = cell.toLowerCase(Locale.ROOT);
    switch (field.kind()) {
      case INTEGER:
        try {
          return Value.of(Long.parseLong(cell));
        } catch (NumberFormatException e) {
          throw wrong(field, cell, "an integer");
        }
      case DECIMAL:
        try {
          return Value.of(new BigDecimal(cell));
        } catch (NumberFormatException e) {
          throw wrong(field, cell, "a decimal");
        }
      case FLAG:
        if (lower.equals("true") || lower.equals("yes")) {
          return Value.of(true);
        }
        if (lower.equals("false") || lower.equals("no")) {
          return Value.of(false);
        }
        throw wrong(field, cell, "true or false");
      case ANSWER:
        if (lower.equals("yes")) {
          return Value.of(Answer.YES);
        }
        if (lower.equals("no")) {
          return Value.of(Answer.NO);
        }
        throw wrong(field, cell, "YES or NO");
      case DATE:
        try {
          return Value.of(LocalDate.parse(cell));
        } catch (DateTimeParseException e) {
          throw wrong(field, cell, "an ISO date such as 2026-03-02");
        }
      case CHOICES:
        return Value.codes(cell.split("\\|", -1));
      default:
        return Value.of(cell);
    }
  }

  private static IllegalArgumentException wrong(Field field, String cell, String expected) {
    return new IllegalArgumentException("field \"" + field.name() + "\" expects " + expected + ", but was given \"" + cell + "\"");
  }

  @Override
  public String toString() {
    return "CsvLeads{" + contract.reference() + ", separator '" + separator + "'}";
  }
}
