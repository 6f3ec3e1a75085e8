package dev.leadspec.dsl;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Money;
import dev.leadspec.model.Terms;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract being declared. Immutable: every call returns a new step, so a partly declared
 * contract can be kept and extended (a v2 from a v1). {@link #build()} validates everything.
 *
 * <pre>{@code
 * Contract contract = contract("it-integrator").version(1).title("Hardware upgrade leads")
 *     .effectiveFrom(LocalDate.of(2026, 1, 1))
 *     .fields(INDUSTRY, EMPLOYEES, PLANS_UPGRADE)
 *     .criteria(
 *         require("TA-IND", "Target industry", INDUSTRY.in("MANUFACTURING", "LOGISTICS", "RETAIL")),
 *         require("TA-SIZE", "Company size", EMPLOYEES.between(50, 5000)),
 *         require("Q-UPGRADE", "Plans an upgrade", PLANS_UPGRADE.isYes()))
 *     .price(money("500", "RUB"))
 *     .build();
 * }</pre>
 */
public final class ContractStep {
  private final String id;
  private final int version;
  private final Optional<String> title;
  private final Map<String, String> titles;
  private final String language;
  private final Optional<LocalDate> effectiveFrom;
  private final Optional<ZoneId> zone;
  private final List<FieldRef<?>> fields;
  private final List<CriterionStep> criteria;
  private final List<TableStep> tables;
  private final Optional<Money> price;
  private final Optional<String> priceTable;
  private final Optional<Duration> window;

  private ContractStep(String id, int version, Optional<String> title, Map<String, String> titles, String language,
      Optional<LocalDate> effectiveFrom, Optional<ZoneId> zone, List<FieldRef<?>> fields, List<CriterionStep> criteria,
      List<TableStep> tables, Optional<Money> price, Optional<String> priceTable, Optional<Duration> window) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.titles = titles;
    this.language = language;
    this.effectiveFrom = effectiveFrom;
    this.zone = zone;
    this.fields = List.copyOf(fields);
    this.criteria = List.copyOf(criteria);
    this.tables = List.copyOf(tables);
    this.price = price;
    this.priceTable = priceTable;
    this.window = window;
  }

  static ContractStep start(String id) {
    return new ContractStep(Objects.requireNonNull(id, "id"), 1, Optional.empty(), Map.of(), "en", Optional.empty(), Optional.empty(),
        List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The version; 1 unless stated.
   *
   * @param version the version, from 1
   * @return a new step
   */
  public ContractStep version(int version) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, fields, criteria, tables, price, priceTable, window);
  }

  /**
   * The title.
   *
   * @param title the title
   * @return a new step
   */
  public ContractStep title(String title) {
    return new ContractStep(id, version, Optional.of(title), titles, language, effectiveFrom, zone, fields, criteria, tables, price, priceTable, window);
  }

  /**
   * The title in another language, which documents in that language show; any other language
   * shows {@link #title(String)}. A second call for the same language replaces the first.
   * {@link #build()} checks the tag (BCP 47, such as {@code "ru"} or {@code "pt-BR"}), that the
   * text is not blank, and that no text is given for the contract's own {@link #language(String)}
   * other than the title itself.
   *
   * <pre>{@code
   * contract("it-integrator").title("Hardware upgrade leads").title("ru", "Лиды на обновление оборудования")
   * }</pre>
   *
   * @param language the BCP 47 tag of the language: {@code "ru"}
   * @param title the title in that language
   * @return a new step
   * @throws NullPointerException if an argument is null
   */
  public ContractStep title(String language, String title) {
    return new ContractStep(id, version, this.title, Translated.plus(titles, language, title), this.language, effectiveFrom, zone,
        fields, criteria, tables, price, priceTable, window);
  }

  /**
   * The language of the contract's texts; {@code en} unless stated.
   *
   * @param language a BCP 47 tag: {@code ru}
   * @return a new step
   */
  public ContractStep language(String language) {
    return new ContractStep(id, version, title, titles, Objects.requireNonNull(language, "language"), effectiveFrom, zone, fields, criteria, tables, price, priceTable, window);
  }

  /**
   * The first day this version governs leads.
   *
   * @param date the date
   * @return a new step
   */
  public ContractStep effectiveFrom(LocalDate date) {
    return new ContractStep(id, version, title, titles, language, Optional.of(date), zone, fields, criteria, tables, price, priceTable, window);
  }

  /**
   * The time zone in which the contract's dates are read; UTC unless stated.
   *
   * @param zone the zone: {@code ZoneId.of("Europe/Moscow")}
   * @return a new step
   */
  public ContractStep zone(ZoneId zone) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, Optional.of(zone), fields, criteria, tables, price, priceTable, window);
  }

  /**
   * Declares fields, after any declared before.
   *
   * @param more the fields
   * @return a new step
   */
  public ContractStep fields(FieldRef<?>... more) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, concat(fields, Arrays.asList(more)), criteria, tables, price, priceTable, window);
  }

  /**
   * Declares criteria, after any declared before.
   *
   * @param more the criteria
   * @return a new step
   */
  public ContractStep criteria(CriterionStep... more) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, fields, concat(criteria, Arrays.asList(more)), tables, price, priceTable, window);
  }

  /**
   * Declares tables, after any declared before.
   *
   * @param more the tables
   * @return a new step
   */
  public ContractStep tables(TableStep... more) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, fields, criteria, concat(tables, Arrays.asList(more)), price, priceTable, window);
  }

  /**
   * A fixed price per accepted lead.
   *
   * @param amount the price
   * @return a new step
   */
  public ContractStep price(Money amount) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, fields, criteria, tables, Optional.of(amount), priceTable, window);
  }

  /**
   * Prices each accepted lead by a declared table of money outputs.
   *
   * @param tableId the price table's id
   * @return a new step
   */
  public ContractStep priceTable(String tableId) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, fields, criteria, tables, price, Optional.of(tableId), window);
  }

  /**
   * How long after delivery a verdict may be challenged.
   *
   * @param window the window: {@code Duration.ofDays(14)}
   * @return a new step
   */
  public ContractStep challengeWindow(Duration window) {
    return new ContractStep(id, version, title, titles, language, effectiveFrom, zone, fields, criteria, tables, price, priceTable, Optional.of(window));
  }

  /**
   * Builds and validates the contract.
   *
   * @return the contract
   * @throws IllegalStateException if the title or effective date is missing, or a field,
   *     criterion or table is declared twice, or a fixed price and a price table are both
   *     stated (quoting both declarations)
   * @throws dev.leadspec.model.ContractValidationException if a condition does not fit the
   *     declared fields (naming criterion and field)
   */
  public Contract build() {
    String missing = title.isEmpty() ? "title" : effectiveFrom.isEmpty() ? "effectiveFrom" : null;
    if (missing != null) {
      throw new IllegalStateException("contract " + id + " v" + version + ": " + missing + " is not declared");
    }
    if (price.isPresent() && priceTable.isPresent()) {
      throw new IllegalStateException("contract " + id + " v" + version + ": price(" + price.get() + ") and priceTable("
          + priceTable.get() + ") are both declared; choose one");
    }
    unique("field", fields, FieldRef::name);
    unique("criterion", criteria, CriterionStep::id);
    unique("table", tables, TableStep::id);
    Contract.Builder builder = Contract.builder().id(id).version(version).title(title.get()).putAllTitles(titles).language(language)
        .effectiveFrom(effectiveFrom.get());
    zone.ifPresent(builder::zone);
    fields.forEach(field -> builder.addFields(field.toField()));
    criteria.forEach(criterion -> builder.addCriteria(criterion.toCriterion()));
    tables.forEach(table -> builder.addTables(table.toTable()));
    Terms.Builder terms = Terms.builder();
    price.ifPresent(terms::price);
    priceTable.ifPresent(terms::priceTable);
    window.ifPresent(terms::challengeWindow);
    return builder.terms(terms.build()).build();
  }

  private <T> void unique(String what, List<T> items, java.util.function.Function<T, String> key) {
    for (int i = 0; i < items.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (key.apply(items.get(i)).equals(key.apply(items.get(j)))) {
          throw new IllegalStateException("contract " + id + " v" + version + ": " + what + " " + key.apply(items.get(i))
              + " is declared twice: [" + items.get(j) + "] and [" + items.get(i) + "]");
        }
      }
    }
  }

  private static <T> List<T> concat(List<T> list, List<T> more) {
    List<T> next = new ArrayList<>(list);
    next.addAll(more);
    return next;
  }

  @Override
  public String toString() {
    return "contract " + id + " v" + version + " (" + fields.size() + " fields, " + criteria.size() + " criteria, "
        + tables.size() + " tables)";
  }
}
