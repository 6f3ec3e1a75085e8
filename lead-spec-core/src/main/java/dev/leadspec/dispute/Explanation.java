package dev.leadspec.dispute;

import dev.leadspec.model.Contract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruling's explanation in English, from the ruling's own facts: the record JSON writes as
 * {@code grounds}. Other languages word the same facts through {@code dev.leadspec.text}.
 */
final class Explanation {
  private Explanation() {}

  static String english(Ruling ruling) {
    Contract contract = ruling.original().contract();
    Instant delivered = ruling.original().lead().deliveredAt();
    switch (ruling.ground()) {
      case LATE:
        return "filed at " + ruling.challenge().filedAt() + ", after the challenge window of "
            + words(contract.terms().challengeWindow().orElseThrow()) + " closed at " + ruling.windowCloses().orElseThrow()
            + " (delivered at " + delivered + "; " + contract.reference() + ")";
      case OUT_OF_CONTRACT: {
        List<String> foreign = ruling.outOfContractCitations();
        String citations = ruling.challenge().citedCriteria().isEmpty() ? "cites no criterion" : "cites " + String.join(", ", foreign)
            + (foreign.size() == 1 ? ", which is not a criterion" : ", none of which is a criterion");
        return citations + " of " + contract.reference() + "; a condition that was never agreed cannot decide a lead";
      }
      case EVIDENCE_AFTER_DELIVERY:
        return "every correction was recorded after delivery at " + delivered
            + " and no cited criterion admits later evidence for it: " + join(ruling.setAside());
      case SUBSTANTIATED:
        return "re-evaluated " + with(ruling) + ", the lead is " + ruling.reevaluated().orElseThrow().outcome() + " on "
            + String.join(", ", ruling.decidingCitations()) + " (" + contract.reference() + ")";
      default: {
        String stays = ruling.reevaluated().orElseThrow().outcome() == ruling.original().outcome()
            ? "the outcome stays " + ruling.original().outcome()
            : "the outcome becomes " + ruling.reevaluated().orElseThrow().outcome() + ", but not on a cited criterion";
        return "re-evaluated " + with(ruling) + ", " + stays + " (" + contract.reference() + "; cited "
            + String.join(", ", ruling.agreedCitations()) + ")"
            + (ruling.setAside().isEmpty() ? "" : "; set aside as recorded after delivery: " + join(ruling.setAside()));
      }
    }
  }

  private static String with(Ruling ruling) {
    return ruling.admitted().isEmpty() ? "with no correction" : "with " + join(ruling.admitted());
  }

  private static String words(Duration window) {
    if (window.toHours() % 24 == 0 && window.toSeconds() % 3600 == 0) {
      long days = window.toDays();
      return days + (days == 1 ? " day" : " days");
    }
    return window.toString();
  }

  /**
   * Corrections as a ruling lists them, in every language: {@code field = value (source @ instant)}.
   *
   * @param corrections the corrections
   * @return them joined by {@code "; "}
   */
  static String join(List<Correction> corrections) {
    List<String> texts = new ArrayList<>();
    corrections.forEach(c -> texts.add(c.toString()));
    return String.join("; ", texts);
  }
}
