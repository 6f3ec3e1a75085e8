package dev.leadspec.examples;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads leads from CSV: a header row with {@code id}, {@code delivered_at} (ISO instant) and one
 * column per field; an empty cell is an unknown fact; answers are YES/NO, flags true/false,
 * choices codes separated by {@code |}. A record that cannot be read becomes an error record
 * with its line number: no record is dropped.
 */
final class LeadCsv {
  private LeadCsv() {}

  /** One record of the file: a lead, or what was wrong with the line. */
  record Record(long line, Optional<Lead> lead, Optional<String> error) {}

  static List<Record> read(Contract contract, Reader reader) {
    List<Record> records = new ArrayList<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
      if (!rows.hasNextValue()) {
        return records;
      }
      List<String> header = Arrays.asList(rows.nextValue());
      int id = header.indexOf("id");
      int deliveredAt = header.indexOf("delivered_at");
      if (id < 0 || deliveredAt < 0) {
        throw new IllegalArgumentException("csv header " + header + " needs the columns id and delivered_at");
      }
      while (rows.hasNextValue()) {
        long line = rows.currentLocation().getLineNr();
        String[] cells = rows.nextValue();
        try {
          records.add(new Record(line, Optional.of(lead(contract, header, cells, id, deliveredAt)), Optional.empty()));
        } catch (RuntimeException e) {
          records.add(new Record(line, Optional.empty(), Optional.of("line " + line + ": " + e.getMessage())));
        }
      }
    }
    return records;
  }

  private static Lead lead(Contract contract, List<String> header, String[] cells, int id, int deliveredAt) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("has " + cells.length + " cells, but the header has " + header.size() + " columns");
    }
    Lead.Builder lead = Lead.builder().id(cells[id]).deliveredAt(instant(cells[deliveredAt]));
    for (int c = 0; c < cells.length; c++) {
      if (c == id || c == deliveredAt || cells[c].isEmpty()) {
        continue;
      }
      String name = header.get(c);
      Optional<Field> field = contract.field(name);
      lead.fact(name, field.isPresent() ? value(field.get(), cells[c]) : Value.of(cells[c]));
    }
    return lead.build();
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("delivered_at \"" + text + "\" is not an ISO instant such as 2026-03-02T10:15:00Z", e);
    }
  }

  private static Value value(Field field, String cell) {
    try {
      switch (field.kind()) {
        case INTEGER:
          return Value.of(Long.parseLong(cell));
        case DECIMAL:
          return Value.of(new BigDecimal(cell));
        case FLAG:
          if (!cell.equals("true") && !cell.equals("false")) {
            throw new IllegalArgumentException("field \"" + field.name() + "\" expects true or false, but was given \"" + cell + "\"");
          }
          return Value.of(Boolean.parseBoolean(cell));
        case ANSWER:
          return Value.of(Answer.valueOf(cell.toUpperCase(Locale.ROOT)));
        case DATE:
          return Value.of(LocalDate.parse(cell));
        case CHOICES:
          return Value.codes(cell.split("\\|", -1));
        default:
          return Value.of(cell);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("field \"" + field.name() + "\" expects " + field.kind().words() + ", but was given \"" + cell + "\"", e);
    } catch (IllegalArgumentException e) {
      if (field.kind() == dev.leadspec.model.FieldKind.ANSWER) {
        throw new IllegalArgumentException("field \"" + field.name() + "\" expects YES or NO, but was given \"" + cell + "\"", e);
      }
      throw e;
    }
  }
}
