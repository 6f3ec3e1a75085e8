package dev.leadspec.cli;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Tally;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.json.StoredVerdict;
import dev.leadspec.json.VerdictReader;
import dev.leadspec.json.VerdictRecord;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.report.HtmlReport;
import dev.leadspec.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code lead-spec report}: the statement of a batch as one self-contained HTML page. The verdicts
 * are recomputed from the leads by the versions that governed them (a stored verdicts file, when
 * given, must match them byte for byte), and the challenges are ruled on as {@code settle} rules
 * them, or {@code settle}'s stored rulings are confirmed by ruling on their challenges again: the
 * page shows only what the contract gives.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the statement of a batch as one self-contained HTML page (no server, no network): amount due "
        + "per version and per day, billable leads, replacements owed, challenges by ground, daily dynamics, shares by "
        + "each choice of the contract, time measures, every rejected or challenged lead with its reasons, and the "
        + "contract's versions and fingerprints. Verdicts are recomputed from the leads; stored verdicts, when given, "
        + "must match them byte for byte and name versions of the given history.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the page was written", "1:the page was written, but some lead records were errors (each reported "
        + "on stderr, as settle reports them) and are not on it", "2:usage or mapping error",
        "3:a file could not be read or written, a stored verdict names a version not in the history or does not match, "
            + "a challenge or ruling names a lead without a verdict, or a stored ruling is not the one the contract gives; "
            + "no page is written"})
final class ReportCommand implements Callable<Integer> {
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

  @Option(names = "--verdicts", description = "The stored verdicts, as JSONL (lead-spec evaluate's output): one per lead, "
      + "each confirmed byte for byte against the recomputed verdict.")
  Optional<Path> verdicts;

  @Option(names = "--challenges", description = "The challenges, as JSONL (lead-spec.challenge/1), ruled on by the "
      + "governing versions as settle rules them.")
  Optional<Path> challenges;

  @Option(names = "--rulings", description = "Stored rulings, as JSONL (lead-spec settle's output): each challenge is "
      + "ruled on again by the governing version and must give the stored ruling byte for byte. Excludes --challenges.")
  Optional<Path> rulings;

  @Option(names = "--language", defaultValue = "EN", description = "The page's language: EN or RU (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = {"-o", "--output"}, description = "Where the page goes; standard output unless stated.")
  Optional<Path> output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (challenges.isPresent() && rulings.isPresent()) {
      throw new ParameterException(spec.commandLine(), "--challenges and --rulings exclude each other: give the challenges "
          + "to rule on, or the rulings to confirm");
    }
    List<Contract> versions = new ArrayList<>();
    contracts.forEach(file -> versions.add(cli.contract(file)));
    ContractHistory history = ContractHistory.of(versions);
    Contract typing = history.latest();
    if (input.printMapping(cli, typing)) {
      return 0;
    }
    long leadErrors = 0;

    List<Lead> delivered = new ArrayList<>();
    Map<String, Verdict> byLead = new LinkedHashMap<>();
    // the lead records that were errors, by lead id where it was read; how many named no lead
    Set<String> failed = new HashSet<>();
    int unnamed = 0;
    try (LeadInput.Leads records = input.open(cli, leads.toString(), typing)) {
      while (records.hasNext()) {
        LeadSource.Record item = records.next();
        if (item.lead().isPresent()) {
          Lead lead = item.lead().get();
          try {
            byLead.put(lead.id(), history.evaluate(lead));
            delivered.add(lead);
            continue;
          } catch (LeadSpecException e) {
            item = LeadInput.failed(item, e.getMessage());
          }
        }
        // an error record, as settle reports it: on stderr, counted, and not on the page
        leadErrors++;
        if (item.leadId().isPresent()) {
          failed.add(item.leadId().get());
        } else {
          unnamed++;
        }
        cli.err.print("lead-spec: " + LeadInput.describe(leads.toString(), item) + "\n");
      }
    }
    if (verdicts.isPresent()) {
      confirm(verdicts.get(), history, byLead, failed, unnamed);
    }
    List<Ruling> ruled = List.of();
    if (rulings.isPresent()) {
      ruled = confirmRulings(rulings.get(), history, delivered, byLead);
    }
    if (challenges.isPresent()) {
      List<Challenge> filed = readChallenges(challenges.get(), typing);
      List<String> orphans = new ArrayList<>();
      filed.forEach(challenge -> {
        if (!byLead.containsKey(challenge.leadId())) {
          orphans.add(challenge.leadId());
        }
      });
      if (!orphans.isEmpty()) {
        throw new LeadSpecException(challenges.get() + ": " + orphans.size() + (orphans.size() == 1 ? " challenge names a lead" :
            " challenges name leads") + " without a verdict: " + named(orphans) + "; no page written");
      }
      ruled = Arbiter.of(history).ruleAll(delivered, filed);
    }
    HtmlReport report = HtmlReport.builder().history(history).verdicts(new ArrayList<>(byLead.values())).rulings(ruled)
        .language(language).build();
    byte[] page = report.html().getBytes(StandardCharsets.UTF_8);
    if (output.isPresent()) {
      Path target = output.get().toAbsolutePath();
      Path temporary = Files.createTempFile(target.getParent(), ".lead-spec-report", ".html");
      try {
        Files.write(temporary, page);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } else {
      cli.out.write(page);
      cli.out.flush();
    }
    Tally total = report.statement().total();
    cli.err.print("lead-spec: report of " + total.leads() + " leads, " + total.billable() + " billable, " + ruled.size()
        + " challenges; amount due " + (total.amountDue().isEmpty() ? "0" : total.amountDue().toString())
        + (leadErrors > 0 ? "; " + leadErrors + " lead records were errors (each reported above, not on the page)" : "")
        + output.map(file -> "; written to " + file).orElse("") + "\n");
    return leadErrors > 0 ? LeadSpecCli.FINDINGS : 0;
  }

  /**
   * Every stored verdict names a version of the history and matches its lead's recomputed verdict;
   * every lead has one. A stored error record stands for a lead record that was an error: one
   * naming a lead whose record was an error, or, naming none, as many as the lead records that
   * were errors naming none.
   */
  private void confirm(Path file, ContractHistory history, Map<String, Verdict> byLead, Set<String> failed, int unnamed)
      throws IOException {
    int unnamedLeft = unnamed;
    Map<Integer, String> fingerprints = new HashMap<>();
    for (Contract version : history.versions()) {
      fingerprints.put(version.version(), dev.leadspec.eval.Evaluator.of(version).fingerprint());
    }
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    try (VerdictReader reader = cli.json.verdictReader(Files.newInputStream(file))) {
      for (VerdictRecord record : reader) {
        String where = "line " + record.line() + ": ";
        if (record.verdict().isEmpty()) {
          if (record.leadId().isPresent() ? failed.contains(record.leadId().get()) : unnamedLeft-- > 0) {
            continue;
          }
          problems.add(where + record.error().orElse("not a verdict"));
          continue;
        }
        StoredVerdict stored = record.verdict().get();
        String named = where + "lead " + stored.leadId() + ": " + stored.contractId() + " v" + stored.contractVersion();
        if (!stored.contractId().equals(history.contractId())) {
          problems.add(named + " is not a version of " + history.contractId());
          continue;
        }
        String fingerprint = fingerprints.get(stored.contractVersion());
        if (fingerprint == null) {
          problems.add(named + " is not in the history");
          continue;
        }
        if (!fingerprint.equals(stored.contractFingerprint())) {
          problems.add(named + " has fingerprint " + stored.contractFingerprint() + ", the history's v" + stored.contractVersion()
              + " has " + fingerprint);
          continue;
        }
        Verdict recomputed = byLead.get(stored.leadId());
        if (recomputed == null) {
          problems.add(where + "lead " + stored.leadId() + " is not among the leads");
          continue;
        }
        if (seen.put(stored.leadId(), record.line()) != null) {
          problems.add(where + "lead " + stored.leadId() + " has a verdict on line " + seen.get(stored.leadId()) + " too");
          continue;
        }
        try {
          cli.json.verifyVerdict(stored.json().getBytes(StandardCharsets.UTF_8), recomputed);
        } catch (LeadSpecException e) {
          problems.add(where + e.getMessage());
        }
      }
    }
    for (String lead : byLead.keySet()) {
      if (!seen.containsKey(lead)) {
        problems.add("lead " + lead + " has no stored verdict");
      }
    }
    if (!problems.isEmpty()) {
      throw new LeadSpecException("verdicts " + file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + ", no page written: " + named(problems));
    }
  }

  /**
   * Stored rulings, each confirmed by ruling on its challenge again: a ruling on a lead without a
   * verdict, or one the contract does not give byte for byte, is named and no page is written.
   */
  private List<Ruling> confirmRulings(Path file, ContractHistory history, List<Lead> delivered, Map<String, Verdict> byLead)
      throws IOException {
    Map<String, Lead> leadsById = new HashMap<>();
    delivered.forEach(lead -> leadsById.put(lead.id(), lead));
    Arbiter arbiter = Arbiter.of(history);
    List<Ruling> confirmed = new ArrayList<>();
    List<String> orphans = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (JsonlLines lines = new JsonlLines(Files.newInputStream(file), file.toString(), cli.json.limits().maxDocumentBytes())) {
      for (byte[] text = lines.next(); text != null; text = lines.next()) {
        int line = lines.line();
        Challenge challenge;
        try {
          challenge = cli.json.readChallenge(challengeOf(text), history.latest());
        } catch (LeadSpecException e) {
          throw new LeadSpecException(file + " line " + line + ": " + e.getMessage());
        }
        Lead lead = leadsById.get(challenge.leadId());
        if (lead == null || !byLead.containsKey(challenge.leadId())) {
          orphans.add(challenge.leadId());
          continue;
        }
        Ruling ruling = arbiter.rule(lead, challenge);
        byte[] stored = Arrays.copyOf(text, text.length + 1);
        stored[text.length] = '\n';
        if (!Arrays.equals(cli.json.writeRuling(ruling), stored)) {
          problems.add("line " + line + ": lead " + challenge.leadId() + ": the stored ruling is not the one the contract gives ("
              + (ruling.isUpheld() ? "UPHELD" : "DISMISSED") + ", " + ruling.ground() + ")");
          continue;
        }
        confirmed.add(ruling);
      }
    }
    if (!orphans.isEmpty()) {
      problems.add(0, orphans.size() + (orphans.size() == 1 ? " ruling on a lead" : " rulings on leads") + " without a verdict: "
          + String.join(", ", orphans.subList(0, Math.min(5, orphans.size()))) + (orphans.size() > 5 ? " and "
          + (orphans.size() - 5) + " more" : ""));
    }
    if (!problems.isEmpty()) {
      throw new LeadSpecException("rulings " + file + ": " + named(problems) + "; no page written");
    }
    return confirmed;
  }

  /** The challenge inside a stored ruling, as a challenge document. */
  private static byte[] challengeOf(byte[] ruling) {
    JsonFactory factory = new JsonFactory();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), ruling)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new LeadSpecException("not a ruling: expected an object");
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!name.equals("challenge")) {
          parser.skipChildren();
          continue;
        }
        if (value != JsonToken.START_OBJECT) {
          throw new LeadSpecException("not a ruling: $.challenge is not an object");
        }
        try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
          generator.writeStartObject();
          generator.writeStringProperty("format", "lead-spec.challenge/1");
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            generator.writeName(parser.currentName());
            parser.nextToken();
            generator.copyCurrentStructure(parser);
          }
          generator.writeEndObject();
        }
        return out.toByteArray();
      }
    } catch (JacksonException e) {
      throw new LeadSpecException("not a ruling: " + e.getOriginalMessage());
    }
    throw new LeadSpecException("not a ruling: it has no challenge");
  }

  private List<Challenge> readChallenges(Path file, Contract typing) throws IOException {
    List<Challenge> filed = new ArrayList<>();
    try (JsonlLines lines = new JsonlLines(Files.newInputStream(file), file.toString(), cli.json.limits().maxDocumentBytes())) {
      for (byte[] text = lines.next(); text != null; text = lines.next()) {
        try {
          filed.add(cli.json.readChallenge(text, typing));
        } catch (LeadSpecException e) {
          throw new LeadSpecException(file + " line " + lines.line() + ": " + e.getMessage());
        }
      }
    }
    return filed;
  }

  private static String named(List<String> items) {
    int shown = Math.min(5, items.size());
    return String.join("; ", items.subList(0, shown)) + (items.size() > shown ? " and " + (items.size() - shown) + " more" : "");
  }
}
