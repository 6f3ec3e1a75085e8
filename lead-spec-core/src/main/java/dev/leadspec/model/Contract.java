package dev.leadspec.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lead-qualification contract: identity (id, version, effective-from date), the fields it
 * reads, the criteria a lead must meet, classification tables and terms. Building validates
 * everything against the declared fields and throws {@link ContractValidationException} naming
 * each criterion and field at fault. A built contract is immutable and safe to share.
 *
 * <pre>{@code
 * Contract contract = Contract.builder().id("it-integrator").version(1).title("Hardware upgrade leads")
 *     .effectiveFrom(LocalDate.of(2026, 1, 1))
 *     .addFields(employees, industry)
 *     .addCriteria(size, target)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contract {
  Contract() {}

  /**
   * Starts a contract.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The contract's id, shared by all its versions.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The version, from 1.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The language of its texts, a BCP 47 tag; {@code en} unless stated.
   *
   * @return the language
   */
  @Value.Default
  public String language() {
    return "en";
  }

  /**
   * The title in other languages, by BCP 47 language tag ({@code "ru"}); a document
   * rendered in a language found here uses it, any other language {@link #title()}.
   * Building the contract refuses a tag not written as BCP 47 writes it ({@code ru}, {@code pt-BR},
   * not {@code RU} or {@code ru_RU}), a blank text, and a text under the contract's own
   * {@link Contract#language() language} other than the default text.
   *
   * <pre>{@code
   * contract.title("ru"); // the Russian title, or title() when none is given
   * }</pre>
   *
   * @return the translations, in declaration order
   */
  public abstract Map<String, String> titles();

  /**
   * The title in a language: its translation when {@link #titles()} has one, else
   * {@link #title()}.
   *
   * @param language a BCP 47 language tag, {@code "en"} or {@code "ru"}
   * @return the title people read in that language
   */
  public String title(String language) {
    String translated = titles().get(language);
    return translated != null ? translated : title();
  }

  /**
   * The first day this version governs leads, in {@link #zone()}.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The time zone in which the contract's dates are read: the instant its effective-from day
   * starts, and the days of a statement. UTC unless stated.
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * The instant this version starts to govern: the start of {@link #effectiveFrom()} in {@link #zone()}.
   *
   * @return the instant
   */
  public Instant effectiveAt() {
    return effectiveFrom().atStartOfDay(zone()).toInstant();
  }

  /**
   * The fields, in declaration order.
   *
   * @return the fields
   */
  public abstract List<Field> fields();

  /**
   * The criteria, in declaration order.
   *
   * @return the criteria
   */
  public abstract List<Criterion> criteria();

  /**
   * The classification and price tables, in declaration order.
   *
   * @return the tables
   */
  public abstract List<Table> tables();

  /**
   * Price and challenge window; none unless stated.
   *
   * @return the terms
   */
  @Value.Default
  public Terms terms() {
    return Terms.none();
  }

  /**
   * The field with this name.
   *
   * @param name the field name
   * @return the field, if declared
   */
  public Optional<Field> field(String name) {
    for (Field field : fields()) {
      if (field.name().equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /**
   * The criterion with this id.
   *
   * @param id the criterion id
   * @return the criterion, if declared
   */
  public Optional<Criterion> criterion(String id) {
    for (Criterion criterion : criteria()) {
      if (criterion.id().equals(id)) {
        return Optional.of(criterion);
      }
    }
    return Optional.empty();
  }

  /**
   * The table with this id.
   *
   * @param id the table id
   * @return the table, if declared
   */
  public Optional<Table> table(String id) {
    for (Table table : tables()) {
      if (table.id().equals(id)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code id v<version>}: {@code it-integrator v2}.
   *
   * @return the reference
   */
  public String reference() {
    return id() + " v" + version();
  }

  /**
   * Validates the contract, then gives it one spelling per meaning: an integer literal of a
   * decimal field becomes a decimal, so that equal contracts have one fingerprint.
   */
  @Value.Check
  Contract check() {
    ContractValidator.validate(this);
    return DecimalLiterals.normalized(this);
  }

  @Override
  public String toString() {
    return "Contract{" + reference() + ", " + fields().size() + " fields, " + criteria().size() + " criteria, "
        + tables().size() + " tables}";
  }

  /** Builds a {@link Contract}; {@code build()} validates it. */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }
}
