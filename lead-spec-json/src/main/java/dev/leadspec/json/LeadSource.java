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
 * with its line and, when it was read, its lead id: no record is lost. A lead whose id an earlier
 * record of the same file had is an error record ({@code duplicate lead id}). Immutable.
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
   * @return the records, one per record of the file (after a CSV header), in order; the second and
   *     later lead with an id already seen in the file an error record
   * @throws MappingException if the mapping does not fit the contract or the header, naming every problem
   * @throws LeadSpecException if a CSV file is empty or its header cannot be read
   */
  public Iterator<Record> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return distinct(mapping == null ? jsonl(Objects.requireNonNull(json).leadReader(in, typing)) : csv(new CsvRecords(in,
        mapping.separator(), limits), mapping));
  }

  /**
   * The records, a lead whose id an earlier record of the file had (a lead's, or an error
   * record's that named it) made an error record: {@code lead ID: duplicate lead id: an earlier
   * record has it}. A function of the file alone, so a reader that reads the file again from its
   * start (a Flink source restored from a checkpoint) gives the same records.
   */
  private static Iterator<Record> distinct(Iterator<Record> records) {
    IdSet seen = new IdSet();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Record next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Record record = records.next();
        Optional<String> id = record.leadId();
        if (id.isPresent() && !seen.add(id.get()) && record.lead().isPresent()) {
          return new Record(record.line(), Optional.empty(), id, Optional.of(duplicate(id.get())));
        }
        return record;
      }
    };
  }

  /** The error of a lead whose id an earlier record of its file had. */
  static String duplicate(String leadId) {
    return "lead " + leadId + ": duplicate lead id: an earlier record has it";
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
        try {
          Lead lead = records.lead(row.line, row.cells);
          return new Record(row.line, Optional.of(lead), Optional.of(lead.id()), Optional.empty());
        } catch (LeadInputException e) {
          return new Record(row.line, Optional.empty(), Optional.of(e.leadId()), Optional.of(e.getMessage()));
        } catch (LeadSpecException | IllegalArgumentException | IllegalStateException e) {
          // the lead's id, read again only for a record that is no lead
          return new Record(row.line, Optional.empty(), records.leadId(row.line, row.cells), Optional.of(e.getMessage()));
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
   * One record of a lead file, as every lead-spec reader gives it (the CLI's commands, the Flink
   * job, {@code CsvLeads}): a lead, or what was wrong with it and the lead id when it was read. A
   * JSONL error starts with its line and column; a CSV error does not repeat the line, which the
   * record carries.
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

  /**
   * The lead ids seen, as 64-bit hashes: 16 bytes an id at most, so that a stream of millions of
   * leads stays within a small heap. Two different ids of one hash (for a million ids, odds of
   * about 1 in 30 million) would read as a duplicate. Past {@link #MAX_IDS} ids, no more are
   * remembered, and later duplicates of ids beyond them go unnoticed; the memory stays at
   * 32 MiB (48 MiB for the moment the appended hashes move into the table, below).
   *
   * <p>While every id comes after the one before (shorter ids first, then in character order:
   * {@code S-9} before {@code S-10}), as in most exports, none can repeat an earlier one: the
   * hashes are only appended, in order, which costs no cache miss. The first id out of order
   * moves them into an open-addressing table, which answers from then on.
   */
  static final class IdSet {
    static final int MAX_IDS = 1 << 21;
    private final int max;
    /** While the ids come in increasing order: the last one; null once one came out of order. */
    private @Nullable String last;
    private boolean increasing = true;
    /** While increasing: the hashes in arrival order, {@code size} of them; after, the table. */
    private long[] table = new long[1 << 10];
    private int size;
    private boolean zero;

    IdSet() {
      this(MAX_IDS);
    }

    /** A set that remembers at most {@code max} ids (tests use a small one). */
    IdSet(int max) {
      this.max = max;
    }

    /** Adds the id; false when it was seen before. */
    boolean add(String id) {
      if (increasing) {
        String previous = last;
        if (previous == null || after(id, previous)) {
          last = id;
          if (size < max) {
            if (size == table.length) {
              table = java.util.Arrays.copyOf(table, size * 2);
            }
            table[size++] = hash(id);
          }
          return true;
        }
        toTable();
      }
      long hash = hash(id);
      if (hash == 0) {
        boolean added = !zero;
        zero = true;
        return added;
      }
      int mask = table.length - 1;
      for (int i = (int) (hash ^ hash >>> 32) & mask; ; i = i + 1 & mask) {
        if (table[i] == hash) {
          return false;
        }
        if (table[i] == 0) {
          if (size >= max) {
            return true;
          }
          table[i] = hash;
          if (++size * 2 > table.length) {
            grow();
          }
          return true;
        }
      }
    }

    /** Whether {@code id} comes after {@code previous}: longer, or as long and later in character order. */
    private static boolean after(String id, String previous) {
      return id.length() != previous.length() ? id.length() > previous.length() : id.compareTo(previous) > 0;
    }

    /** Moves the hashes appended so far into the table. */
    private void toTable() {
      long[] appended = table;
      int count = size;
      increasing = false;
      last = null;
      // a power of two of at least twice the count, as the table keeps itself when it grows
      table = new long[Math.max(1 << 10, Integer.highestOneBit(Math.max(1, 2 * count - 1)) << 1)];
      size = 0;
      int mask = table.length - 1;
      for (int k = 0; k < count; k++) {
        long hash = appended[k];
        if (hash == 0) {
          zero = true;
          continue;
        }
        int i = (int) (hash ^ hash >>> 32) & mask;
        while (table[i] != 0 && table[i] != hash) {
          i = i + 1 & mask;
        }
        if (table[i] == 0) {
          table[i] = hash;
          size++;
        }
      }
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long hash : old) {
        if (hash != 0) {
          int i = (int) (hash ^ hash >>> 32) & mask;
          while (table[i] != 0) {
            i = i + 1 & mask;
          }
          table[i] = hash;
        }
      }
    }

    /** FNV-1a over the chars, then a 64-bit finalizer (MurmurHash3's). */
    static long hash(String id) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < id.length(); i++) {
        h = (h ^ id.charAt(i)) * 0x100000001b3L;
      }
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      return h ^ h >>> 33;
    }
  }
}
