package dev.leadspec.cli;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.VerdictWriter;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec evaluate}: one verdict (or error record) per input record, streamed. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluates leads (JSONL or CSV) against a contract and writes one JSONL record per input record, in "
        + "input order: a verdict, or an error record with the line number. A summary goes to stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every record evaluated", "1:some records were errors (each has its error record)", "2:usage error",
        "3:the contract or the leads could not be read, or standard output was closed (e.g. by head)",
        "4:internal error (a bug)"})
final class EvaluateCommand implements Callable<Integer> {
  private static final int PROGRESS_EVERY = 100_000;

  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, paramLabel = "FILE", description = {"The contract, as JSON. Repeat it for "
      + "every version of a history: each lead is then evaluated by the version that governed it at its delivery (a lead "
      + "delivered before the first version took effect is an error record), its facts typed by the latest version."})
  List<Path> contracts;

  @Parameters(index = "0", paramLabel = "LEADS", description = "The leads: a .jsonl or .csv file, or - for standard input.")
  String leads;

  @Option(names = {"-o", "--output"}, description = "Where the verdicts go; standard output unless stated.")
  Optional<Path> output;

  @Mixin
  LeadInput input = new LeadInput();

  /** The leads' format as this command first spelled it; --format is now every command's output format. */
  @Option(names = "--format", hidden = true, paramLabel = "FORMAT")
  Optional<String> deprecatedFormat = Optional.empty();

  @Option(names = "--generated", description = "Evaluate through code generated for the contract, or for every version of a "
      + "history (lead-spec-codegen): the same verdicts, byte for byte; where no code can be generated the interpreter runs.")
  boolean generated;

  @Override
  public Integer call() throws IOException {
    List<Contract> versions = new ArrayList<>();
    for (Path file : contracts) {
      versions.add(cli.contract(file));
    }
    if (deprecatedFormat.isPresent()) {
      cli.err.print("lead-spec: --format for the leads' format is deprecated and will go: use --leads-format (--format "
          + "names a command's output format)\n");
      input.format = input.format.or(() -> deprecatedFormat);
    }
    Compilation compilation = generated ? Compilation.GENERATED : Compilation.INTERPRETED;
    // a single version gets its own evaluator below: only a history is compiled with the history
    ContractHistory history = ContractHistory.of(versions, versions.size() > 1 ? compilation : Compilation.INTERPRETED);
    Contract read = history.latest();
    if (input.printMapping(cli, read)) {
      return 0;
    }
    Function<Lead, Verdict> evaluator = history::evaluate;
    if (generated && versions.size() > 1 && history.compilation() != Compilation.GENERATED) {
      cli.err.println("lead-spec: no code could be generated for every version of " + history.contractId()
          + "; the interpreter evaluates those (same verdicts)");
    }
    if (versions.size() == 1) {
      Evaluator single = Evaluator.of(read, compilation);
      if (generated && single.compilation() != Compilation.GENERATED) {
        cli.err.println("lead-spec: no code could be generated for " + read.reference() + "; the interpreter evaluates (same verdicts)");
      }
      evaluator = single::evaluate;
    }
    Summary summary = new Summary(history.versions());
    // the mapping is checked, and the leads opened, before any output is made
    try (LeadInput.Leads records = input.open(cli, leads, read);
        // the verdict writer gathers lines in blocks itself
        OutputStream sink = output.isPresent() ? new Output(Files.newOutputStream(output.get()), output.get().toString(), null)
            : new Output(cli.out, "standard output", cli.out);
        VerdictWriter writer = cli.json.verdictWriter(sink)) {
      write(records, item -> item.lead().isPresent() ? Evaluated.of(item.line(), item.lead().get())
          : Evaluated.error(item.line(), item.leadId().orElse(null), item.error().orElseThrow()), evaluator, writer, summary);
    } catch (OutputFailed e) {
      throw new UncheckedIOException(e.getMessage() + " after " + summary.records + " records; stopped", e.getCause());
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read " + leads + ": " + e.getMessage(), e.getCause());
    }
    cli.err.print(summary.text() + "\n");
    return summary.errors > 0 ? LeadSpecCli.FINDINGS : 0;
  }

  /**
   * Reads the records on a second thread, batches ahead, evaluates each where there is room (see
   * {@link Evaluated}), and writes each one's verdict or error record here, in input order.
   */
  private <R> void write(Iterator<R> records, Function<R, Evaluated> evaluate, Function<Lead, Verdict> evaluator, VerdictWriter writer,
      Summary summary) {
    boolean console = System.console() != null;
    try (Ahead<Evaluated> read = Ahead.of(records, evaluate, record -> record.evaluate(evaluator), Evaluated::weight,
        "lead-spec-reader")) {
      while (read.hasNext()) {
        Evaluated record = read.next();
        record.evaluate(evaluator);
        if (record.verdict != null) {
          try {
            writer.write(record.verdict);
            summary.add(record.verdict);
          } catch (LeadSpecException e) {
            // a verdict too large to read back is an error record in its place
            writer.writeError(record.line, record.verdict.leadId(), e);
            summary.error();
          }
        } else {
          writer.writeError(record.line, record.leadId, record.error);
          summary.error();
        }
        if (console && summary.records % PROGRESS_EVERY == 0) {
          cli.err.print("\rlead-spec: " + summary.records + " records");
          cli.err.flush();
        }
      }
    }
  }

  /**
   * One input record: its lead and, once evaluated, its verdict; or the line, lead id (when known)
   * and message of its error record. Evaluated on the reading thread while the writing thread is
   * behind, else on the writing thread.
   */
  private static final class Evaluated {
    final long line;
    final @Nullable Lead lead;
    @Nullable Verdict verdict;
    @Nullable String leadId;
    String error;
    private boolean evaluated;

    private Evaluated(long line, @Nullable Lead lead, @Nullable String leadId, String error) {
      this.line = line;
      this.lead = lead;
      this.leadId = leadId;
      this.error = error;
    }

    static Evaluated of(long line, Lead lead) {
      return new Evaluated(line, lead, null, "");
    }

    static Evaluated error(long line, @Nullable String leadId, String message) {
      return new Evaluated(line, null, leadId, message);
    }

    /**
     * The record's size in memory, roughly, in bytes: a verdict's worth, and its lead's id, facts,
     * texts and evidence, which the limits on lead lines bound and the scanner lets through.
     */
    long weight() {
      long bytes = 256 + error.length();
      if (lead != null) {
        bytes += 2L * lead.id().length();
        for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
          bytes += 48 + fact.getKey().length() + size(fact.getValue());
        }
        for (Map.Entry<String, Evidence> evidence : lead.evidence().entrySet()) {
          bytes += 64 + evidence.getKey().length() + evidence.getValue().source().length();
        }
      }
      return bytes;
    }

    private static long size(Value value) {
      return value.accept(ValueWeight.INSTANCE);
    }

    /** A value's size in memory beyond its entry, roughly: its text, each of its codes, or a number's 16 bytes. */
    private static final class ValueWeight implements Value.Visitor<Long> {
      static final ValueWeight INSTANCE = new ValueWeight();

      @Override
      public Long visit(Value.TextValue value) {
        return (long) value.text().length();
      }

      @Override
      public Long visit(Value.CodesValue value) {
        long bytes = 0;
        for (String code : value.codes()) {
          bytes += 48 + code.length();
        }
        return bytes;
      }

      @Override
      public Long visit(Value.IntegerValue value) {
        return 16L;
      }

      @Override
      public Long visit(Value.DecimalValue value) {
        return 16L;
      }

      @Override
      public Long visit(Value.FlagValue value) {
        return 16L;
      }

      @Override
      public Long visit(Value.AnswerValue value) {
        return 16L;
      }

      @Override
      public Long visit(Value.DateValue value) {
        return 16L;
      }
    }

    /**
     * Evaluates the lead, once, and makes the verdict's results, which writing it needs (the
     * verdict keeps them); a lead that does not fit the contract, or that no version of a history
     * governed, becomes an error record.
     */
    void evaluate(Function<Lead, Verdict> evaluator) {
      if (lead != null && !evaluated) {
        evaluated = true;
        try {
          verdict = evaluator.apply(lead);
          verdict.results();
        } catch (LeadSpecException e) {
          leadId = lead.id();
          error = e.getMessage();
        }
      }
    }
  }

  /** Counts for the closing summary. */
  private static final class Summary {
    /** Every criterion id of every version, in declaration order, the latest version's new ones last. */
    private final List<String> criteria = new ArrayList<>();
    private final List<Contract> versions;
    /** Per version, each result's position in {@link #criteria}. */
    private final int[][] columns;
    /** Rejections per criterion id. */
    private final long[] reasons;
    private long records;
    private long accepted;
    private long errors;

    Summary(List<Contract> versions) {
      this.versions = versions;
      columns = new int[versions.size()][];
      for (int v = 0; v < columns.length; v++) {
        List<dev.leadspec.model.Criterion> declared = versions.get(v).criteria();
        columns[v] = new int[declared.size()];
        for (int i = 0; i < declared.size(); i++) {
          int column = criteria.indexOf(declared.get(i).id());
          if (column < 0) {
            column = criteria.size();
            criteria.add(declared.get(i).id());
          }
          columns[v][i] = column;
        }
      }
      reasons = new long[criteria.size()];
    }

    void add(Verdict verdict) {
      records++;
      if (verdict.isAccepted()) {
        accepted++;
        return;
      }
      int[] column = columns[versions.size() == 1 ? 0 : versions.indexOf(verdict.contract())];
      // the reasons are the decisive results (CriterionResult.decisive()), already made for writing;
      // the results are one per criterion, in declaration order
      List<CriterionResult> results = verdict.results();
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).decisive()) {
          reasons[column[i]]++;
        }
      }
    }

    void error() {
      records++;
      errors++;
    }

    String text() {
      List<Map.Entry<String, Long>> top = new ArrayList<>();
      for (int i = 0; i < reasons.length; i++) {
        if (reasons[i] > 0) {
          top.add(Map.entry(criteria.get(i), reasons[i]));
        }
      }
      // a stable sort: ties keep declaration order
      top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
      StringBuilder text = new StringBuilder("lead-spec: ").append(records).append(" records: ").append(accepted)
          .append(" accepted, ").append(records - accepted - errors).append(" rejected, ").append(errors).append(" errors");
      if (records > errors) {
        text.append("; accept rate ").append(percent(accepted, records - errors)).append(" (").append(accepted)
            .append(" accepted of ").append(records - errors).append(" decided)");
      }
      if (!top.isEmpty()) {
        text.append("; top reasons:");
        for (int i = 0; i < Math.min(5, top.size()); i++) {
          text.append(' ').append(top.get(i).getKey()).append('=').append(top.get(i).getValue());
        }
      }
      return text.toString();
    }

    private static String percent(long part, long whole) {
      long tenths = (part * 1000 + whole / 2) / whole;
      return tenths / 10 + "." + tenths % 10 + " %";
    }
  }

  /**
   * Where the verdicts go, reporting a failure to write as such (not as one to read the leads).
   * Standard output is not closed with the writer, and since a {@link PrintStream} swallows write
   * errors, a reader that went away ({@code | head}) is noticed here, after each block, and stops
   * the command instead of evaluating the rest for nobody.
   */
  private static final class Output extends java.io.FilterOutputStream {
    private final String name;
    private final @Nullable PrintStream console;

    Output(OutputStream out, String name, @Nullable PrintStream console) {
      super(out);
      this.name = name;
      this.console = console;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw new OutputFailed("cannot write " + name + ": " + e.getMessage(), e);
      }
      if (console != null && console.checkError()) {
        throw new OutputFailed("standard output was closed", new IOException("standard output was closed"));
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new OutputFailed("cannot write " + name + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      flush();
      if (console == null) {
        try {
          out.close();
        } catch (IOException e) {
          throw new OutputFailed("cannot write " + name + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** The verdicts could not be written. */
  private static final class OutputFailed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    OutputFailed(String message, IOException cause) {
      super(message, cause);
    }
  }
}
