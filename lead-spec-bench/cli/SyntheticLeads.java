import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes N synthetic flagship leads as JSONL (lead-spec.lead/1) to standard output, seeded, for
 * the CLI throughput benchmark: {@code java SyntheticLeads.java 10000000 | java -jar lead-spec.jar evaluate ... -}.
 * Run as a single-file source program; not part of any build.
 */
public final class SyntheticLeads {
  private static final String[] INDUSTRIES = {"MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE", "IT"};
  private static final String[] REGIONS = {"MOW", "SPB", "EKB", "KZN", "NNV", "SAM", "NSK", "KRD", "ROV", "VLA"};
  private static final String[] ROLES = {"CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT", "CEO", "SECRETARY"};
  private static final long[] EMPLOYEES = {49, 50, 120, 499, 500, 2000, 5000, 5001};
  private static final long[] COMPUTERS = {29, 30, 45, 300};

  private SyntheticLeads() {}

  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    SplittableRandom random = new SplittableRandom(args.length > 1 ? Long.parseLong(args[1]) : 20261124L);
    OutputStream out = new BufferedOutputStream(System.out, 1 << 20);
    StringBuilder line = new StringBuilder(320);
    for (long i = 1; i <= count; i++) {
      line.setLength(0);
      line.append("{\"format\":\"lead-spec.lead/1\",\"id\":\"S-").append(i)
          .append("\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"industry\":\"")
          .append(INDUSTRIES[random.nextInt(INDUSTRIES.length)]).append("\",\"region\":\"")
          .append(REGIONS[random.nextInt(REGIONS.length)]).append("\",\"employees\":")
          .append(EMPLOYEES[random.nextInt(EMPLOYEES.length)]).append(",\"computers\":")
          .append(COMPUTERS[random.nextInt(COMPUTERS.length)]).append(",\"role\":\"")
          .append(ROLES[random.nextInt(ROLES.length)]).append('"');
      if (random.nextInt(10) > 0) {
        line.append(",\"plans_upgrade\":\"").append(random.nextInt(4) > 0 ? "YES" : "NO").append('"');
      }
      line.append(",\"agreed_meeting\":\"").append(random.nextInt(5) > 0 ? "YES" : "NO")
          .append("\",\"phone_valid\":").append(random.nextInt(20) > 0)
          .append(",\"duplicate\":").append(random.nextInt(25) == 0).append("}}\n");
      out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }
}
