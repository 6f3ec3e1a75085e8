package dev.leadspec.flink;

import dev.leadspec.json.LeadSource;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadMapping;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.MappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Leads files read as the CLI's {@code evaluate} reads them, through lead-spec-json's
 * {@link LeadSource}: JSONL, or CSV by a mapping document (by the file's extension unless a format
 * is stated); facts typed by the latest version; a record that is no lead an error record with its
 * line (and lead id, when read). A lead travels on as its canonical JSONL line, which every
 * lead-spec reader reads back as the same lead.
 */
final class LeadFormat extends RecordFormat<LeadLine> {
  private static final long serialVersionUID = 1L;
  private final History history;
  /** The mapping the driver read, as a document; null: CSV columns feed the fields of their names. */
  private final byte @Nullable [] mapping;
  /** {@code csv} or {@code jsonl}; null: by each file's extension. */
  private final @Nullable String format;
  private transient @Nullable LeadSource jsonl;
  private transient @Nullable LeadSource csv;

  private LeadFormat(History history, byte @Nullable [] mapping, @Nullable String format) {
    this.history = history;
    this.mapping = mapping;
    this.format = format;
  }

  /**
   * The format for a job's leads, read on the driver: the format's name and the mapping document
   * ({@link #check} checks its fit).
   *
   * @throws MappingException if the format is unknown or the mapping document cannot be read
   */
  static LeadFormat of(History history, @Nullable Path mappingFile, @Nullable String format) {
    if (format != null && !format.equals("csv") && !format.equals("jsonl")) {
      throw new MappingException(List.of("format \"" + format + "\" is neither jsonl nor csv"));
    }
    // read as the CLI reads it; shipped as the document written back, which reads as an equal mapping
    byte[] document = mappingFile == null ? null : LeadSpecJson.standard().writeMapping(LeadSpecJson.readMappingFile(mappingFile));
    LeadFormat leads = new LeadFormat(history, document, format);
    leads.sources(history.typing());
    return leads;
  }

  private void sources(Contract typing) {
    LeadMapping leadMapping = mapping == null ? LeadMapping.identity() : LeadSpecJson.standard().readMapping(mapping);
    jsonl = LeadSource.jsonl(LeadSpecJson.standard(), typing);
    csv = LeadSource.csv(typing, leadMapping);
  }

  private LeadSource csv() {
    if (csv == null) {
      sources(history.compile().latest());
    }
    return java.util.Objects.requireNonNull(csv);
  }

  private LeadSource source(String file) {
    LeadSource reader = csv();
    return (format != null ? format.equals("csv") : LeadSource.isCsv(file)) ? reader : java.util.Objects.requireNonNull(jsonl);
  }

  /**
   * Checks on the driver the mapping against the contract and the header of every CSV file the
   * paths hold now, as {@code evaluate} does before its first lead; a mapping document for a file
   * read as JSONL is a problem too. What the contract alone shows is named once, what a header
   * shows with the file's name.
   *
   * @throws MappingException naming every problem of every file
   * @throws UncheckedIOException if a path cannot be listed or read
   */
  void check(List<String> paths) {
    List<String> whatever = csv().problems();
    boolean told = mapping != null || "csv".equals(format);
    List<String> problems = new ArrayList<>(told ? whatever : List.of());
    for (String path : paths) {
      for (org.apache.flink.core.fs.Path file : files(new org.apache.flink.core.fs.Path(path))) {
        String name = file.toString();
        LeadSource reader = source(name);
        if (reader.mapping().isEmpty()) {
          if (mapping != null) {
            problems.add("the mapping reads CSV, but " + name + " is read as jsonl (state the format csv?)");
          }
          continue;
        }
        if (!told) {
          problems.addAll(whatever);
          told = true;
        }
        try (InputStream in = file.getFileSystem().open(file)) {
          reader.read(in);
        } catch (MappingException e) {
          e.problems().stream().filter(problem -> !whatever.contains(problem)).forEach(problem -> problems.add(name + ": " + problem));
        } catch (LeadSpecException e) {
          problems.add(name + ": " + e.getMessage());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingException(problems);
    }
  }

  /** The files a path names, as the file source enumerates them: a file, or a directory's visible files, recursively. */
  private static List<org.apache.flink.core.fs.Path> files(org.apache.flink.core.fs.Path path) {
    List<org.apache.flink.core.fs.Path> files = new ArrayList<>();
    try {
      FileSystem fs = path.getFileSystem();
      if (!fs.exists(path)) {
        return files;
      }
      FileStatus status = fs.getFileStatus(path);
      if (!status.isDir()) {
        files.add(path);
        return files;
      }
      FileStatus[] children = fs.listStatus(path);
      java.util.Arrays.sort(children, java.util.Comparator.comparing(child -> child.getPath().toString()));
      for (FileStatus child : children) {
        String name = child.getPath().getName();
        if (!name.startsWith(".") && !name.startsWith("_")) {
          files.addAll(files(child.getPath()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
    return files;
  }

  @Override
  Iterator<LeadLine> records(InputStream in, String source) {
    Iterator<LeadSource.Record> records;
    try {
      records = source(source).read(in);
    } catch (LeadSpecException e) {
      // a CSV file that came after the driver checked the inputs (a monitored directory), whose
      // header the mapping does not fit: one error record, and the stream goes on
      String problem = e instanceof MappingException mappingProblem ? String.join("; ", mappingProblem.problems()) : e.getMessage();
      return List.of(LeadLine.error(source, 1, "line 1: the file is not read: " + problem)).iterator();
    }
    LeadSpecJson json = LeadSpecJson.standard();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public LeadLine next() {
        LeadSource.Record record = records.next();
        if (record.lead().isEmpty()) {
          LeadLine error = LeadLine.error(source, record.line(), record.error().orElseThrow());
          error.leadId = record.leadId().orElse("");
          return error;
        }
        Lead lead = record.lead().get();
        try {
          return LeadLine.lead(source, record.line(), lead.id(), json.writeLead(lead), Settle.millis(lead.deliveredAt()));
        } catch (LeadSpecException e) {
          // a lead that cannot travel as JSON (a fact name with a lone surrogate) stays here, as an error record
          LeadLine error = LeadLine.error(source, record.line(), e.getMessage());
          error.leadId = lead.id();
          return error;
        }
      }
    };
  }

  @Override
  public TypeInformation<LeadLine> getProducedType() {
    return TypeInformation.of(LeadLine.class);
  }
}
