package dev.leadspec.cli;

import dev.leadspec.json.LeadSource;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.MappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The lead input every command reads the same way: JSONL, or CSV with a mapping (a mapping
 * document, or the shorthand options that build one). A picocli mixin: {@code evaluate},
 * {@code settle}, {@code verify}, {@code diff} and {@code report} take the same options; the
 * leads' format is {@code --leads-format}, since {@code --format} is a command's output format.
 * The mapping is checked against the contract and the header before the first lead (a problem is
 * exit 2); each record becomes a lead or an error record with its line and, when it was read, its
 * lead id; the second record with an id already seen is an error record too. A command that
 * writes no error records reports each with {@code Item.describe}, the same way everywhere.
 */
final class LeadInput {
  @Option(names = "--leads-format", paramLabel = "FORMAT", description = "The leads' format, jsonl or csv; by the file's "
      + "extension unless stated (standard input: jsonl). (--format names a command's output format.)")
  Optional<String> format = Optional.empty();

  @Option(names = "--mapping", paramLabel = "FILE", description = "CSV: a mapping document (lead-spec.mapping/1, see "
      + "docs/mapping.md): columns to fields, unknown tokens, trimming, case, aliases, catch-alls, id and delivery columns. "
      + "The CSV options (--separator, --map, --unknown, --id-column, --delivered-at-column, --delivered-at, "
      + "--allow-unmapped) add to it.")
  Optional<Path> mappingFile = Optional.empty();

  @Option(names = "--separator", paramLabel = "CHAR", description = "CSV: the column separator (default: ,).")
  Optional<Character> separator = Optional.empty();

  @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "CSV: read a column as the field of another name.")
  Map<String, String> map = new LinkedHashMap<>();

  @Option(names = "--unknown", paramLabel = "TOKEN", description = "CSV: a cell value meaning unknown (the empty cell always does).")
  List<String> unknown = new ArrayList<>();

  @Option(names = "--allow-unmapped", paramLabel = "FIELD", description = "CSV: the file has no column for this field, "
      + "deliberately; its facts are unknown. Without it, a field with no column is a mapping error.")
  List<String> allowUnmapped = new ArrayList<>();

  @Option(names = "--id-column", paramLabel = "COLUMN", description = "CSV: the lead id column (default: id when the header "
      + "has it, else ids are line-N).")
  Optional<String> idColumn = Optional.empty();

  @Option(names = "--delivered-at-column", paramLabel = "COLUMN", description = "CSV: the delivery time column (default: "
      + "delivered_at): an instant, or a local date-time or date read in the contract's zone.")
  Optional<String> deliveredAtColumn = Optional.empty();

  @Option(names = "--delivered-at", paramLabel = "INSTANT", description = "CSV: the delivery instant of every lead of a file "
      + "without a delivery column, e.g. 2010-11-30T00:00:00Z.")
  Optional<Instant> deliveredAt = Optional.empty();

  @Option(names = "--print-mapping", description = "CSV: write the mapping these options state (a --mapping document with "
      + "the CSV options added) as a mapping document to standard output, checked against the contract, and stop: no lead "
      + "is read. Save it and pass it as --mapping FILE.")
  boolean printMapping;

  /**
   * With {@code --print-mapping}: writes the mapping the options state, as a document, to the
   * command's output, after checking it against the contract; the command then stops.
   *
   * @return whether it was asked (and done)
   * @throws MappingException if the mapping does not fit the contract (exit 2)
   */
  boolean printMapping(LeadSpecCli cli, Contract typing) {
    if (!printMapping) {
      return false;
    }
    dev.leadspec.model.LeadMapping mapping = csv(cli, typing).leadMapping();
    List<String> problems = mapping.problems(typing);
    if (!problems.isEmpty()) {
      throw new MappingException(problems);
    }
    byte[] document = cli.json.writeMapping(mapping);
    cli.out.write(document, 0, document.length);
    cli.out.flush();
    return true;
  }

  /** One input record: a lead, or an error record's line, lead id (when read) and message. */
  static final class Item {
    final long line;
    final @Nullable Lead lead;
    final @Nullable String leadId;
    final @Nullable String error;

    Item(long line, @Nullable Lead lead, @Nullable String leadId, @Nullable String error) {
      this.line = line;
      this.lead = lead;
      this.leadId = lead != null ? lead.id() : leadId;
      this.error = error;
    }

    /** The same record as an error record: a lead that gave no verdict, with why. */
    Item failed(String message) {
      return new Item(line, null, leadId, message);
    }

    /**
     * How every command reports an error record where it writes no error records itself (on
     * standard error): {@code FILE line N: lead ID: message}, the lead named when it was read.
     */
    String describe(String file) {
      String message = java.util.Objects.requireNonNull(error);
      boolean named = leadId == null || message.startsWith("lead " + leadId + ":");
      return file + " line " + line + (named ? "" : ": lead " + leadId) + ": " + message;
    }
  }

  /** The records of one lead file, in order; closes the file. */
  interface Leads extends Iterator<Item>, AutoCloseable {
    @Override
    void close();
  }

  /**
   * Opens a lead file (or {@code -}, standard input) for a contract; a CSV file's header is read
   * and its mapping checked before this returns.
   *
   * @throws MappingException if the mapping does not fit (exit 2)
   * @throws IOException if the file cannot be opened (exit 3)
   */
  Leads open(LeadSpecCli cli, String file, Contract typing) throws IOException {
    String kind = format.orElse(LeadSource.isCsv(file) ? "csv" : "jsonl").toLowerCase(Locale.ROOT);
    if (!kind.equals("csv") && !kind.equals("jsonl")) {
      throw new MappingException(List.of("--leads-format \"" + kind + "\" is neither jsonl nor csv"));
    }
    if (kind.equals("jsonl") && mappingFile.isPresent()) {
      throw new MappingException(List.of("--mapping reads CSV, but " + file + " is read as jsonl (state --leads-format csv?)"));
    }
    CsvLeads csv = kind.equals("csv") ? csv(cli, typing) : null;
    // what the contract alone shows wrong is told even when the file cannot be opened; else
    // with what the header shows, all at once
    List<String> problems = csv != null ? csv.leadMapping().problems(typing) : List.of();
    InputStream in;
    try {
      in = open(file);
    } catch (IOException e) {
      if (!problems.isEmpty()) {
        throw new MappingException(problems);
      }
      throw e;
    }
    try {
      Iterator<Item> items = items(in, csv != null ? LeadSource.csv(typing, csv.leadMapping()) : LeadSource.jsonl(cli.json, typing));
      return distinct(items, in);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The CSV reader the options state: the mapping document's, with the shorthand options added. */
  private CsvLeads csv(LeadSpecCli cli, Contract typing) {
    CsvLeads csv = CsvLeads.of(typing);
    if (mappingFile.isPresent()) {
      try {
        csv = csv.mapping(cli.json.readMapping(Files.readAllBytes(mappingFile.get())));
      } catch (NoSuchFileException e) {
        throw new UncheckedIOException("cannot read mapping " + mappingFile.get() + ": no such file or directory", e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read mapping " + mappingFile.get() + ": " + e.getMessage(), e);
      } catch (MappingException e) {
        throw e;
      } catch (LeadSpecException e) {
        throw new MappingException(List.of(mappingFile.get() + ": " + e.getMessage()));
      }
    }
    if (separator.isPresent()) {
      csv = csv.separator(separator.get());
    }
    for (Map.Entry<String, String> entry : map.entrySet()) {
      csv = csv.map(entry.getKey(), entry.getValue());
    }
    for (String token : unknown) {
      csv = csv.unknown(token);
    }
    for (String field : allowUnmapped) {
      csv = csv.allowUnmapped(field);
    }
    if (idColumn.isPresent()) {
      csv = csv.idColumn(idColumn.get());
    }
    if (deliveredAtColumn.isPresent()) {
      csv = csv.deliveredAtColumn(deliveredAtColumn.get());
    }
    if (deliveredAt.isPresent()) {
      csv = csv.deliveredAt(deliveredAt.get());
    }
    return csv;
  }

  private static InputStream open(String file) throws IOException {
    return file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
  }

  /** The records of one file, as every lead-spec reader reads them ({@link LeadSource}). */
  private static Iterator<Item> items(InputStream in, LeadSource source) {
    Iterator<LeadSource.Record> records = source.read(in);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Item next() {
        LeadSource.Record record = records.next();
        return new Item(record.line(), record.lead().orElse(null), record.leadId().orElse(null), record.error().orElse(null));
      }
    };
  }

  /** The records, the second and later with an id already seen made error records. */
  private static Leads distinct(Iterator<Item> items, InputStream in) {
    IdSet seen = new IdSet();
    return new Leads() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Item item = items.next();
        String id = item.leadId;
        if (id != null && !seen.add(id) && item.lead != null) {
          return item.failed("lead " + id + ": duplicate lead id: an earlier record has it");
        }
        return item;
      }

      @Override
      public void close() {
        if (in != System.in) {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    };
  }

  /**
   * The lead ids seen, as 64-bit hashes in an open-addressing table: 16 bytes an id at most, so
   * that a stream of millions of leads stays within a small heap. Two different ids of one hash
   * (for a million ids, odds of about 1 in 30 million) would read as a duplicate. Past
   * {@link #MAX_IDS} ids, no more are remembered, and later duplicates of ids beyond them go
   * unnoticed; the memory stays at 32 MiB.
   */
  static final class IdSet {
    static final int MAX_IDS = 1 << 21;
    private long[] table = new long[1 << 10];
    private int size;
    private boolean zero;

    /** Adds the id; false when it was seen before. */
    boolean add(String id) {
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
          if (size >= MAX_IDS) {
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
