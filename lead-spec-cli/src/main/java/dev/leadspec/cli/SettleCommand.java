package dev.leadspec.cli;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec settle}: rules on challenges by the governing versions and states what is owed. */
@Command(name = "settle", mixinStandardHelpOptions = true,
    description = "Rules on every challenge by the contract version that governed its lead (LATE, OUT_OF_CONTRACT, "
        + "EVIDENCE_AFTER_DELIVERY, then re-evaluation), writes one ruling per challenge as JSONL, and the statement of "
        + "what is owed per version and per day.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every challenge ruled on", "1:some lead records were errors (each reported on stderr)",
        "2:usage or mapping error",
        "3:a contract, lead or challenge could not be read, or a challenge names an unknown lead",
        "4:internal error (a bug)"})
final class SettleCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, paramLabel = "FILE",
      description = "A version of the contract, as JSON; repeat for every version (the history).")
  List<Path> contracts;

  @Option(names = "--leads", required = true, description = "The leads as delivered: JSONL, or CSV read by the mapping "
      + "options (--mapping, --map, ...), as evaluate reads them.")
  Path leads;

  @Mixin
  LeadInput input = new LeadInput();

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

  @Override
  public Integer call() throws IOException {
    List<Contract> versions = new ArrayList<>();
    contracts.forEach(file -> versions.add(cli.contract(file)));
    ContractHistory history = ContractHistory.of(versions);
    Contract typing = history.latest();
    if (input.printMapping(cli, typing)) {
      return 0;
    }

    List<Lead> delivered = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    long leadErrors = 0;
    try (LeadInput.Leads records = input.open(cli, leads.toString(), typing)) {
      while (records.hasNext()) {
        LeadSource.Record item = records.next();
        if (item.lead().isPresent()) {
          Lead lead = item.lead().get();
          try {
            verdicts.add(history.evaluate(lead));
            delivered.add(lead);
            continue;
          } catch (LeadSpecException e) {
            item = LeadInput.failed(item, e.getMessage());
          }
        }
        // an error record: reported, counted, and the lead is not among those delivered
        leadErrors++;
        cli.err.print("lead-spec: " + LeadInput.describe(leads.toString(), item) + "\n");
      }
    }
    List<Challenge> filed = new ArrayList<>();
    // a challenge that cannot be read stops the settlement, naming its line: none is dropped
    try (JsonlLines lines = new JsonlLines(Files.newInputStream(challenges), challenges.toString(),
        cli.json.limits().maxDocumentBytes())) {
      for (byte[] text = lines.next(); text != null; text = lines.next()) {
        try {
          filed.add(cli.json.readChallenge(text, typing));
        } catch (LeadSpecException e) {
          throw new LeadSpecException(challenges + " line " + lines.line() + ": " + e.getMessage());
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
        + (statement.total().amountDue().isEmpty() ? "0" : statement.total().amountDue().toString())
        + (leadErrors > 0 ? "; " + leadErrors + " lead records were errors (each reported above)" : "") + "\n");
    return leadErrors > 0 ? LeadSpecCli.FINDINGS : 0;
  }
}
