package dev.leadspec.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A lead as a CRM holds it: plain strings, ints and booleans, {@code null} for a scripted
 * question that was not answered. {@code source} and {@code callSeconds} are noise the
 * contract ignores.
 *
 * <pre>{@code
 * HostLead lead = new HostLead("L-1", Instant.parse("2026-03-02T10:15:00Z"), "RETAIL", "RU-MOW",
 *     120, 40, "CIO", "YES", null, true, false, "WEB", 300);
 * }</pre>
 *
 * @param id the lead's id
 * @param deliveredAt when it was delivered
 * @param industry industry code
 * @param region region code
 * @param employees number of employees
 * @param computers number of computers
 * @param role the contact's role code
 * @param plansUpgrade answer to "do you plan a hardware upgrade?": YES, NO or null (not answered)
 * @param agreedToMeeting answer to "do you agree to a meeting?": YES, NO or null (not answered)
 * @param phoneValid whether the phone number was verified
 * @param duplicate whether the lead duplicates an earlier one
 * @param source noise: where the lead came from
 * @param callSeconds noise: the call's length
 */
public record HostLead(
    String id,
    Instant deliveredAt,
    String industry,
    String region,
    int employees,
    int computers,
    String role,
    @Nullable String plansUpgrade,
    @Nullable String agreedToMeeting,
    boolean phoneValid,
    boolean duplicate,
    String source,
    int callSeconds) {

  /**
   * The contract's nine inputs as a map of plain values keyed by the decision's input names (an
   * unanswered question null), as a host hands them to a map-based engine: built minimally, the
   * noise fields left out, sized so that it never grows.
   *
   * <pre>{@code
   * Map<String, Object> variables = lead.inputs();
   * }</pre>
   *
   * @return a new mutable map
   */
  public Map<String, @Nullable Object> inputs() {
    Map<String, @Nullable Object> map = new HashMap<>(16);
    map.put("industry", industry);
    map.put("region", region);
    map.put("employees", employees);
    map.put("computers", computers);
    map.put("role", role);
    map.put("plans_upgrade", plansUpgrade);
    map.put("agreed_to_meeting", agreedToMeeting);
    map.put("phone_valid", phoneValid);
    map.put("duplicate", duplicate);
    return map;
  }
}
