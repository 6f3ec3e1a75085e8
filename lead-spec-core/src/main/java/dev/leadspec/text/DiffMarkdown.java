package dev.leadspec.text;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.Edit;
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
  private final boolean ru;
  private final Words words;
  private final Words wordsBefore;
  private final Words wordsAfter;
  private final String labelA;
  private final String labelB;

  DiffMarkdown(SemanticDiff diff, Language language) {
    this.diff = diff;
    this.ru = language == Language.RU;
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
      labelA = ru ? "первый договор" : "the first contract";
      labelB = ru ? "второй договор" : "the second contract";
    }
  }

  String render() {
    Contract before = diff.before();
    Contract after = diff.after();
    StringBuilder md = new StringBuilder();
    md.append(ru ? "# Поправка: " : "# Amendment: ").append(before.reference()).append(" → ").append(after.reference()).append("\n\n");
    md.append(ru ? "## Правки\n\n" : "## Edits\n\n");
    section(md, ru ? "Критерии" : "Criteria", Edit.Kind.CRITERION_ADDED, Edit.Kind.CRITERION_REMOVED, Edit.Kind.CRITERION_CHANGED);
    section(md, ru ? "Поля" : "Fields", Edit.Kind.FIELD_ADDED, Edit.Kind.FIELD_REMOVED, Edit.Kind.FIELD_CHANGED);
    section(md, ru ? "Таблицы" : "Tables", Edit.Kind.TABLE_ADDED, Edit.Kind.TABLE_REMOVED, Edit.Kind.TABLE_CHANGED);
    section(md, ru ? "Условия оплаты и споров" : "Terms", Edit.Kind.TERM_CHANGED);
    if (diff.edits().isEmpty()) {
      md.append(ru ? "Текст договора не изменился.\n\n" : "The text of the contract is unchanged.\n\n");
    }
    md.append(ru ? "## Лиды, чей вердикт меняется\n\n" : "## Leads whose verdict changes\n\n");
    if (diff.regions().isEmpty()) {
      md.append(diff.isComplete() ? (ru ? "Ни один лид не получает другого вердикта.\n" : "No lead gets another verdict.\n")
          : (ru ? "Различий не найдено в пределах бюджета анализа.\n" : "No difference was found within the analysis budget.\n"));
    }
    for (DiffRegion region : diff.regions()) {
      md.append("- ").append(region(region)).append('\n');
    }
    if (!diff.remarks().isEmpty()) {
      md.append(ru ? "\n## Примечания\n\n" : "\n## Notes\n\n");
      for (String remark : diff.remarks()) {
        md.append("- ").append(remark).append('\n');
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
        return "**" + subject + "** " + (ru ? "добавлен: " : "added: ") + criterion(after.criterion(subject).orElseThrow(), wordsAfter);
      case CRITERION_REMOVED:
        return "**" + subject + "** " + (ru ? "удалён: " : "removed: ") + criterion(before.criterion(subject).orElseThrow(), wordsBefore);
      case CRITERION_CHANGED:
        return "**" + subject + "** " + (ru ? "изменён" : "changed") + " (" + parts(edit.parts()) + "): "
            + criterion(before.criterion(subject).orElseThrow(), wordsBefore) + " → "
            + criterion(after.criterion(subject).orElseThrow(), wordsAfter);
      case FIELD_ADDED:
        return "`" + subject + "` " + (ru ? "добавлено: " : "added: ") + field(after.field(subject).orElseThrow());
      case FIELD_REMOVED:
        return "`" + subject + "` " + (ru ? "удалено: " : "removed: ") + field(before.field(subject).orElseThrow());
      case FIELD_CHANGED:
        return "`" + subject + "` " + (ru ? "изменено" : "changed") + " (" + parts(edit.parts()) + "): "
            + field(before.field(subject).orElseThrow()) + " → " + field(after.field(subject).orElseThrow());
      case TABLE_ADDED:
        return "`" + subject + "` " + (ru ? "добавлена: " : "added: ") + table(after.table(subject).orElseThrow(), wordsAfter);
      case TABLE_REMOVED:
        return "`" + subject + "` " + (ru ? "удалена: " : "removed: ") + table(before.table(subject).orElseThrow(), wordsBefore);
      case TABLE_CHANGED:
        return "`" + subject + "` " + (ru ? "изменена" : "changed") + " (" + parts(edit.parts()) + "): "
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
        return (ru ? "Цена: " : "Price: ") + price(before.terms().price()) + " → " + price(after.terms().price());
      case "price table":
        return (ru ? "Таблица цен: " : "Price table: ") + tableId(before.terms().priceTable()) + " → "
            + tableId(after.terms().priceTable());
      case "challenge window":
        return (ru ? "Срок оспаривания: " : "Challenge window: ") + window(before) + " → " + window(after);
      case "zone":
        return (ru ? "Часовой пояс: " : "Zone: ") + before.zone().getId() + " → " + after.zone().getId();
      case "effective from":
        return (ru ? "Действует с: " : "Effective from: ") + words.date(before.effectiveFrom()) + " → "
            + words.date(after.effectiveFrom());
      default:
        String id = edit.subject();
        return "**" + id + "**: " + laterEvidence(before.criterion(id).orElseThrow()) + " → "
            + laterEvidence(after.criterion(id).orElseThrow());
    }
  }

  private String price(Optional<Money> price) {
    return price.map(this::money).orElse(ru ? "не указана" : "none");
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
    return id.map(t -> "`" + t + "`").orElse(ru ? "нет" : "none");
  }

  private String window(Contract contract) {
    return contract.terms().challengeWindow().map(words::duration).orElse(ru ? "не ограничен" : "no limit");
  }

  private String laterEvidence(Criterion criterion) {
    return criterion.admitsLaterEvidence()
        ? (ru ? "решают и доказательства, полученные после передачи" : "evidence recorded after delivery may decide it")
        : (ru ? "решают только доказательства, полученные до передачи" : "only evidence recorded by delivery decides it");
  }

  private String parts(List<String> parts) {
    List<String> named = new ArrayList<>();
    for (String part : parts) {
      named.add(ru ? partRu(part) : part);
    }
    return String.join(", ", named);
  }

  private static String partRu(String part) {
    switch (part) {
      case "title": return "название";
      case "condition": return "условие";
      case "role": return "роль";
      case "unknownAs": return "правило для неизвестного";
      case "kind": return "тип";
      case "label": return "подпись";
      case "unit": return "единица";
      case "codes": return "коды";
      case "question": return "вопрос";
      case "hitPolicy": return "правило строк";
      case "complete": return "полнота";
      default: return "строки";
    }
  }

  private String criterion(Criterion criterion, Words in) {
    boolean required = criterion.role() == Role.REQUIRED;
    String text = (required ? (ru ? "обязательный" : "required") : (ru ? "исключение" : "disqualifier")) + ", "
        + in.condition(criterion.condition());
    if (criterion.unknownAs() == Status.MET) {
      text += required ? (ru ? " (неизвестное засчитывается)" : " (unknown counts as met)")
          : (ru ? " (неизвестное исключает)" : " (unknown disqualifies)");
    }
    return text;
  }

  private String field(Field field) {
    String text = field.label() + ", " + words.kind(field.kind());
    if (!field.codes().isEmpty()) {
      text += ": " + String.join(", ", field.codes());
    }
    return text + field.unit().map(unit -> " (" + unit + ")").orElse("");
  }

  private String table(Table table, Words in) {
    List<String> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      rows.add(row.id() + " (" + in.condition(row.condition()) + ") → " + in.output(row.output()));
    }
    String policy = table.hitPolicy() == HitPolicy.UNIQUE ? (ru ? "строки не пересекаются" : "rows must not overlap")
        : (ru ? "первая подходящая строка" : "first matching row");
    return policy + (table.complete() ? (ru ? ", полная" : ", complete") : "") + "; " + String.join("; ", rows);
  }

  private String region(DiffRegion region) {
    String leads = leads(region.boxes());
    String sentence;
    if (region.before() == Outcome.REJECTED && region.after() == Outcome.ACCEPTED) {
      sentence = ru
          ? labelB + " также засчитывает " + leads + region.afterPrice().map(p -> ", по цене " + money(p)).orElse("") + "; "
              + labelA + " отклоняет их по " + reasons(region.beforeReasons())
          : labelB + " also accepts " + leads + region.afterPrice().map(p -> ", at " + money(p)).orElse("") + "; "
              + labelA + " rejects them for " + reasons(region.beforeReasons());
    } else if (region.before() == Outcome.ACCEPTED && region.after() == Outcome.REJECTED) {
      sentence = ru
          ? labelB + " больше не засчитывает " + leads + "; " + labelB + " отклоняет их по " + reasons(region.afterReasons())
              + region.beforePrice().map(p -> " (" + labelA + " платил " + money(p) + ")").orElse("")
          : labelB + " no longer accepts " + leads + "; " + labelB + " rejects them for " + reasons(region.afterReasons())
              + region.beforePrice().map(p -> " (" + labelA + " paid " + money(p) + ")").orElse("");
    } else if (region.before() == Outcome.ACCEPTED) {
      List<String> changes = new ArrayList<>();
      if (!region.beforePrice().equals(region.afterPrice())) {
        changes.add((ru ? "цена " : "price ") + price(region.afterPrice()) + (ru ? " вместо " : " instead of ")
            + price(region.beforePrice()));
      }
      for (Map.Entry<String, String> table : region.afterTables().entrySet()) {
        changes.add("`" + table.getKey() + "` " + table.getValue() + (ru ? " вместо " : " instead of ")
            + region.beforeTables().get(table.getKey()));
      }
      sentence = ru ? labelB + " иначе оценивает " + leads + ": " + String.join("; ", changes)
          : labelB + (region.beforePrice().equals(region.afterPrice()) ? " classifies " : " pays for ") + leads
              + " differently: " + String.join("; ", changes);
    } else {
      List<String> changes = new ArrayList<>();
      if (!region.beforeReasons().isEmpty()) {
        changes.add((ru ? "больше не по " : "no longer for ") + reasons(region.beforeReasons()));
      }
      if (!region.afterReasons().isEmpty()) {
        changes.add((ru ? "теперь также по " : "now also for ") + reasons(region.afterReasons()));
      }
      sentence = ru
          ? labelB + " отклоняет по другим причинам " + leads + ": " + String.join("; ", changes)
              + " (прочие невыполненные критерии называют обе версии)"
          : labelB + " rejects, for other reasons, " + leads + ": " + String.join("; ", changes)
              + " (both cite whichever other criteria fail)";
    }
    return sentence + (ru ? ". Пример: " : ". Example: ") + facts(region.example()) + ".";
  }

  private String leads(List<List<Condition>> boxes) {
    if (boxes.isEmpty() || (boxes.size() == 1 && boxes.get(0).isEmpty())) {
      return ru ? "все такие лиды" : "all such leads";
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
      return (ru ? "лиды, где " : "leads where ") + texts.get(0);
    }
    return (ru ? "лиды, где " : "leads where ") + "(" + String.join(ru ? ") или (" : ") or (", texts) + ")";
  }

  /** A box's condition on one field; alternatives on that field joined by "or": {@code Time on site: at most 239 or unknown}. */
  private String condition(Condition condition) {
    if (condition instanceof Condition.Any any) {
      String field = condition.fields().size() == 1 ? condition.fields().iterator().next() : null;
      if (field != null) {
        String prefix = words.label(field) + ": ";
        List<String> alternatives = new ArrayList<>();
        for (Condition part : any.parts()) {
          String text = words.condition(part);
          if (!text.startsWith(prefix) || !part.parts().isEmpty()) {
            return words.condition(condition);
          }
          alternatives.add(text.substring(prefix.length()));
        }
        return prefix + String.join(ru ? " или " : " or ", alternatives);
      }
    }
    return words.condition(condition);
  }

  private String reasons(Map<String, Status> reasons) {
    List<String> items = new ArrayList<>();
    reasons.forEach((id, status) -> items.add(id + (status == Status.UNKNOWN ? (ru ? " (неизвестно)" : " (unknown)") : "")));
    if (items.isEmpty()) {
      return ru ? "неизменённым критериям" : "unchanged criteria";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + (ru ? " и " : " and ") + items.get(items.size() - 1);
  }

  private String facts(Lead lead) {
    if (lead.facts().isEmpty()) {
      return ru ? "лид без фактов" : "a lead with no facts";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      parts.add(words.label(fact.getKey()) + " = " + words.value(fact.getValue()));
    }
    return String.join(", ", parts);
  }
}
