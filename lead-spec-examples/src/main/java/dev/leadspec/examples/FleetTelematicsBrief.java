package dev.leadspec.examples;

import static dev.leadspec.dsl.LeadSpec.all;
import static dev.leadspec.dsl.LeadSpec.answer;
import static dev.leadspec.dsl.LeadSpec.any;
import static dev.leadspec.dsl.LeadSpec.atLeast;
import static dev.leadspec.dsl.LeadSpec.choice;
import static dev.leadspec.dsl.LeadSpec.choices;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.firstMatchTable;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.require;

import dev.leadspec.dsl.AnswerField;
import dev.leadspec.dsl.ChoiceField;
import dev.leadspec.dsl.ChoicesField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.model.Contract;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The brief of seed 001 as a contract: a fleet-telematics vendor buys leads of transport
 * companies that run European trucks. It states the target audience (industry and geography
 * first, then size and the fleet's brands), the decision maker, the target action and the
 * degree of warmth, so both sides know when a lead counts and when it does not. The price per
 * result follows seed 003's market (250 to 800 RUB) by warmth and region, first match wins,
 * with a catch-all row.
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.of(FleetTelematicsBrief.CONTRACT).evaluate(lead);
 * verdict.price();  // Optional[800 RUB] for a hot lead in the Central district
 * }</pre>
 */
public final class FleetTelematicsBrief {
  /** Industry. */
  public static final ChoiceField INDUSTRY = choice("industry",
      "TRANSPORT", "LOGISTICS", "CONSTRUCTION", "AGRICULTURE", "RETAIL", "OTHER").label("Industry");
  /** Federal district of the company's base. */
  public static final ChoiceField DISTRICT = choice("district",
      "CENTRAL", "NORTHWEST", "VOLGA", "URALS", "SIBERIA", "FAR_EAST", "SOUTH", "NORTH_CAUCASUS").label("Federal district");
  /** Headcount. */
  public static final IntegerField EMPLOYEES = integer("employees").label("Employees").unit("people");
  /** Brands of trucks in the fleet. */
  public static final ChoicesField FLEET_BRANDS = choices("fleet_brands",
      "VOLVO", "SCANIA", "MAN", "MERCEDES", "DAF", "KAMAZ", "GAZ", "OTHER").label("Truck brands in the fleet");
  /** Trucks in the fleet. */
  public static final IntegerField FLEET_SIZE = integer("fleet_size").label("Trucks").unit("vehicles");
  /** The contact's role. */
  public static final ChoiceField CONTACT_ROLE = choice("contact_role",
      "LOGISTICS_MANAGER", "FLEET_MECHANIC", "ENGINEER", "PROCUREMENT", "FOREIGN_TRADE", "OWNER", "OTHER")
      .label("Contact role");
  /** What the contact agreed to. */
  public static final ChoiceField TARGET_ACTION = choice("target_action",
      "MEETING", "CONSULTATION", "OFFER_DATA", "CONTACTS_ONLY").label("Target action");
  /** The operator's grading of the call. */
  public static final ChoiceField WARMTH = choice("warmth", "HOT", "WARM", "COLD").label("Degree of warmth");
  /** BANT: budget. */
  public static final AnswerField BUDGET = answer("budget_confirmed",
      "Is there a budget for fleet monitoring this year?").label("Budget confirmed");
  /** BANT: need. */
  public static final AnswerField NEED = answer("need_confirmed",
      "Do you have trouble tracking fuel or routes today?").label("Need confirmed");
  /** BANT: timeline. */
  public static final AnswerField TIMELINE = answer("timeline_confirmed",
      "Would you start within three months?").label("Timeline confirmed");

  /** The brief, effective from 1 February 2026. */
  public static final Contract CONTRACT = contract("fleet-telematics")
      .title("Fleet telematics leads")
      .language("en")
      .effectiveFrom(LocalDate.of(2026, 2, 1))
      .zone(ZoneId.of("Europe/Moscow"))
      .fields(INDUSTRY, DISTRICT, EMPLOYEES, FLEET_BRANDS, FLEET_SIZE, CONTACT_ROLE, TARGET_ACTION, WARMTH,
          BUDGET, NEED, TIMELINE)
      .criteria(
          require("TA-IND", "Transport, logistics or construction", INDUSTRY.in("TRANSPORT", "LOGISTICS", "CONSTRUCTION")),
          require("TA-GEO", "Central, Northwest or Volga district", DISTRICT.in("CENTRAL", "NORTHWEST", "VOLGA")),
          require("TA-SIZE", "At least 20 employees", EMPLOYEES.atLeast(20)),
          require("TA-BRAND", "Runs European trucks", FLEET_BRANDS.containsAny("VOLVO", "SCANIA", "MAN", "MERCEDES", "DAF")),
          require("TA-FLEET", "At least 10 trucks", FLEET_SIZE.atLeast(10)),
          require("DMU", "Decision maker reached",
              CONTACT_ROLE.in("LOGISTICS_MANAGER", "FLEET_MECHANIC", "ENGINEER", "PROCUREMENT")),
          require("ACTION", "Agreed to a meeting, a consultation or gave data for an offer",
              TARGET_ACTION.in("MEETING", "CONSULTATION", "OFFER_DATA")),
          require("WARMTH", "Hot, or warm and ready to meet",
              any(WARMTH.is("HOT"), all(WARMTH.is("WARM"), TARGET_ACTION.in("MEETING", "CONSULTATION")))),
          require("BANT", "Two of budget, need and timeline confirmed",
              atLeast(2, BUDGET.isYes(), NEED.isYes(), TIMELINE.isYes())))
      .tables(firstMatchTable("price").title("Price per result")
          .row("HOT_CENTRAL", all(WARMTH.is("HOT"), DISTRICT.is("CENTRAL")), money("800", "RUB"))
          .row("HOT", WARMTH.is("HOT"), money("650", "RUB"))
          .row("WARM_CENTRAL", all(WARMTH.is("WARM"), DISTRICT.is("CENTRAL")), money("450", "RUB"))
          .row("OTHERWISE", WARMTH.isKnown(), money("250", "RUB")))
      .priceTable("price")
      .challengeWindow(Duration.ofDays(14))
      .build();

  private FleetTelematicsBrief() {}
}
