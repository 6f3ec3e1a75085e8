package dev.leadspec.cli;

import dev.leadspec.json.LeadSource;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.MappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The lead input every command reads the same way: JSONL, or CSV with a mapping (a mapping
 * document, or the shorthand options that build one). A picocli mixin: {@code evaluate},
 * {@code settle}, {@code verify}, {@code diff} and {@code report} take the same options; the
 * leads' format is {@code --leads-format}, since {@code --format} is a command's output format.
 * The mapping is checked against the contract and the header before the first lead (a problem is
 * exit 2); each record becomes a lead or an error record with its line and, when it was read, its
 * lead id; the second record with an id already seen is an error record too. A command that
 * writes no error records reports each with {@link #describe}, the same way everywhere.
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

  /**
   * How every command reports an error record where it writes no error records itself (on
   * standard error): {@code FILE line N: lead ID: message}, the lead named when it was read.
   */
  static String describe(String file, LeadSource.Record record) {
    String message = record.error().orElseThrow();
    boolean named = record.leadId().isEmpty() || message.startsWith("lead " + record.leadId().get() + ":");
    return file + " line " + record.line() + (named ? "" : ": lead " + record.leadId().get()) + ": " + message;
  }

  /** The same record as an error record: a lead that gave no verdict, with why. */
  static LeadSource.Record failed(LeadSource.Record record, String message) {
    return new LeadSource.Record(record.line(), Optional.empty(), record.leadId(), Optional.of(message));
  }

  /** The records of one lead file, in order; closes the file. */
  interface Leads extends Iterator<LeadSource.Record>, AutoCloseable {
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
      Iterator<LeadSource.Record> records = (csv != null ? LeadSource.csv(typing, csv.leadMapping()) : LeadSource.jsonl(cli.json,
          typing)).read(in);
      return leads(records, in);
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
      csv = csv.mapping(LeadSpecJson.readMappingFile(mappingFile.get()));
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

  /** The records of one file, as every lead-spec reader reads them ({@link LeadSource}); closing them closes the file. */
  private static Leads leads(Iterator<LeadSource.Record> records, InputStream in) {
    return new Leads() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public LeadSource.Record next() {
        return records.next();
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
}
