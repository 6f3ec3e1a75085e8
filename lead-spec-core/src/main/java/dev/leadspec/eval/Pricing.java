package dev.leadspec.eval;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Money;
import dev.leadspec.model.Table;
import java.util.List;
import java.util.Optional;

/** The price of an accepted lead: the contract's fixed price, or the output of its price table. */
final class Pricing {
  /** The price table's position among the contract's tables, or -1 for a fixed price (or none). */
  private final int priceTable;
  private final Optional<Money> fixedPrice;

  Pricing(Contract contract) {
    List<Table> tables = contract.tables();
    int price = -1;
    for (int t = 0; t < tables.size(); t++) {
      if (contract.terms().priceTable().map(tables.get(t).id()::equals).orElse(false)) {
        price = t;
      }
    }
    priceTable = price;
    fixedPrice = contract.terms().price();
  }

  /** The price, given how each table classified the accepted lead. */
  Optional<Money> price(TableResult[] results) {
    if (priceTable >= 0) {
      return results[priceTable].output().map(Money.class::cast);
    }
    return fixedPrice;
  }
}
