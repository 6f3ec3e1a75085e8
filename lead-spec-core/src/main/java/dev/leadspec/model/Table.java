package dev.leadspec.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A classification of accepted leads: ordered rows, each a condition and an output, with a hit
 * policy. A {@code complete} table must match every accepted lead; a lead it does not match gets
 * {@code NO_MATCH} in its verdict, never a silent default. Outputs are all codes or all money in
 * one currency.
 *
 * <pre>{@code
 * Table nps = Table.builder().id("nps").title("NPS group").hitPolicy(HitPolicy.UNIQUE).complete(true)
 *     .addRows(Row.of("DETRACTOR", detractor, Output.code("DETRACTOR")), ...)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Table {
  Table() {}

  /**
   * Starts a table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The table's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The title people read; the id unless stated.
   *
   * @return the title
   */
  @Value.Default
  public String title() {
    return id();
  }

  /**
   * The title in other languages, by BCP 47 language tag ({@code "ru"}); a document
   * rendered in a language found here uses it, any other language {@link #title()}.
   * Building the contract refuses a tag not written as BCP 47 writes it ({@code ru}, {@code pt-BR},
   * not {@code RU} or {@code ru_RU}), a blank text, and a text under the contract's own
   * {@link Contract#language() language} other than the default text.
   *
   * <pre>{@code
   * table.title("ru"); // the Russian title, or title() when none is given
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
   * How the table picks a row.
   *
   * @return the hit policy
   */
  public abstract HitPolicy hitPolicy();

  /**
   * Whether every accepted lead must match a row.
   *
   * @return false unless stated
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /**
   * The rows in order.
   *
   * @return the rows
   */
  public abstract List<Row> rows();

  /**
   * Whether the outputs are amounts of money.
   *
   * @return true for a price table
   */
  public boolean isPriceTable() {
    return rows().get(0).output() instanceof Money;
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("table id is blank");
    }
    if (rows().isEmpty()) {
      throw new IllegalArgumentException("table " + id() + ": has no rows");
    }
    Set<String> ids = new HashSet<>();
    Output first = rows().get(0).output();
    for (Row row : rows()) {
      if (!ids.add(row.id())) {
        throw new IllegalArgumentException("table " + id() + ": row id " + row.id() + " is declared twice");
      }
      Output output = row.output();
      if (first instanceof Money money) {
        if (!(output instanceof Money other)) {
          throw new IllegalArgumentException("table " + id() + " row " + row.id() + ": output " + output + " is a code, but row " + rows().get(0).id() + " gives money");
        }
        if (!other.currency().equals(money.currency())) {
          throw new IllegalArgumentException("table " + id() + " row " + row.id() + ": output " + output + " is in another currency than row " + rows().get(0).id() + " (" + first + ")");
        }
      } else if (output instanceof Money) {
        throw new IllegalArgumentException("table " + id() + " row " + row.id() + ": output " + output + " is money, but row " + rows().get(0).id() + " gives a code");
      }
    }
  }

  /** Builds a {@link Table}; {@code build()} checks ids and outputs. */
  public static final class Builder extends ImmutableTable.Builder {
    Builder() {}
  }
}
