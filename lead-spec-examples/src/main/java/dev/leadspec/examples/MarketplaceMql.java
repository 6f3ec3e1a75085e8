package dev.leadspec.examples;

import static dev.leadspec.dsl.LeadSpec.choice;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.disqualify;
import static dev.leadspec.dsl.LeadSpec.flag;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.require;
import static dev.leadspec.dsl.LeadSpec.uniqueTable;

import dev.leadspec.dsl.ChoiceField;
import dev.leadspec.dsl.ContractStep;
import dev.leadspec.dsl.FlagField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.model.Contract;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A marketplace buys marketing-qualified leads (MQLs) from a lead-generation agency in Brazil: a
 * seller who came through an admitted source, spent enough time on the sign-up pages, runs a
 * shop of some size and left an e-mail that works. A fixed price per lead in BRL. Version 2 is
 * the amendment negotiated after the first month: 240 seconds on site instead of 300, and
 * partner referrals admitted as a source; for the diff examples, {@link #declaration} builds any
 * other variant.
 *
 * <pre>{@code
 * SemanticDiff diff = SemanticDiff.between(MarketplaceMql.V1, MarketplaceMql.V2);
 * System.out.print(Markdown.diff(diff, Language.EN));
 * }</pre>
 */
public final class MarketplaceMql {
  /** Where the lead came from. */
  public static final ChoiceField SOURCE = choice("source", "ORGANIC", "PAID_SEARCH", "SOCIAL", "PARTNER", "AFFILIATE")
      .label("Lead source");
  /** Seconds the seller spent on the sign-up pages. */
  public static final IntegerField SECONDS_ON_SITE = integer("seconds_on_site").label("Time on site").unit("s");
  /** Products the seller lists today. */
  public static final IntegerField LISTINGS = integer("listings").label("Listings");
  /** Whether the e-mail bounced. */
  public static final FlagField EMAIL_BOUNCED = flag("email_bounced").label("E-mail bounced");

  /** Version 1, effective from 1 October 2026 (São Paulo): 300 seconds, organic and paid search only, 12.50 BRL, 7 days. */
  public static final Contract V1 = declaration(300, "12.50", Duration.ofDays(7), "ORGANIC", "PAID_SEARCH")
      .version(1).effectiveFrom(LocalDate.of(2026, 10, 1)).build();

  /** Version 2, effective from 1 November 2026: 240 seconds, and partner referrals admitted. */
  public static final Contract V2 = declaration(240, "12.50", Duration.ofDays(7), "ORGANIC", "PAID_SEARCH", "PARTNER")
      .version(2).effectiveFrom(LocalDate.of(2026, 11, 1)).build();

  /**
   * The contract with the terms the two sides negotiate; version and effective date to be set.
   *
   * <pre>{@code
   * Contract v3 = MarketplaceMql.declaration(240, "13.00", Duration.ofDays(30), "ORGANIC", "PAID_SEARCH", "PARTNER")
   *     .version(3).effectiveFrom(LocalDate.of(2026, 12, 1)).build();
   * }</pre>
   *
   * @param minSeconds the least time on site (ENG-TIME)
   * @param price the fixed price per lead, in BRL
   * @param window the challenge window
   * @param sources the admitted sources (TA-SOURCE)
   * @return the contract's declaration
   */
  public static ContractStep declaration(long minSeconds, String price, Duration window, String... sources) {
    return criteria(minSeconds, window, sources).price(money(price, "BRL"));
  }

  /**
   * The contract priced by shop size instead of a fixed price: 12.50 BRL for 10 to 99 listings,
   * 15.00 BRL from 100; version and effective date to be set.
   *
   * <pre>{@code
   * Contract tiered = MarketplaceMql.tiered(300, Duration.ofDays(7), "ORGANIC", "PAID_SEARCH")
   *     .version(2).effectiveFrom(LocalDate.of(2026, 11, 1)).build();
   * }</pre>
   *
   * @param minSeconds the least time on site (ENG-TIME)
   * @param window the challenge window
   * @param sources the admitted sources (TA-SOURCE)
   * @return the contract's declaration
   */
  public static ContractStep tiered(long minSeconds, Duration window, String... sources) {
    return criteria(minSeconds, window, sources)
        .tables(uniqueTable("price").title("Price by shop size").complete()
            .row("SMALL", LISTINGS.between(10, 99), money("12.50", "BRL"))
            .row("LARGE", LISTINGS.atLeast(100), money("15.00", "BRL")))
        .priceTable("price");
  }

  private static ContractStep criteria(long minSeconds, Duration window, String... sources) {
    return contract("marketplace-mql")
        .title("Marketplace seller MQLs")
        .zone(ZoneId.of("America/Sao_Paulo"))
        .fields(SOURCE, SECONDS_ON_SITE, LISTINGS, EMAIL_BOUNCED)
        .criteria(
            require("TA-SOURCE", "Admitted lead source", SOURCE.in(sources)),
            require("ENG-TIME", "Engaged with the sign-up pages", SECONDS_ON_SITE.atLeast(minSeconds)),
            require("TA-SHOP", "Runs a shop", LISTINGS.atLeast(10)),
            disqualify("DQ-EMAIL", "E-mail bounced", EMAIL_BOUNCED.isTrue()).admitsLaterEvidence())
        .challengeWindow(window);
  }

  private MarketplaceMql() {}
}
