package dev.leadspec.text;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.Edit;
import dev.leadspec.analysis.Remark;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A semantic diff as Markdown: the edit summary, the terms, then the regions of leads whose verdict changes. */
final class DiffMarkdown {
  private final SemanticDiff diff;
  private final Phrases p;
  private final String tag;
  private final Words words;
  private final Words wordsBefore;
  private final Words wordsAfter;
  private final String labelA;
  private final String labelB;

  DiffMarkdown(SemanticDiff diff, Language language) {
    this.diff = diff;
    this.p = language.phrases();
    this.tag = language.tag();
    Contract before = diff.before();
    Contract after = diff.after();
    this.words = new Words(language, name -> after.field(name).or(() -> before.field(name)).orElseThrow());
    this.wordsBefore = new Words(language, name -> before.field(name).orElseThrow());
    this.wordsAfter = new Words(language, name -> after.field(name).orElseThrow());
    if (before.id().equals(after.id()) && before.version() != after.version()) {
      labelA = "v" + before.version();
      labelB = "v" + after.version();
    } else if (!before.reference().equals(after.reference())) {
      labelA = before.reference();
      labelB = after.reference();
    } else {
      labelA = p.side(true);
      labelB = p.side(false);
    }
  }

  String render() {
    Contract before = diff.before();
    Contract after = diff.after();
    StringBuilder md = new StringBuilder();
    md.append(p.amendmentTitle()).append(before.reference()).append(" → ").append(after.reference()).append("\n\n");
    md.append("## ").append(p.editsTitle()).append("\n\n");
    section(md, p.editGroup(0), Edit.Kind.CRITERION_ADDED, Edit.Kind.CRITERION_REMOVED, Edit.Kind.CRITERION_CHANGED);
    section(md, p.editGroup(1), Edit.Kind.FIELD_ADDED, Edit.Kind.FIELD_REMOVED, Edit.Kind.FIELD_CHANGED);
    section(md, p.editGroup(2), Edit.Kind.TABLE_ADDED, Edit.Kind.TABLE_REMOVED, Edit.Kind.TABLE_CHANGED);
    section(md, p.editGroup(3), Edit.Kind.TERM_CHANGED);
    if (diff.edits().isEmpty()) {
      md.append(p.unchanged()).append("\n\n");
    }
    md.append("## ").append(p.regionsTitle()).append("\n\n");
    if (diff.regions().isEmpty()) {
      md.append(p.noRegion(diff.isComplete())).append('\n');
    }
    for (DiffRegion region : diff.regions()) {
      md.append("- ").append(region(region)).append('\n');
    }
    if (!diff.remarkDetails().isEmpty()) {
      md.append("\n## ").append(p.notesTitle()).append("\n\n");
      for (Remark remark : diff.remarkDetails()) {
        md.append("- ").append(p.remark(remark)).append('\n');
      }
    }
    return md.toString();
  }

  private void section(StringBuilder md, String title, Edit.Kind... kinds) {
    List<String> lines = new ArrayList<>();
    for (Edit edit : diff.edits()) {
      for (Edit.Kind kind : kinds) {
        if (edit.kind() == kind) {
          lines.add(edit(edit));
        }
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    md.append("### ").append(title).append("\n\n");
    for (String line : lines) {
      md.append("- ").append(line).append('\n');
    }
    md.append('\n');
  }

  private String edit(Edit edit) {
    Contract before = diff.before();
    Contract after = diff.after();
    String subject = edit.subject();
    switch (edit.kind()) {
      case CRITERION_ADDED:
        return "**" + subject + "** " + p.edited(0, 0) + ": " + criterion(after.criterion(subject).orElseThrow(), wordsAfter);
      case CRITERION_REMOVED:
        return "**" + subject + "** " + p.edited(1, 0) + ": " + criterion(before.criterion(subject).orElseThrow(), wordsBefore);
      case CRITERION_CHANGED:
        return "**" + subject + "** " + p.edited(2, 0) + " (" + parts(edit.parts()) + "): "
            + criterion(before.criterion(subject).orElseThrow(), wordsBefore) + " → "
            + criterion(after.criterion(subject).orElseThrow(), wordsAfter);
      case FIELD_ADDED:
        return "`" + subject + "` " + p.edited(0, 1) + ": " + field(after.field(subject).orElseThrow(), wordsAfter);
      case FIELD_REMOVED:
        return "`" + subject + "` " + p.edited(1, 1) + ": " + field(before.field(subject).orElseThrow(), wordsBefore);
      case FIELD_CHANGED:
        return "`" + subject + "` " + p.edited(2, 1) + " (" + parts(edit.parts()) + "): "
            + field(before.field(subject).orElseThrow(), wordsBefore) + " → " + field(after.field(subject).orElseThrow(), wordsAfter);
      case TABLE_ADDED:
        return "`" + subject + "` " + p.edited(0, 2) + ": " + table(after.table(subject).orElseThrow(), wordsAfter);
      case TABLE_REMOVED:
        return "`" + subject + "` " + p.edited(1, 2) + ": " + table(before.table(subject).orElseThrow(), wordsBefore);
      case TABLE_CHANGED:
        return "`" + subject + "` " + p.edited(2, 2) + " (" + parts(edit.parts()) + "): "
            + table(before.table(subject).orElseThrow(), wordsBefore) + " → " + table(after.table(subject).orElseThrow(), wordsAfter);
      default:
        return term(edit);
    }
  }

  private String term(Edit edit) {
    Contract before = diff.before();
    Contract after = diff.after();
    switch (edit.subject()) {
      case "price":
        return p.term("price") + ": " + price(before.terms().price()) + " → " + price(after.terms().price());
      case "price table":
        return p.term("price table") + ": " + tableId(before.terms().priceTable()) + " → "
            + tableId(after.terms().priceTable());
      case "challenge window":
        return p.term("challenge window") + ": " + window(before) + " → " + window(after);
      case "zone":
        return p.term("zone") + ": " + before.zone().getId() + " → " + after.zone().getId();
      case "effective from":
        return p.term("effective from") + ": " + words.date(before.effectiveFrom()) + " → "
            + words.date(after.effectiveFrom());
      default:
        String id = edit.subject();
        return "**" + id + "**: " + laterEvidence(before.criterion(id).orElseThrow()) + " → "
            + laterEvidence(after.criterion(id).orElseThrow());
    }
  }

  private String price(Optional<Money> price) {
    return price.map(this::money).orElse(p.none());
  }

  /** An amount with at least its currency's minor digits: {@code 12.50 BRL}, as the contract states it otherwise. */
  private String money(Money money) {
    return words.money(minor(money));
  }

  static Money minor(Money money) {
    int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
    return money.amount().scale() >= digits ? money : Money.of(money.amount().setScale(digits), money.currency());
  }

  private String tableId(Optional<String> id) {
    return id.map(t -> "`" + t + "`").orElse(p.none());
  }

  private String window(Contract contract) {
    return contract.terms().challengeWindow().map(words::duration).orElse(p.noLimit());
  }

  private String laterEvidence(Criterion criterion) {
    return p.laterEvidence(criterion.admitsLaterEvidence());
  }

  private String parts(List<String> parts) {
    List<String> named = new ArrayList<>();
    for (String part : parts) {
      named.add(p.part(part));
    }
    return String.join(", ", named);
  }

  private String criterion(Criterion criterion, Words in) {
    boolean required = criterion.role() == Role.REQUIRED;
    String text = p.role(required) + ", " + in.condition(criterion.condition());
    if (criterion.unknownAs() == Status.MET) {
      text += p.unknownMet(required);
    }
    return text;
  }

  private String field(Field field, Words in) {
    String text = field.label(tag) + ", " + in.kind(field.kind());
    if (!field.codes().isEmpty()) {
      text += ": " + String.join(", ", field.codes());
    }
    return text + in.unit(field).map(unit -> " (" + unit + ")").orElse("");
  }

  private String table(Table table, Words in) {
    List<String> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      rows.add(row.id() + " (" + in.condition(row.condition()) + ") → " + in.output(row.output()));
    }
    return p.tablePolicy(table.hitPolicy() == HitPolicy.UNIQUE, table.complete()) + "; " + String.join("; ", rows);
  }

  private String region(DiffRegion region) {
    String leads = leads(region.boxes());
    String sentence;
    if (region.before() == Outcome.REJECTED && region.after() == Outcome.ACCEPTED) {
      sentence = p.nowAccepts(labelB, leads, region.afterPrice().map(this::money).orElse(""), labelA,
          reasons(region.beforeReasons()));
    } else if (region.before() == Outcome.ACCEPTED && region.after() == Outcome.REJECTED) {
      sentence = p.noLongerAccepts(labelB, leads, reasons(region.afterReasons()), labelA,
          region.beforePrice().map(this::money).orElse(""));
    } else if (region.before() == Outcome.ACCEPTED) {
      List<String> changes = new ArrayList<>();
      if (!region.beforePrice().equals(region.afterPrice())) {
        changes.add(p.priceInsteadOf(price(region.afterPrice()), price(region.beforePrice())));
      }
      for (Map.Entry<String, String> table : region.afterTables().entrySet()) {
        changes.add("`" + table.getKey() + "` " + p.insteadOf(table.getValue(), region.beforeTables().get(table.getKey())));
      }
      sentence = p.differently(labelB, !region.beforePrice().equals(region.afterPrice()), leads, String.join("; ", changes));
    } else {
      List<String> changes = new ArrayList<>();
      if (!region.beforeReasons().isEmpty()) {
        changes.add(p.otherReasons(false, reasons(region.beforeReasons())));
      }
      if (!region.afterReasons().isEmpty()) {
        changes.add(p.otherReasons(true, reasons(region.afterReasons())));
      }
      sentence = p.rejectsOtherwise(labelB, leads, String.join("; ", changes));
    }
    return sentence + p.example() + facts(region.example()) + ".";
  }

  private String leads(List<List<Condition>> boxes) {
    if (boxes.isEmpty() || (boxes.size() == 1 && boxes.get(0).isEmpty())) {
      return p.allLeads();
    }
    List<String> texts = new ArrayList<>();
    for (List<Condition> box : boxes) {
      List<String> parts = new ArrayList<>();
      for (Condition part : box) {
        parts.add(condition(part));
      }
      texts.add(String.join("; ", parts));
    }
    if (texts.size() == 1) {
      return p.leadsWhere() + texts.get(0);
    }
    return p.leadsWhere() + "(" + String.join(")" + p.or() + "(", texts) + ")";
  }

  /** A box's condition on one field; alternatives on that field joined by "or": {@code Time on site: at most 239 or unknown}. */
  private String condition(Condition condition) {
    if (condition.fields().size() == 1 && !condition.parts().isEmpty() && condition.accept(new IsAny())) {
      String prefix = words.label(condition.fields().iterator().next()) + ": ";
      List<String> alternatives = new ArrayList<>();
      for (Condition part : condition.parts()) {
        String text = words.condition(part);
        if (!text.startsWith(prefix) || !part.parts().isEmpty()) {
          return words.condition(condition);
        }
        alternatives.add(text.substring(prefix.length()));
      }
      return prefix + String.join(p.or(), alternatives);
    }
    return words.condition(condition);
  }

  private String reasons(Map<String, Status> reasons) {
    List<String> items = new ArrayList<>();
    reasons.forEach((id, status) -> items.add(id + (status == Status.UNKNOWN ? p.unknownReason() : "")));
    if (items.isEmpty()) {
      return p.unchangedCriteria();
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + p.and() + items.get(items.size() - 1);
  }

  private String facts(Lead lead) {
    if (lead.facts().isEmpty()) {
      return p.noFacts();
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      parts.add(words.fact(fact.getKey(), java.util.Optional.of(fact.getValue())));
    }
    return String.join(", ", parts);
  }

  /** Whether a condition is a disjunction. */
  private static final class IsAny implements Condition.Visitor<Boolean> {
    @Override
    public Boolean visit(Condition.Compare compare) {
      return false;
    }

    @Override
    public Boolean visit(Condition.Between between) {
      return false;
    }

    @Override
    public Boolean visit(Condition.In in) {
      return false;
    }

    @Override
    public Boolean visit(Condition.Contains contains) {
      return false;
    }

    @Override
    public Boolean visit(Condition.Known known) {
      return false;
    }

    @Override
    public Boolean visit(Condition.All all) {
      return false;
    }

    @Override
    public Boolean visit(Condition.Any any) {
      return true;
    }

    @Override
    public Boolean visit(Condition.Not not) {
      return false;
    }

    @Override
    public Boolean visit(Condition.AtLeast atLeast) {
      return false;
    }
  }
}
