package dev.leadspec.cli;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadRecord;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Limits;
import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec settle}: rules on challenges by the governing versions and states what is owed. */
@Command(name = "settle", mixinStandardHelpOptions = true,
    description = "Rules on every challenge by the contract version that governed its lead (LATE, OUT_OF_CONTRACT, "
        + "EVIDENCE_AFTER_DELIVERY, then re-evaluation), writes one ruling per challenge as JSONL, and the statement of "
        + "what is owed per version and per day.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every challenge ruled on", "2:usage error",
        "3:a contract, lead or challenge could not be read, or a challenge names an unknown lead",
        "4:internal error (a bug)"})
final class SettleCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, paramLabel = "FILE",
      description = "A version of the contract, as JSON; repeat for every version (the history).")
  List<Path> contracts;

  @Option(names = "--leads", required = true, description = "The leads as delivered, as JSONL.")
  Path leads;

  @Option(names = "--challenges", required = true, description = "The challenges, as JSONL (lead-spec.challenge/1).")
  Path challenges;

  @Option(names = {"-o", "--output"}, description = "Where the rulings go; standard output unless stated.")
  Optional<Path> output;

  @Option(names = "--statement", description = "Write the statement as JSON to this file.")
  Optional<Path> statementJson;

  @Option(names = "--report", description = "Write the statement as a Markdown report to this file.")
  Optional<Path> report;

  @Option(names = "--language", defaultValue = "EN", description = "The report's language: EN or RU (default: ${DEFAULT-VALUE}).")
  Language language;

  /**
   * The next line's bytes without its line feed, or null at the end; a line over the record size
   * limit is an error naming it rather than memory used without bound.
   */
  private byte @Nullable [] line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n') {
      if (line.size() >= Limits.MAX_DOCUMENT_BYTES) {
        throw new LeadSpecException(challenges + ": record size limit exceeded: a line is longer than "
            + Limits.MAX_DOCUMENT_BYTES + " bytes");
      }
      line.write(b);
      b = in.read();
    }
    return line.toByteArray();
  }

  @Override
  public Integer call() throws IOException {
    List<Contract> versions = new ArrayList<>();
    contracts.forEach(file -> versions.add(cli.contract(file)));
    ContractHistory history = ContractHistory.of(versions);
    Contract typing = history.latest();

    List<Lead> delivered = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(leads)) {
      for (LeadRecord record : cli.json.leadReader(in, typing)) {
        Lead lead = record.lead().orElseThrow(() -> new LeadSpecException(leads + " line " + record.line() + ": "
            + record.error().orElseThrow().getMessage()));
        delivered.add(lead);
        verdicts.add(history.evaluate(lead));
      }
    }
    List<Challenge> filed = new ArrayList<>();
    // bytes, one record per line ended by a line feed, as every reader splits them: a byte that is
    // not UTF-8 is an error of its line, not of the file
    try (InputStream in = new BufferedInputStream(Files.newInputStream(challenges))) {
      int line = 0;
      for (byte[] text = line(in); text != null; text = line(in)) {
        line++;
        if (new String(text, StandardCharsets.ISO_8859_1).isBlank()) {
          continue;
        }
        try {
          filed.add(cli.json.readChallenge(text, typing));
        } catch (LeadSpecException e) {
          throw new LeadSpecException(challenges + " line " + line + ": " + e.getMessage());
        }
      }
    }
    List<Ruling> rulings = Arbiter.of(history).ruleAll(delivered, filed);
    var sink = output.isPresent() ? Files.newOutputStream(output.get()) : cli.out;
    try {
      for (Ruling ruling : rulings) {
        sink.write(cli.json.writeRuling(ruling));
      }
      sink.flush();
    } finally {
      if (output.isPresent()) {
        sink.close();
      }
    }
    Statement statement = Statement.of(verdicts, rulings);
    if (statementJson.isPresent()) {
      Files.write(statementJson.get(), cli.json.writeStatement(statement));
    }
    if (report.isPresent()) {
      Files.write(report.get(), Markdown.statement(statement, language).getBytes(StandardCharsets.UTF_8));
    }
    long upheld = rulings.stream().filter(Ruling::isUpheld).count();
    cli.err.print("lead-spec: " + rulings.size() + " challenges: " + upheld + " upheld, " + (rulings.size() - upheld)
        + " dismissed; " + statement.total().billable() + " of " + statement.total().leads() + " leads billable; amount due "
        + (statement.total().amountDue().isEmpty() ? "0" : statement.total().amountDue().toString()) + "\n");
    return 0;
  }
}
