package dev.leadspec.model;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an accepted lead is paid and how long a verdict may be challenged: a price per accepted
 * lead or the id of a price table, and the challenge window.
 *
 * <pre>{@code
 * Terms terms = Terms.builder().price(Money.of("500", "RUB")).challengeWindow(Duration.ofDays(14)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Terms {
  Terms() {}

  /**
   * Starts terms.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No price and no window.
   *
   * @return empty terms
   */
  public static Terms none() {
    return builder().build();
  }

  /**
   * A fixed price per accepted lead.
   *
   * @return the price, if the contract states one
   */
  public abstract Optional<Money> price();

  /**
   * The id of the price table that prices each accepted lead.
   *
   * @return the table id, if any
   */
  public abstract Optional<String> priceTable();

  /**
   * How long after delivery a verdict may be challenged.
   *
   * @return the window, if agreed
   */
  public abstract Optional<java.time.Duration> challengeWindow();

  @Value.Check
  void check() {
    if (price().isPresent() && priceTable().isPresent()) {
      throw new IllegalArgumentException("terms: a fixed price " + price().get() + " and a price table " + priceTable().get() + " are both stated; choose one");
    }
    Optional<Duration> window = challengeWindow();
    if (window.isPresent() && (window.get().isNegative() || window.get().isZero())) {
      throw new IllegalArgumentException("terms: challenge window " + window.get() + " is not positive");
    }
  }

  /** Builds {@link Terms}. */
  public static final class Builder extends ImmutableTerms.Builder {
    Builder() {}
  }
}
