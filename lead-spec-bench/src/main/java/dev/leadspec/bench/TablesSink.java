package dev.leadspec.bench;

import dev.leadspec.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Receives one implementation's verdict on one lead of {@link TablesContract}: each reason id in
 * contract order, then the outcome and the price. {@link TablesBenchmark} passes a sink that feeds
 * JMH's blackhole; {@link TablesAgreement} passes one that collects a {@link Priced}, so the code
 * measured is the code checked.
 */
interface TablesSink {
  void reason(String criterionId);

  void decided(boolean accepted, @Nullable Money price);

  /**
   * What every implementation must produce for a lead: the outcome, the reason ids in contract
   * order (every required criterion of an accepted lead; each failing criterion of a rejected
   * one) and the price (none for a rejected lead).
   *
   * @param accepted whether the lead counts
   * @param reasonIds the reason ids, in contract order
   * @param price the price, if one applies
   */
  record Priced(boolean accepted, List<String> reasonIds, Optional<Money> price) {
    /**
     * Copies the reason ids.
     *
     * @param accepted whether the lead counts
     * @param reasonIds the reason ids, in contract order
     * @param price the price, if one applies
     * @throws NullPointerException if a part is null
     */
    public Priced {
      reasonIds = List.copyOf(reasonIds);
      Objects.requireNonNull(price, "price");
    }

    @Override
    public String toString() {
      return (accepted ? "ACCEPTED " : "REJECTED ") + reasonIds + price.map(p -> " at " + p).orElse("");
    }
  }

  /** Collects one verdict. */
  final class Collector implements TablesSink {
    private final List<String> reasons = new ArrayList<>();
    private boolean accepted;
    private @Nullable Money price;
    private int outcomes;

    @Override
    public void reason(String criterionId) {
      reasons.add(criterionId);
    }

    @Override
    public void decided(boolean accepted, @Nullable Money price) {
      this.accepted = accepted;
      this.price = price;
      outcomes++;
    }

    Priced priced() {
      if (outcomes != 1) {
        throw new IllegalStateException("an implementation reported " + outcomes + " outcomes for one lead");
      }
      return new Priced(accepted, reasons, Optional.ofNullable(price));
    }
  }
}
