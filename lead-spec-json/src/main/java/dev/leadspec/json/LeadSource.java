package dev.leadspec.json;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.LeadMapping;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.MappingException;
import dev.leadspec.model.RecordMapping;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lead files read the one way every lead-spec reader reads them (the CLI's commands, the Flink
 * job): JSONL ({@code lead-spec.lead/1}, by {@link LeadReader}), or CSV by a {@link LeadMapping}
 * (a strict, bounded RFC 4180 reader; the header is read and the mapping checked against it and
 * the contract before the first record). Every record of the file becomes a lead or an error
 * with its line and, when it was read, its lead id: no record is lost. Immutable.
 *
 * <pre>{@code
 * LeadSource source = LeadSource.csv(contract, mapping);
 * Iterator<LeadSource.Record> records = source.read(in);
 * while (records.hasNext()) {
 *   LeadSource.Record record = records.next();
 *   record.lead().ifPresent(lead -> out.write(evaluator.evaluate(lead)));
 * }
 * }</pre>
 */
public final class LeadSource {
  private final @Nullable LeadSpecJson json;
  private final Contract typing;
  private final @Nullable LeadMapping mapping;
  private final CsvLimits limits;

  private LeadSource(@Nullable LeadSpecJson json, Contract typing, @Nullable LeadMapping mapping, CsvLimits limits) {
    this.json = json;
    this.typing = typing;
    this.mapping = mapping;
    this.limits = limits;
  }

  /**
   * JSONL leads, one per non-blank line, their facts typed by a contract's fields.
   *
   * <pre>{@code
   * LeadSource jsonl = LeadSource.jsonl(LeadSpecJson.standard(), history.latest());
   * }</pre>
   *
   * @param json the reader (and its limits)
   * @param typing the contract whose fields type the facts
   * @return the source
   */
  public static LeadSource jsonl(LeadSpecJson json, Contract typing) {
    return new LeadSource(Objects.requireNonNull(json, "json"), Objects.requireNonNull(typing, "typing"), null,
        CsvLimits.defaults());
  }

  /**
   * CSV leads by a mapping (a header row names the columns), cells typed by a contract's fields,
   * within {@link CsvLimits#defaults()}.
   *
   * <pre>{@code
   * LeadSource csv = LeadSource.csv(contract, LeadSpecJson.standard().readMapping(document));
   * }</pre>
   *
   * @param typing the contract whose fields type the cells
   * @param mapping the mapping
   * @return the source
   */
  public static LeadSource csv(Contract typing, LeadMapping mapping) {
    return new LeadSource(null, Objects.requireNonNull(typing, "typing"), Objects.requireNonNull(mapping, "mapping"),
        CsvLimits.defaults());
  }

  /**
   * Whether a file is read as CSV when no format is stated: its name ends in {@code .csv}, in any case.
   *
   * <pre>{@code
   * LeadSource.isCsv("bank-full.CSV"); // true
   * }</pre>
   *
   * @param file the file's name or path
   * @return true for CSV, false for JSONL
   */
  public static boolean isCsv(String file) {
    return Objects.requireNonNull(file, "file").toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * The same source with other bounds on CSV cells and records (JSONL is bounded by its
   * {@link JsonLimits}).
   *
   * <pre>{@code
   * LeadSource csv = LeadSource.csv(contract, mapping).limits(CsvLimits.defaults().maxCellBytes(1 << 20));
   * }</pre>
   *
   * @param limits the limits
   * @return a new source
   */
  public LeadSource limits(CsvLimits limits) {
    return new LeadSource(json, typing, mapping, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The CSV mapping; empty for JSONL.
   *
   * <pre>{@code
   * source.mapping().map(LeadMapping::separator); // Optional[;]
   * }</pre>
   *
   * @return the mapping
   */
  public Optional<LeadMapping> mapping() {
    return Optional.ofNullable(mapping);
  }

  /**
   * What the mapping gets wrong whatever the file's header: a field the contract lacks, a code it
   * does not declare, a field no column can feed; empty for JSONL and a mapping that fits.
   *
   * <pre>{@code
   * List<String> problems = source.problems(); // ["field \"sizes\" is not in contract x v1 (did you mean \"size\"?)"]
   * }</pre>
   *
   * @return the problems, each naming the column, field or code
   */
  public List<String> problems() {
    return mapping == null ? List.of() : mapping.problems(typing);
  }

  /**
   * Reads a file's records lazily, in bounded memory; the caller closes the stream. A CSV file's
   * header is read and the mapping checked against it before this returns.
   *
   * <pre>{@code
   * Iterator<LeadSource.Record> records = source.read(Files.newInputStream(file));
   * }</pre>
   *
   * @param in the file's bytes, UTF-8
   * @return the records, one per record of the file (after a CSV header), in order
   * @throws MappingException if the mapping does not fit the contract or the header, naming every problem
   * @throws LeadSpecException if a CSV file is empty or its header cannot be read
   */
  public Iterator<Record> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return mapping == null ? jsonl(Objects.requireNonNull(json).leadReader(in, typing)) : csv(new CsvRecords(in,
        mapping.separator(), limits), mapping);
  }

  private static Iterator<Record> jsonl(LeadReader reader) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public Record next() {
        LeadRecord record = reader.next();
        if (record.lead().isPresent()) {
          return new Record(record.line(), record.lead(), Optional.of(record.lead().get().id()), Optional.empty());
        }
        LeadSpecException error = record.error().orElseThrow();
        Optional<String> leadId = error instanceof LeadInputException input ? Optional.of(input.leadId()) : record.leadId();
        return new Record(record.line(), Optional.empty(), leadId, Optional.of(error.getMessage()));
      }
    };
  }

  private Iterator<Record> csv(CsvRecords rows, LeadMapping leads) {
    CsvRecords.Row head = rows.hasNext() ? rows.next() : null;
    if (head == null || head.cells == null) {
      List<String> problems = leads.problems(typing);
      if (!problems.isEmpty()) {
        throw new MappingException(problems);
      }
      throw new LeadSpecException(head == null ? "the csv file is empty: it has no header"
          : "the csv header (line " + head.line + ") cannot be read: " + head.error);
    }
    RecordMapping records = leads.against(typing, head.cells);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Record next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRecords.Row row = rows.next();
        if (row.cells == null) {
          // the id cell, when it was read whole before the error, names the lead
          return new Record(row.line, Optional.empty(), records.leadId(row.line, row.before),
              Optional.of(row.error));
        }
        Optional<String> leadId = records.leadId(row.line, row.cells);
        try {
          Lead lead = records.lead(row.line, row.cells);
          return new Record(row.line, Optional.of(lead), Optional.of(lead.id()), Optional.empty());
        } catch (LeadInputException e) {
          return new Record(row.line, Optional.empty(), Optional.of(e.leadId()), Optional.of(e.getMessage()));
        } catch (LeadSpecException | IllegalArgumentException | IllegalStateException e) {
          return new Record(row.line, Optional.empty(), leadId, Optional.of(e.getMessage()));
        }
      }
    };
  }

  @Override
  public String toString() {
    return "LeadSource{" + (mapping == null ? "jsonl" : "csv, separator '" + mapping.separator() + "'") + ", "
        + typing.reference() + "}";
  }

  /**
   * One record of a lead file: a lead, or what was wrong with it (starting {@code line N: } for
   * CSV, as the JSONL reader's messages do) and the lead id when it was read.
   *
   * <pre>{@code
   * record.lead().ifPresentOrElse(lead -> out.write(evaluator.evaluate(lead)),
   *     () -> out.writeError(record.line(), record.leadId().orElse(null), record.error().orElseThrow()));
   * }</pre>
   *
   * @param line the record's first line number, from 1 (a CSV header is line 1)
   * @param lead the lead, when the record is one
   * @param leadId the lead's id, when it was read
   * @param error what was wrong, when the record is no lead
   */
  public record Record(long line, Optional<Lead> lead, Optional<String> leadId, Optional<String> error) {
    /**
     * Checks the parts.
     *
     * <pre>{@code
     * new LeadSource.Record(2, Optional.empty(), Optional.of("L-1"), Optional.of("column 3: not an integer"));
     * }</pre>
     *
     * @param line the record's first line number, from 1
     * @param lead the lead, when the record is one
     * @param leadId the lead's id, when it was read
     * @param error what was wrong, when the record is no lead
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException unless exactly one of the lead and the error is present
     */
    public Record {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(leadId, "leadId");
      Objects.requireNonNull(error, "error");
      if (lead.isPresent() == error.isPresent()) {
        throw new IllegalArgumentException("line " + line + ": a record is a lead or an error, not " + (lead.isPresent()
            ? "both" : "neither"));
      }
    }
  }
}
