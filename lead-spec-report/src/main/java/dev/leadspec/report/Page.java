package dev.leadspec.report;

import dev.leadspec.internal.Plurals;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Money;
import dev.leadspec.model.Row;
import dev.leadspec.model.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the page. Every figure of the statement is written with {@code data-measure} (its name)
 * and {@code data-value} (its exact value), so a reader, a test or a spreadsheet import can read
 * the numbers back without parsing words.
 */
final class Page {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  /** Records every uncaught script error on the root element, where a DOM dump shows it. */
  static final String ERROR_CATCHER = "window.addEventListener('error',function(e){var h=document.documentElement;"
      + "h.setAttribute('data-script-errors',(h.getAttribute('data-script-errors')||'')+(e.message||'error')+';');});";

  private final ContractHistory history;
  private final List<Verdict> verdicts;
  private final Map<String, List<Ruling>> rulingsByLead = new LinkedHashMap<>();
  private final int rulingCount;
  private final Statement statement;
  private final Format f;
  private final Charts charts;
  private final Contract latest;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  Page(ContractHistory history, List<Verdict> verdicts, List<Ruling> rulings, Statement statement, Format format) {
    this.history = history;
    this.verdicts = verdicts;
    this.rulingCount = rulings.size();
    for (Ruling ruling : rulings) {
      rulingsByLead.computeIfAbsent(ruling.leadId(), id -> new ArrayList<>()).add(ruling);
    }
    this.statement = statement;
    this.f = format;
    this.charts = new Charts(format);
    this.latest = history.latest();
  }

  String render() {
    String title = f.w("Lead statement", "Акт по лидам") + ": " + latest.title();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(f.w("en", "ru")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"lead-spec-report\">\n")
        .append("<title>").append(Format.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("<script>").append(ERROR_CATCHER).append("</script>\n</head>\n<body>\n");
    header();
    html.append("<main>\n");
    identity();
    summary();
    money();
    challenges();
    daily();
    shares();
    times();
    leads();
    html.append("</main>\n");
    html.append("<footer><p>").append(Format.escape(f.w(
        "Written by lead-spec from " + verdicts.size() + " verdicts and " + rulingCount + " rulings. Every figure is the "
            + "statement's; amounts are exact, not rounded.",
        "Составлено lead-spec по " + verdicts.size() + " вердиктам и " + rulingCount + " решениям по спорам. Все цифры "
            + "взяты из акта; суммы точные, без округления."))).append("</p></footer>\n");
    html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  // ---------------------------------------------------------------- header and identity

  private void header() {
    Tally total = statement.total();
    List<Tally> days = statement.byDay();
    html.append("<header>\n<p class=\"kicker\">").append(Format.escape(f.w("Lead statement", "Акт по лидам"))).append("</p>\n")
        .append("<h1>").append(Format.escape(latest.title())).append("</h1>\n<p class=\"lede\">")
        .append(Format.escape(f.w("Contract ", "Договор "))).append("<code>").append(Format.escape(history.contractId()))
        .append("</code>");
    if (!days.isEmpty()) {
      LocalDate first = LocalDate.parse(days.get(0).label());
      LocalDate last = LocalDate.parse(days.get(days.size() - 1).label());
      html.append(Format.escape(f.w(", leads delivered ", ", лиды переданы "))).append(Format.escape(f.date(first)))
          .append(first.equals(last) ? "" : "–" + Format.escape(f.date(last)));
    }
    html.append(Format.escape(f.w(": ", ": "))).append(f.integer(total.leads())).append(Format.escape(f.w(total.leads() == 1 ? " lead, " : " leads, ",
            " " + Plurals.russian(total.leads(), "лид", "лида", "лидов") + ", ")))
        .append(f.integer(total.billable())).append(Format.escape(f.w(" billable.", " к оплате."))).append("</p>\n");
    html.append("<nav aria-label=\"").append(f.w("Contents", "Содержание")).append("\"><ol>");
    String[][] sections = {
        {"contract", f.w("Contract", "Договор")}, {"summary", f.w("Summary", "Итог")}, {"money", f.w("Amount due", "К оплате")},
        {"challenges", f.w("Challenges", "Споры")}, {"daily", f.w("Daily dynamics", "По дням")},
        {"shares", f.w("Shares", "Доли")}, {"times", f.w("Time measures", "Время")},
        {"leads", f.w("Rejected and challenged leads", "Незасчитанные и оспоренные лиды")}};
    for (String[] section : sections) {
      html.append("<li><a href=\"#").append(section[0]).append("\">").append(Format.escape(section[1])).append("</a></li>");
    }
    html.append("</ol></nav>\n</header>\n");
  }

  private void identity() {
    Map<String, Tally> byVersion = new LinkedHashMap<>();
    statement.byVersion().forEach(tally -> byVersion.put(tally.label(), tally));
    html.append("<section id=\"contract\" aria-labelledby=\"contract-h\">\n<h2 id=\"contract-h\">")
        .append(f.w("The contract", "Договор")).append("</h2>\n");
    html.append("<p>").append(Format.escape(f.w("The versions of ", "Версии договора "))).append("<code>")
        .append(Format.escape(history.contractId())).append("</code>").append(Format.escape(f.w(
            ". A lead is judged by the version in effect when it was delivered; the fingerprint (SHA-256 of the canonical "
                + "JSON) proves which text both sides agreed to.",
            ". Лид оценивается по версии, действовавшей в момент передачи; отпечаток (SHA-256 канонического JSON) "
                + "подтверждает, какой текст согласовали стороны.")))
        .append("</p>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">")
        .append(f.w("Version", "Версия")).append("</th><th scope=\"col\">").append(f.w("Effective from", "Действует с"))
        .append("</th><th scope=\"col\">").append(f.w("Price", "Цена")).append("</th><th scope=\"col\">")
        .append(f.w("Challenge window", "Срок оспаривания")).append("</th><th scope=\"col\" class=\"n\">")
        .append(f.w("Leads", "Лидов")).append("</th><th scope=\"col\">").append(f.w("Fingerprint", "Отпечаток"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Contract version : history.versions()) {
      Tally tally = byVersion.get(version.reference());
      html.append("<tr><th scope=\"row\">v").append(version.version()).append("<br><span class=\"muted\">")
          .append(Format.escape(version.title())).append("</span></th><td>").append(Format.escape(f.date(version.effectiveFrom())))
          .append("<br><span class=\"muted\">").append(Format.escape(version.zone().getId())).append("</span></td><td>")
          .append(Format.escape(price(version))).append("</td><td>")
          .append(Format.escape(version.terms().challengeWindow().map(f::duration).orElse(f.w("no limit", "не ограничен"))))
          .append("</td>");
      measure("td", "version." + version.reference() + ".leads", tally == null ? 0 : tally.leads());
      html.append("<td><code class=\"fp\">").append(Evaluator.of(version).fingerprint()).append("</code></td></tr>\n");
    }
    html.append("</tbody></table></div>\n</section>\n");
  }

  private String price(Contract version) {
    Terms terms = version.terms();
    if (terms.price().isPresent()) {
      return f.money(terms.price().get()) + f.w(" per accepted lead", " за засчитанный лид");
    }
    if (terms.priceTable().isPresent()) {
      String id = terms.priceTable().get();
      List<String> rows = new ArrayList<>();
      version.table(id).ifPresent(table -> {
        for (Row row : table.rows()) {
          rows.add(row.id() + " " + (row.output() instanceof Money money ? f.money(money) : row.output().toString()));
        }
      });
      return f.w("by table ", "по таблице ") + id + (rows.isEmpty() ? "" : ": " + String.join(", ", rows));
    }
    return f.w("not stated", "не указана");
  }

  // ---------------------------------------------------------------- summary

  private void summary() {
    Tally total = statement.total();
    html.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">").append(f.w("Summary", "Итог"))
        .append("</h2>\n<dl class=\"cards\">\n");
    card(f.w("Amount due", "Сумма к оплате"), null, () -> amounts("total.amountDue", total.amountDue()), true);
    card(f.w("Billable leads", "Лидов к оплате"), f.w("reinstated by challenges: ", "восстановлено по спорам: ")
        + f.integer(total.reinstated()), () -> measure("span", "total.billable", total.billable()), true);
    card(f.w("Leads delivered", "Лидов передано"), null, () -> measure("span", "total.leads", total.leads()), false);
    card(f.w("Accepted as delivered", "Засчитано при передаче"), f.percent(total.accepted(), total.leads()),
        () -> measure("span", "total.accepted", total.accepted()), false);
    card(f.w("Rejected", "Не засчитано"), null, () -> measure("span", "total.rejected", total.rejected()), false);
    card(f.w("Replacements owed", "К замене"), f.w("rejected only for unknown facts", "только из-за неизвестных фактов"),
        () -> measure("span", "total.replacementsOwed", total.replacementsOwed()), false);
    card(f.w("Overturned by the buyer", "Снято по спорам покупателя"), f.w("accepted, then an upheld challenge",
        "засчитаны, затем спор удовлетворён"), () -> measure("span", "total.upheldAgainst", total.upheldAgainst()), false);
    card(f.w("Reinstated", "Восстановлено"), f.w("rejected, then an upheld challenge", "не засчитаны, затем спор удовлетворён"),
        () -> measure("span", "total.reinstated", total.reinstated()), false);
    card(f.w("Challenges upheld", "Споров удовлетворено"), null,
        () -> measure("span", "total.challengesUpheld", total.challengesUpheld()), false);
    long dismissed = 0;
    for (long count : total.challengesDismissed().values()) {
      dismissed += count;
    }
    long dismissedTotal = dismissed;
    card(f.w("Challenges dismissed", "Споров отклонено"), null, () -> html.append(f.integer(dismissedTotal)), false);
    html.append("</dl>\n</section>\n");
  }

  private void card(String term, @Nullable String note, Runnable value, boolean key) {
    html.append("<div class=\"card").append(key ? " key" : "").append("\"><dt>").append(Format.escape(term)).append("</dt><dd>");
    value.run();
    if (note != null) {
      html.append("<span class=\"note\">").append(Format.escape(note)).append("</span>");
    }
    html.append("</dd></div>\n");
  }

  private void measure(String tag, String name, long value) {
    html.append('<').append(tag).append(tag.equals("td") ? " class=\"n\"" : " class=\"v\"").append(" data-measure=\"")
        .append(Format.escape(name)).append("\" data-value=\"").append(value).append("\">").append(f.integer(value))
        .append("</").append(tag).append('>');
  }

  private void amounts(String name, List<Money> amounts) {
    if (amounts.isEmpty()) {
      html.append("<span class=\"v\">0</span>");
      return;
    }
    for (int i = 0; i < amounts.size(); i++) {
      Money money = amounts.get(i);
      html.append(i == 0 ? "" : " + ").append("<span class=\"v\" data-measure=\"").append(Format.escape(name)).append('.')
          .append(money.currency().getCurrencyCode()).append("\" data-value=\"").append(money.amount().toPlainString()).append("\">")
          .append(Format.escape(f.money(money))).append("</span>");
    }
  }

  // ---------------------------------------------------------------- money

  private List<String> currencies() {
    Set<String> codes = new java.util.TreeSet<>();
    for (Tally tally : statement.byVersion()) {
      tally.amountDue().forEach(money -> codes.add(money.currency().getCurrencyCode()));
    }
    return new ArrayList<>(codes);
  }

  private static BigDecimal amount(Tally tally, String currency) {
    for (Money money : tally.amountDue()) {
      if (money.currency().getCurrencyCode().equals(currency)) {
        return money.amount();
      }
    }
    return BigDecimal.ZERO;
  }

  private void money() {
    html.append("<section id=\"money\" aria-labelledby=\"money-h\">\n<h2 id=\"money-h\">").append(f.w("Amount due", "Сумма к оплате"))
        .append("</h2>\n");
    List<String> currencies = currencies();
    if (currencies.isEmpty()) {
      html.append("<p>").append(Format.escape(f.w("Nothing is due: no lead is billable at a price.",
          "К оплате ничего: нет засчитанных лидов с ценой."))).append("</p>\n");
    }
    List<Tally> days = statement.byDay();
    List<String> dayLabels = dayLabels();
    for (String currency : currencies) {
      List<String> labels = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      List<String> colors = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Tally tally : statement.byVersion()) {
        labels.add(tally.label());
        BigDecimal amount = amount(tally, currency);
        values.add(amount);
        colors.add(Charts.color(0));
        texts.add(f.money(Money.of(amount, java.util.Currency.getInstance(currency))));
      }
      html.append("<h3>").append(Format.escape(f.w("Per contract version", "По версиям договора"))).append(" (").append(currency)
          .append(")</h3>\n<figure>").append(charts.rows(f.w("Amount due per contract version, ", "Сумма к оплате по версиям, ")
              + currency, f.w("Bars per version; the table below gives the figures.",
                  "Столбцы по версиям; цифры в таблице ниже."), labels, values, colors, texts, 720)).append("</figure>\n");
      List<BigDecimal> perDay = new ArrayList<>();
      for (Tally day : days) {
        perDay.add(amount(day, currency));
      }
      html.append("<h3>").append(Format.escape(f.w("Per day of delivery", "По дням передачи"))).append(" (").append(currency)
          .append(")</h3>\n<figure>").append(charts.columns(f.w("Amount due per day, ", "Сумма к оплате по дням, ") + currency,
              f.w("One column per day of delivery; the figures are in the table Per day.",
                  "Столбец на каждый день передачи; цифры в таблице «По дням»."),
              dayLabels, List.of(new Charts.Series(currency, Charts.color(0), perDay)), Optional.empty(),
              amount -> f.money(Money.of(amount, java.util.Currency.getInstance(currency))))).append("</figure>\n");
    }
    html.append("<h3>").append(Format.escape(f.w("Billable leads and replacements owed per day", "К оплате и к замене по дням")))
        .append("</h3>\n");
    List<String> names = List.of(f.w("billable", "к оплате"), f.w("rejected, replacement owed", "не засчитан, к замене"),
        f.w("rejected", "не засчитан"), f.w("overturned", "снят по спору"));
    List<String> colors = List.of(Charts.color(2), Charts.color(1), Charts.color(5), Charts.color(3));
    List<List<BigDecimal>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Tally day : days) {
      columns.get(0).add(BigDecimal.valueOf(day.billable()));
      columns.get(1).add(BigDecimal.valueOf(day.replacementsOwed()));
      columns.get(2).add(BigDecimal.valueOf(day.rejected() - day.replacementsOwed()));
      columns.get(3).add(BigDecimal.valueOf(day.upheldAgainst()));
    }
    List<Charts.Series> series = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      series.add(new Charts.Series(names.get(i), colors.get(i), columns.get(i)));
    }
    html.append("<figure>").append(charts.columns(f.w("Leads per day by what they come to", "Лиды по дням: чем закончились"),
        f.w("Stacked columns per day: billable, rejected with a replacement owed, other rejections, overturned; the figures are "
            + "in the table Per day.", "Столбцы по дням: к оплате, не засчитаны с заменой, прочие отказы, сняты по спорам; "
            + "цифры в таблице «По дням»."), dayLabels, series, Optional.empty(), value -> f.decimal(value)))
        .append(charts.legend(names, colors)).append("</figure>\n");
    tallyTable(f.w("Per contract version", "По версиям договора"), "version", statement.byVersion(), false);
    html.append("</section>\n");
  }

  private List<String> dayLabels() {
    List<String> labels = new ArrayList<>();
    for (Tally day : statement.byDay()) {
      labels.add(f.shortDate(LocalDate.parse(day.label())));
    }
    return labels;
  }

  private void tallyTable(String caption, String prefix, List<Tally> tallies, boolean days) {
    html.append("<div class=\"scroll\"><table class=\"data\">\n<caption>").append(Format.escape(caption)).append("</caption>\n")
        .append("<thead><tr><th scope=\"col\">").append(days ? f.w("Day", "День") : f.w("Version", "Версия")).append("</th>");
    String[] heads = {f.w("Leads", "Лидов"), f.w("Accepted", "Засчитано"), f.w("Accept rate", "Доля"), f.w("Billable", "К оплате"),
        f.w("Overturned", "Снято"), f.w("Rejected", "Не засчитано"), f.w("Replacements", "К замене"),
        f.w("Amount due", "Сумма")};
    for (String head : heads) {
      html.append("<th scope=\"col\" class=\"n\">").append(Format.escape(head)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Tally tally : tallies) {
      String name = prefix + "." + tally.label() + ".";
      html.append("<tr><th scope=\"row\">").append(Format.escape(days ? f.date(LocalDate.parse(tally.label())) : tally.label()))
          .append("</th>");
      measure("td", name + "leads", tally.leads());
      measure("td", name + "accepted", tally.accepted());
      html.append("<td class=\"n\">").append(f.percent(tally.accepted(), tally.leads())).append("</td>");
      measure("td", name + "billable", tally.billable());
      measure("td", name + "upheldAgainst", tally.upheldAgainst());
      measure("td", name + "rejected", tally.rejected());
      measure("td", name + "replacementsOwed", tally.replacementsOwed());
      html.append("<td class=\"n\">");
      amounts(name + "amountDue", tally.amountDue());
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }

  // ---------------------------------------------------------------- challenges

  private void challenges() {
    Tally total = statement.total();
    html.append("<section id=\"challenges\" aria-labelledby=\"challenges-h\">\n<h2 id=\"challenges-h\">")
        .append(f.w("Challenges by ground", "Споры по основаниям")).append("</h2>\n");
    if (rulingCount == 0) {
      html.append("<p>").append(Format.escape(f.w("No challenge was ruled on.", "Спорных лидов нет."))).append("</p>\n</section>\n");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    html.append("<div class=\"split\"><figure>");
    StringBuilder table = new StringBuilder("<table class=\"data\"><thead><tr><th scope=\"col\">")
        .append(f.w("Ground", "Основание")).append("</th><th scope=\"col\">").append(f.w("Decision", "Решение"))
        .append("</th><th scope=\"col\" class=\"n\">").append(f.w("Challenges", "Споров")).append("</th></tr></thead><tbody>\n");
    for (Ground ground : Ground.values()) {
      long count = ground.upholds() ? total.challengesUpheld() : total.challengesDismissed().getOrDefault(ground, 0L);
      labels.add(ground.name());
      values.add(BigDecimal.valueOf(count));
      colors.add(ground.upholds() ? Charts.color(2) : Charts.color(5));
      texts.add(f.integer(count));
      table.append("<tr><th scope=\"row\">").append(Format.escape(ground(ground))).append("</th><td>")
          .append(Format.escape(ground.upholds() ? f.w("upheld", "удовлетворён") : f.w("dismissed", "отклонён"))).append("</td>");
      String name = ground.upholds() ? "total.challengesUpheld" : "total.challengesDismissed." + ground.name();
      table.append("<td class=\"n\" data-measure=\"").append(name).append("\" data-value=\"").append(count).append("\">")
          .append(f.integer(count)).append("</td></tr>\n");
    }
    table.append("</tbody></table>");
    html.append(charts.rows(f.w("Challenges by ground", "Споры по основаниям"), f.w("One bar per ground; the table beside "
        + "gives the figures.", "Полоса на каждое основание; цифры в таблице рядом."), labels, values, colors, texts, 520))
        .append("</figure>\n").append(table).append("</div>\n</section>\n");
  }

  private String ground(Ground ground) {
    switch (ground) {
      case LATE:
        return f.w("filed after the window (LATE)", "подан после срока (LATE)");
      case OUT_OF_CONTRACT:
        return f.w("cites no agreed criterion (OUT_OF_CONTRACT)", "не ссылается на согласованный критерий (OUT_OF_CONTRACT)");
      case EVIDENCE_AFTER_DELIVERY:
        return f.w("evidence only from after delivery (EVIDENCE_AFTER_DELIVERY)",
            "доказательства только после передачи (EVIDENCE_AFTER_DELIVERY)");
      case NOT_SUBSTANTIATED:
        return f.w("not substantiated (NOT_SUBSTANTIATED)", "не подтверждён (NOT_SUBSTANTIATED)");
      default:
        return f.w("substantiated (SUBSTANTIATED)", "подтверждён (SUBSTANTIATED)");
    }
  }

  // ---------------------------------------------------------------- daily dynamics

  private Map<String, String> criterionTitles() {
    Map<String, String> titles = new LinkedHashMap<>();
    for (int i = history.versions().size() - 1; i >= 0; i--) {
      for (Criterion criterion : history.versions().get(i).criteria()) {
        titles.putIfAbsent(criterion.id(), criterion.title());
      }
    }
    return titles;
  }

  private void daily() {
    List<Tally> days = statement.byDay();
    List<String> labels = dayLabels();
    html.append("<section id=\"daily\" aria-labelledby=\"daily-h\">\n<h2 id=\"daily-h\">").append(f.w("Daily dynamics", "Динамика по дням"))
        .append("</h2>\n<h3>").append(Format.escape(f.w("Leads and accept rate", "Лиды и доля засчитанных"))).append("</h3>\n");
    List<BigDecimal> accepted = new ArrayList<>();
    List<BigDecimal> rejected = new ArrayList<>();
    List<BigDecimal> rate = new ArrayList<>();
    for (Tally day : days) {
      accepted.add(BigDecimal.valueOf(day.accepted()));
      rejected.add(BigDecimal.valueOf(day.leads() - day.accepted()));
      rate.add(Format.percentValue(day.accepted(), day.leads()));
    }
    List<String> names = List.of(f.w("accepted as delivered", "засчитан при передаче"), f.w("rejected as delivered",
        "не засчитан при передаче"), f.w("accept rate, % (right axis)", "доля засчитанных, % (правая ось)"));
    List<String> colors = List.of(Charts.color(0), Charts.GREY, Charts.color(5));
    html.append("<figure>").append(charts.columns(f.w("Leads per day and accept rate", "Лиды по дням и доля засчитанных"),
        f.w("Columns: leads accepted and rejected as delivered, per day; line: the accept rate in percent. The figures are "
            + "in the table Per day.", "Столбцы: засчитанные и незасчитанные при передаче лиды по дням; линия: доля "
            + "засчитанных в процентах. Цифры в таблице «По дням»."), labels,
        List.of(new Charts.Series(names.get(0), colors.get(0), accepted), new Charts.Series(names.get(1), colors.get(1), rejected)),
        Optional.of(new Charts.Series(names.get(2), colors.get(2), rate)), value -> f.decimal(value)))
        .append(charts.legend(names, colors)).append("</figure>\n");

    Map<String, String> titles = criterionTitles();
    List<String> ids = new ArrayList<>(statement.total().rejectionsByReason().keySet());
    html.append("<h3>").append(Format.escape(f.w("Standing rejections by criterion", "Отказы по критериям"))).append("</h3>\n");
    if (ids.isEmpty()) {
      html.append("<p>").append(Format.escape(f.w("No lead stands rejected.", "Незасчитанных лидов нет."))).append("</p>\n");
    } else {
      html.append("<p class=\"muted\">").append(Format.escape(f.w("A rejected lead counts once under every criterion it failed, "
          + "so a column can be taller than the day's rejected leads.", "Незасчитанный лид учитывается по каждому "
          + "невыполненному критерию, поэтому столбец может быть выше числа незасчитанных лидов дня."))).append("</p>\n");
      List<Charts.Series> series = new ArrayList<>();
      List<String> seriesNames = new ArrayList<>();
      List<String> seriesColors = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        List<BigDecimal> values = new ArrayList<>();
        for (Tally day : days) {
          values.add(BigDecimal.valueOf(day.rejectionsByReason().getOrDefault(id, 0L)));
        }
        String name = id + " " + titles.getOrDefault(id, "");
        seriesNames.add(name.strip());
        seriesColors.add(Charts.color(i));
        series.add(new Charts.Series(name.strip(), Charts.color(i), values));
      }
      html.append("<figure>").append(charts.columns(f.w("Standing rejections per day, stacked by criterion",
          "Отказы по дням, по критериям"), f.w("Stacked columns per day, one colour per criterion; the table below gives "
          + "the figures.", "Столбцы по дням, цвет на каждый критерий; цифры в таблице ниже."), labels, series,
          Optional.empty(), value -> f.decimal(value))).append(charts.legend(seriesNames, seriesColors)).append("</figure>\n");
      html.append("<div class=\"scroll\"><table class=\"data\">\n<caption>")
          .append(Format.escape(f.w("Standing rejections by criterion and day", "Отказы по критериям и дням")))
          .append("</caption>\n<thead><tr><th scope=\"col\">").append(f.w("Day", "День")).append("</th>");
      for (String id : ids) {
        html.append("<th scope=\"col\" class=\"n\"><abbr title=\"").append(Format.escape(titles.getOrDefault(id, "")))
            .append("\"><code>").append(Format.escape(id)).append("</code></abbr></th>");
      }
      html.append("</tr></thead>\n<tbody>\n<tr class=\"sum\"><th scope=\"row\">").append(f.w("All days", "Всего")).append("</th>");
      for (String id : ids) {
        measure("td", "total.rejectionsByReason." + id, statement.total().rejectionsByReason().get(id));
      }
      html.append("</tr>\n");
      for (Tally day : days) {
        html.append("<tr><th scope=\"row\">").append(Format.escape(f.date(LocalDate.parse(day.label())))).append("</th>");
        for (String id : ids) {
          measure("td", "day." + day.label() + ".rejectionsByReason." + id, day.rejectionsByReason().getOrDefault(id, 0L));
        }
        html.append("</tr>\n");
      }
      html.append("</tbody></table></div>\n");
    }
    tallyTable(f.w("Per day", "По дням"), "day", days, true);
    html.append("</section>\n");
  }

  // ---------------------------------------------------------------- shares

  private void shares() {
    html.append("<section id=\"shares\" aria-labelledby=\"shares-h\">\n<h2 id=\"shares-h\">")
        .append(f.w("Shares by the contract's choices", "Доли по полям выбора договора")).append("</h2>\n");
    List<Field> fields = Measures.choiceFields(history);
    if (fields.isEmpty()) {
      html.append("<p>").append(Format.escape(f.w("The contract names no choice, flag or scripted answer.",
          "В договоре нет полей выбора, флагов или ответов на вопросы скрипта."))).append("</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"muted\">").append(Format.escape(f.w("Every lead as delivered, the billable leads and the others "
        + "(standing rejected or overturned), split by the value each field had.", "Все переданные лиды, лиды к оплате и остальные (не "
        + "засчитанные или снятые по спорам) в разрезе значений каждого поля."))).append("</p>\n");
    List<Measures.Judged> judged = Measures.judge(verdicts, rulingsByLead);
    for (Field field : fields) {
      Measures.Shares shares = Measures.shares(field, judged, f);
      List<String> parts = shares.parts();
      List<String> colors = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        colors.add(i == parts.size() - 1 && shares.hasUnknown() ? Charts.GREY : Charts.color(i));
      }
      List<String> rows = List.of(f.w("all leads", "все лиды"), f.w("billable", "к оплате"), f.w("not billable", "не к оплате"));
      html.append("<h3>").append(Format.escape(field.label())).append(" <code>").append(Format.escape(field.name()))
          .append("</code></h3>\n<div class=\"split\"><figure>")
          .append(charts.shares(f.w("Shares of ", "Доли значений: ") + field.label(), f.w("One bar per group of leads, split "
              + "by value; the table beside gives the counts and shares.", "Полоса на каждую группу лидов по значениям; "
              + "числа и доли в таблице рядом."), rows, parts, colors, shares.counts(), 520)).append("</figure>\n");
      html.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(f.w("Value", "Значение")).append("</th>");
      for (String row : rows) {
        html.append("<th scope=\"col\" class=\"n\">").append(Format.escape(row)).append("</th>");
      }
      html.append("</tr></thead><tbody>\n");
      long[] totals = new long[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        for (long count : shares.counts()[r]) {
          totals[r] += count;
        }
      }
      for (int p = 0; p < parts.size(); p++) {
        html.append("<tr><th scope=\"row\">").append(Format.escape(parts.get(p))).append("</th>");
        for (int r = 0; r < rows.size(); r++) {
          long count = shares.counts()[r][p];
          html.append("<td class=\"n\">").append(f.integer(count)).append(" <span class=\"muted\">")
              .append(f.percent(count, totals[r])).append("</span></td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody></table></div>\n");
    }
    html.append("</section>\n");
  }

  // ---------------------------------------------------------------- time measures

  private void times() {
    html.append("<section id=\"times\" aria-labelledby=\"times-h\">\n<h2 id=\"times-h\">").append(f.w("Time measures", "Время"))
        .append("</h2>\n");
    List<Measures.Judged> judged = Measures.judge(verdicts, rulingsByLead);
    List<Measures.Timing> timings = Measures.timings(history, judged, f);
    if (timings.isEmpty()) {
      html.append("<p>").append(Format.escape(f.w("The leads carry no timestamps to measure by: no evidence with the instant "
          + "it was recorded, no date field and no field measured in time units. Record the call's evidence with each fact "
          + "to see the time from the call to delivery here.", "В лидах нет отметок времени: ни доказательств с моментом "
          + "записи, ни полей-дат, ни полей в единицах времени. Записывайте доказательство звонка к каждому факту, чтобы "
          + "увидеть здесь время от звонка до передачи."))).append("</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"muted\">").append(Format.escape(f.w("Medians and the 90th percentile are nearest-rank values of the "
        + "leads that carry the measure.", "Медиана и 90-й процентиль — значения ближайшего ранга по лидам, где есть это "
        + "измерение."))).append("</p>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">")
        .append(f.w("Measure", "Измерение")).append("</th><th scope=\"col\">").append(f.w("Leads", "Лиды")).append("</th>");
    String[] heads = {f.w("Measured", "Измерено"), f.w("Min", "Мин."), f.w("Median", "Медиана"), f.w("90th pct.", "90-й проц."),
        f.w("Max", "Макс.")};
    for (String head : heads) {
      html.append("<th scope=\"col\" class=\"n\">").append(Format.escape(head)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Measures.Timing timing : timings) {
      String[] groups = {f.w("all leads", "все лиды"), f.w("billable", "к оплате")};
      for (int g = 0; g < 2; g++) {
        List<Long> values = g == 0 ? timing.all() : timing.billable();
        html.append("<tr>");
        if (g == 0) {
          html.append("<th scope=\"rowgroup\" rowspan=\"2\">").append(Format.escape(timing.name())).append("</th>");
        }
        html.append("<td>").append(Format.escape(groups[g])).append("</td><td class=\"n\">").append(f.integer(values.size()))
            .append("</td>");
        if (values.isEmpty()) {
          html.append("<td class=\"n\" colspan=\"4\">–</td>");
        } else {
          long[] stats = Measures.stats(values);
          for (long stat : stats) {
            html.append("<td class=\"n\">").append(Format.escape(timing.text().apply(stat))).append("</td>");
          }
        }
        html.append("</tr>\n");
      }
    }
    html.append("</tbody></table></div>\n</section>\n");
  }

  // ---------------------------------------------------------------- leads

  private void leads() {
    List<Measures.Judged> judged = new ArrayList<>(Measures.judge(verdicts, rulingsByLead));
    judged.removeIf(j -> j.original().isAccepted() && j.rulings().isEmpty());
    judged.sort(Comparator.comparing((Measures.Judged j) -> j.original().lead().deliveredAt()));
    html.append("<section id=\"leads\" aria-labelledby=\"leads-h\">\n<h2 id=\"leads-h\">")
        .append(f.w("Rejected and challenged leads", "Незасчитанные и оспоренные лиды")).append("</h2>\n");
    if (judged.isEmpty()) {
      html.append("<p>").append(Format.escape(f.w("Every lead was accepted and none was challenged.",
          "Все лиды засчитаны, споров нет."))).append("</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"muted\">").append(Format.escape(f.w("Every lead rejected as delivered or challenged, with each "
        + "criterion that decided and the facts it read.", "Каждый лид, не засчитанный при передаче или оспоренный, с "
        + "решившими критериями и прочитанными фактами."))).append("</p>\n")
        .append("<div class=\"filter\" hidden><label for=\"lead-filter\">").append(f.w("Filter", "Фильтр"))
        .append("</label> <input type=\"search\" id=\"lead-filter\" placeholder=\"")
        .append(Format.escape(f.w("lead, criterion, ground…", "лид, критерий, основание…"))).append("\"> <output id=\"lead-count\" "
            + "aria-live=\"polite\" data-of=\"").append(Format.escape(f.w("of", "из"))).append("\"></output></div>\n")
        .append("<div class=\"scroll\"><table class=\"data leads\" id=\"lead-table\">\n<thead><tr>");
    String[][] heads = {{"text", f.w("Lead", "Лид")}, {"text", f.w("Delivered", "Передан")}, {"number", f.w("Version", "Версия")},
        {"text", f.w("As delivered", "При передаче")}, {"text", f.w("Challenges", "Споры")}, {"text", f.w("Stands", "Итог")},
        {"text", f.w("Reasons", "Причины")}};
    for (String[] head : heads) {
      html.append("<th scope=\"col\" data-type=\"").append(head[0]).append("\">").append(Format.escape(head[1])).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Measures.Judged row : judged) {
      Verdict original = row.original();
      Verdict standing = row.standing();
      html.append("<tr><th scope=\"row\">").append(Format.escape(original.leadId())).append("</th><td data-sort=\"")
          .append(Format.sortKey(original.lead().deliveredAt())).append("\">")
          .append(Format.escape(f.dateTime(original.lead().deliveredAt(), original.contract().zone()))).append("</td><td data-sort=\"")
          .append(original.contractVersion()).append("\">v").append(original.contractVersion()).append("</td><td>");
      outcome(original.isAccepted());
      html.append("</td><td>");
      for (Ruling ruling : row.rulings()) {
        html.append("<p class=\"ruling\">").append(ruling.isUpheld() ? "<b>" : "")
            .append(Format.escape(ruling.isUpheld() ? f.w("upheld", "удовлетворён") : f.w("dismissed", "отклонён")))
            .append(ruling.isUpheld() ? "</b>" : "").append(": ").append(Format.escape(ground(ruling.ground())))
            .append("<br><span class=\"muted\">").append(Format.escape(party(ruling.challenge().filedBy()) + ", "
                + f.dateTime(ruling.challenge().filedAt(), original.contract().zone()) + "; "
                + f.w("cites ", "ссылается на ") + String.join(", ", ruling.challenge().citedCriteria())))
            .append("</span></p>");
      }
      html.append("</td><td>");
      outcome(standing.isAccepted());
      html.append("</td><td>");
      Verdict explained = standing.isAccepted() ? original : standing;
      if (explained.isAccepted()) {
        html.append("<span class=\"muted\">").append(Format.escape(f.w("none: accepted", "нет: засчитан"))).append("</span></td></tr>\n");
        continue;
      }
      html.append("<ul class=\"reasons\">");
      for (CriterionResult reason : explained.reasons()) {
        html.append("<li><code>").append(Format.escape(reason.criterionId())).append("</code> ")
            .append(Format.escape(reason.title())).append(": <span class=\"muted\">");
        List<String> facts = new ArrayList<>();
        for (FactReading reading : reason.facts()) {
          String label = explained.contract().field(reading.field()).map(Field::label).orElse(reading.field());
          facts.add(label + " = " + reading.value().map(f::value).orElse(f.unknown()));
        }
        html.append(Format.escape(String.join(", ", facts))).append("</span></li>");
      }
      html.append("</ul>");
      if (standing.isAccepted() && !original.isAccepted()) {
        html.append("<span class=\"muted\">").append(Format.escape(f.w("(as delivered; reinstated)", "(при передаче; восстановлен)")))
            .append("</span>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n</section>\n");
  }

  private void outcome(boolean accepted) {
    html.append("<span class=\"badge ").append(accepted ? "ok" : "no").append("\">")
        .append(Format.escape(accepted ? f.w("accepted", "засчитан") : f.w("rejected", "не засчитан"))).append("</span>");
  }

  private String party(Party party) {
    return party == Party.BUYER ? f.w("buyer", "покупатель") : f.w("supplier", "поставщик");
  }

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(Page.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report: cannot read " + name, e);
    }
  }
}
