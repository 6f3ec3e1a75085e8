package dev.leadspec.cli;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.Edit;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code lead-spec diff}: what an amendment changes, in its text, in the verdicts, and on real leads. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Shows what an amendment changes: the edits to the contract's text (criteria, fields, tables, terms), "
        + "then the regions of leads whose outcome, reasons, price or table output differs, each with the criteria each "
        + "version decides them by and an example lead. With --leads, also counts the leads of a file (JSONL, or CSV with "
        + "the same mapping as evaluate) whose outcome, reasons or price change, and the change in the amount "
        + "due per currency."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no difference: no lead gets another verdict and no term changed", "1:differences found (or lead "
        + "records that were errors)", "2:usage or mapping error", "3:a contract or the leads could not be read",
        "4:internal error (a bug)"})
final class DiffCommand implements Callable<Integer> {
  /** What the command writes. */
  enum Format {
    /** Markdown, in the language asked. */
    text,
    /** One JSON document. */
    json
  }

  /** The format of the JSON document {@code --format json} writes. */
  static final String FORMAT = "lead-spec.diff/1";

  @ParentCommand
  LeadSpecCli cli;

  @Parameters(index = "0", paramLabel = "FROM", description = "The earlier contract, as JSON.")
  Path from;

  @Parameters(index = "1", paramLabel = "TO", description = "The later contract, as JSON.")
  Path to;

  @Option(names = "--language", defaultValue = "EN", description = "EN or RU, for the text output (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "The output format: text "
      + "(Markdown) or json (default: ${DEFAULT-VALUE}). The leads' format is --leads-format.")
  Format format;

  @Option(names = "--leads", paramLabel = "FILE", description = "Leads to price the amendment on: a .jsonl or .csv file, or - "
      + "for standard input, read as evaluate reads them (--leads-format, --mapping and the CSV options). Each is evaluated by both versions, its facts "
      + "typed by the later one.")
  Optional<String> leads;

  @Mixin
  LeadInput input = new LeadInput();

  @Override
  public Integer call() throws IOException {
    Contract before = cli.contract(from);
    Contract after = cli.contract(to);
    if (input.printMapping(cli, after)) {
      return 0;
    }
    SemanticDiff diff = SemanticDiff.between(before, after);
    Impact impact = leads.isPresent() ? impact(before, after, leads.get()) : null;
    if (format == Format.json) {
      cli.out.write(json(diff, impact));
    } else {
      cli.out.print(Markdown.diff(diff, language));
      if (impact != null) {
        cli.out.print(impact.markdown(language == Language.RU));
      }
    }
    cli.out.flush();
    cli.err.print("lead-spec: " + before.reference() + " -> " + after.reference() + ": " + diff.edits().size() + " edits, "
        + diff.regions().size() + " regions differ" + (diff.isComplete() ? "" : ", diff incomplete")
        + (impact == null ? "" : ", " + impact.changed + " of " + impact.leads + " leads change"
            + (impact.errors > 0 ? ", " + impact.errors + " records were errors (each reported above)" : "")) + "\n");
    return diff.isEmpty() && (impact == null || impact.errors == 0) ? 0 : LeadSpecCli.FINDINGS;
  }

  // ------------------------------------------------------------------ leads

  /**
   * Evaluates every lead of the file by both versions, read as {@code evaluate} reads them (the
   * mapping checked against the later version before the first lead); each record that is an
   * error (unreadable, a duplicate id, a lead a version cannot evaluate) is reported on standard
   * error with its line and lead id, and counted.
   */
  private Impact impact(Contract before, Contract after, String file) {
    Evaluator a = Evaluator.of(before);
    Evaluator b = Evaluator.of(after);
    Impact impact = new Impact();
    try (LeadInput.Leads records = input.open(cli, file, after)) {
      while (records.hasNext()) {
        LeadSource.Record item = records.next();
        String error = item.lead().isPresent() ? impact.add(a, b, item.lead().get()) : item.error().orElseThrow();
        if (error != null) {
          impact.errors++;
          cli.err.print("lead-spec: " + LeadInput.describe(file, item.lead().isPresent() ? LeadInput.failed(item, error) : item)
              + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e.getCause());
    }
    return impact;
  }

  /** What the amendment does to a batch of leads. */
  static final class Impact {
    long leads;
    long errors;
    long changed;
    long nowAccepted;
    long nowRejected;
    long reasonsChanged;
    long priceChanged;
    final Map<String, BigDecimal> dueBefore = new TreeMap<>();
    final Map<String, BigDecimal> dueAfter = new TreeMap<>();

    /** Adds a lead evaluated by both versions; the message of the error when a version cannot evaluate it, else null. */
    @Nullable String add(Evaluator a, Evaluator b, Lead lead) {
      Verdict va;
      Verdict vb;
      try {
        va = a.evaluate(lead);
        vb = b.evaluate(lead);
      } catch (LeadSpecException e) {
        return e.getMessage();
      }
      leads++;
      boolean outcome = va.outcome() != vb.outcome();
      boolean reasons = !outcome && !va.isAccepted() && !reasons(va).equals(reasons(vb));
      boolean price = !va.price().equals(vb.price());
      nowAccepted += outcome && vb.isAccepted() ? 1 : 0;
      nowRejected += outcome && va.isAccepted() ? 1 : 0;
      reasonsChanged += reasons ? 1 : 0;
      priceChanged += price ? 1 : 0;
      changed += outcome || reasons || price ? 1 : 0;
      va.price().ifPresent(money -> due(dueBefore, money));
      vb.price().ifPresent(money -> due(dueAfter, money));
      for (String currency : dueBefore.keySet()) {
        dueAfter.putIfAbsent(currency, BigDecimal.ZERO);
      }
      for (String currency : dueAfter.keySet()) {
        dueBefore.putIfAbsent(currency, BigDecimal.ZERO);
      }
      return null;
    }

    private static Map<String, Status> reasons(Verdict verdict) {
      Map<String, Status> reasons = new TreeMap<>();
      for (CriterionResult reason : verdict.reasons()) {
        reasons.put(reason.criterionId(), reason.status());
      }
      return reasons;
    }

    private static void due(Map<String, BigDecimal> due, Money money) {
      int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
      BigDecimal amount = money.amount().scale() >= digits ? money.amount() : money.amount().setScale(digits);
      due.merge(money.currency().getCurrencyCode(), amount, BigDecimal::add);
    }

    String markdown(boolean ru) {
      StringBuilder md = new StringBuilder();
      md.append(ru ? "\n## Влияние на лиды\n\n" : "\n## Impact on the leads\n\n");
      md.append(ru ? "- Лидов: " : "- Leads: ").append(leads).append(errors > 0 ? (ru ? " (ошибок в записях: " : " (records that were errors: ")
          + errors + ")" : "").append('\n');
      md.append(ru ? "- Вердикт меняется: " : "- Verdict changes: ").append(changed).append('\n');
      md.append(ru ? "- Теперь засчитаны: " : "- Now accepted: ").append(nowAccepted).append('\n');
      md.append(ru ? "- Больше не засчитаны: " : "- No longer accepted: ").append(nowRejected).append('\n');
      md.append(ru ? "- Отклонены по другим причинам: " : "- Rejected for other reasons: ").append(reasonsChanged).append('\n');
      md.append(ru ? "- Цена меняется: " : "- Price changes: ").append(priceChanged).append('\n');
      for (String currency : dueBefore.keySet()) {
        BigDecimal x = dueBefore.get(currency);
        BigDecimal y = dueAfter.get(currency);
        md.append(ru ? "- К оплате, " : "- Amount due, ").append(currency).append(": ").append(x.toPlainString()).append(" → ")
            .append(y.toPlainString()).append(" (").append(y.subtract(x).signum() > 0 ? "+" : "").append(y.subtract(x).toPlainString())
            .append(")\n");
      }
      return md.toString();
    }
  }

  // ------------------------------------------------------------------ json

  private byte[] json(SemanticDiff diff, Impact impact) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), bytes)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      contract(g, "before", diff.before());
      contract(g, "after", diff.after());
      g.writeBooleanProperty("complete", diff.isComplete());
      g.writeBooleanProperty("differs", !diff.isEmpty());
      g.writeName("edits");
      g.writeStartArray();
      for (Edit edit : diff.edits()) {
        g.writeStartObject();
        g.writeStringProperty("kind", edit.kind().name());
        g.writeStringProperty("subject", edit.subject());
        g.writeName("parts");
        g.writeStartArray();
        for (String part : edit.parts()) {
          g.writeString(part);
        }
        g.writeEndArray();
        optional(g, "before", edit.before());
        optional(g, "after", edit.after());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("regions");
      g.writeStartArray();
      for (DiffRegion region : diff.regions()) {
        g.writeStartObject();
        side(g, "before", region.before().name(), region.beforeReasons(), region.beforePrice(), region.beforeTables());
        side(g, "after", region.after().name(), region.afterReasons(), region.afterPrice(), region.afterTables());
        g.writeStringProperty("leads", region.leads());
        g.writeStringProperty("words", region.words());
        g.writeName("example");
        g.writeRawValue(new String(cli.json.writeLead(region.example()), StandardCharsets.UTF_8).strip());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("remarks");
      g.writeStartArray();
      for (String remark : diff.remarks()) {
        g.writeString(remark);
      }
      g.writeEndArray();
      if (impact != null) {
        g.writeName("impact");
        g.writeStartObject();
        g.writeNumberProperty("leads", impact.leads);
        g.writeNumberProperty("errors", impact.errors);
        g.writeNumberProperty("changed", impact.changed);
        g.writeNumberProperty("nowAccepted", impact.nowAccepted);
        g.writeNumberProperty("noLongerAccepted", impact.nowRejected);
        g.writeNumberProperty("reasonsChanged", impact.reasonsChanged);
        g.writeNumberProperty("priceChanged", impact.priceChanged);
        g.writeName("amountDue");
        g.writeStartArray();
        for (String currency : impact.dueBefore.keySet()) {
          BigDecimal x = impact.dueBefore.get(currency);
          BigDecimal y = impact.dueAfter.get(currency);
          g.writeStartObject();
          g.writeStringProperty("currency", currency);
          g.writeStringProperty("before", x.toPlainString());
          g.writeStringProperty("after", y.toPlainString());
          g.writeStringProperty("change", y.subtract(x).toPlainString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private void contract(JsonGenerator g, String name, Contract contract) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("id", contract.id());
    g.writeNumberProperty("version", contract.version());
    g.writeStringProperty("fingerprint", Evaluator.of(contract).fingerprint());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    } else {
      g.writeNullProperty(name);
    }
  }

  private static void side(JsonGenerator g, String name, String outcome, Map<String, Status> reasons, Optional<Money> price,
      Map<String, String> tables) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("outcome", outcome);
    g.writeName("reasons");
    g.writeStartObject();
    for (Map.Entry<String, Status> reason : reasons.entrySet()) {
      g.writeStringProperty(reason.getKey(), reason.getValue().name());
    }
    g.writeEndObject();
    if (price.isPresent()) {
      g.writeName("price");
      g.writeStartObject();
      int digits = Math.max(price.get().currency().getDefaultFractionDigits(), 0);
      BigDecimal amount = price.get().amount();
      g.writeStringProperty("amount", (amount.scale() >= digits ? amount : amount.setScale(digits)).toPlainString());
      g.writeStringProperty("currency", price.get().currency().getCurrencyCode());
      g.writeEndObject();
    } else {
      g.writeNullProperty("price");
    }
    g.writeName("tables");
    g.writeStartObject();
    for (Map.Entry<String, String> table : tables.entrySet()) {
      g.writeStringProperty(table.getKey(), table.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
