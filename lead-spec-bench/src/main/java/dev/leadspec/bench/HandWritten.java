package dev.leadspec.bench;

/**
 * The reference contract as a developer would hand-code it on the host's record: the limit
 * the others are measured against. An unanswered question fails like NO.
 */
final class HandWritten {
  private HandWritten() {}

  static void evaluate(HostLead lead, DecisionSink sink) {
    int failed = 0;
    String industry = lead.industry();
    if (!(industry.equals("MANUFACTURING") || industry.equals("LOGISTICS") || industry.equals("RETAIL"))) {
      sink.failed("TA-IND");
      failed++;
    }
    switch (lead.region()) {
      case "RU-MOW", "RU-SPE", "RU-SVE", "RU-NVS", "RU-TAT", "RU-KDA" -> { }
      default -> {
        sink.failed("TA-REGION");
        failed++;
      }
    }
    if (lead.employees() < 50 || lead.employees() > 5000) {
      sink.failed("TA-SIZE");
      failed++;
    }
    if (lead.computers() < 30) {
      sink.failed("TA-PCS");
      failed++;
    }
    switch (lead.role()) {
      case "CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT" -> { }
      default -> {
        sink.failed("DMU-ROLE");
        failed++;
      }
    }
    if (!"YES".equals(lead.plansUpgrade())) {
      sink.failed("Q-UPGRADE");
      failed++;
    }
    if (!"YES".equals(lead.agreedToMeeting())) {
      sink.failed("Q-MEETING");
      failed++;
    }
    if (!lead.phoneValid()) {
      sink.failed("PHONE");
      failed++;
    }
    if (lead.duplicate()) {
      sink.failed("DUP");
      failed++;
    }
    sink.decided(failed == 0);
  }
}
