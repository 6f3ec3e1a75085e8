package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet of {@code docs/embedding.md} is this code, and prints what the page shows. */
class EmbeddingDocTest {
  private static final Path PAGE = Path.of("..", "docs", "embedding.md");
  private static final Path SELF = Path.of("src/test/java/dev/leadspec/examples/EmbeddingDocTest.java");

  /** A call as a call-centre system keeps it. */
  record Call(String id, Instant endedAt, String industry, String region, int employees, int computers, String role,
      boolean plansUpgrade, Boolean agreedMeeting) {}

  private static void embed(List<Call> calls) {
    // DOC:embedding
    // once, where the host starts: both are immutable and shared by every thread
    LeadLayout layout = LeadLayout.of(HardwareUpgradeContract.V1);
    Evaluator evaluator = Evaluator.of(HardwareUpgradeContract.V1, Compilation.GENERATED);

    // per record
    for (Call call : calls) {
      Lead.Builder lead = Lead.builder(layout).id(call.id()).deliveredAt(call.endedAt())
          .fact("industry", call.industry())
          .fact("region", call.region())
          .fact("employees", call.employees())
          .fact("computers", call.computers())
          .fact("role", call.role())
          .fact("plans_upgrade", call.plansUpgrade() ? Answer.YES : Answer.NO);
      if (call.agreedMeeting() != null) {
        lead.fact("agreed_meeting", call.agreedMeeting() ? Answer.YES : Answer.NO);
      }
      Verdict verdict = evaluator.evaluate(lead.build());
      System.out.println(call.id() + " " + verdict.outcome() + " " + verdict.reasonIds());
    }
    // DOC:end
  }

  @Test
  void the_embedding_page_shows_this_code_and_what_it_prints() throws IOException {
    // given
    List<String> page = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    List<Call> calls = List.of(
        new Call("C-1", Instant.parse("2026-03-10T09:00:00Z"), "RETAIL", "MOW", 120, 80, "CIO", true, true),
        new Call("C-2", Instant.parse("2026-03-10T09:05:00Z"), "FINANCE", "MOW", 40, 80, "CIO", true, null));

    // when
    String printed = Printed.by(() -> embed(calls));

    // then
    assertThat(block(page, "```java")).isEqualTo(snippet());
    assertThat(printed).isEqualTo(String.join("\n", block(page, "```text")) + "\n");
  }

  @Test
  void a_lead_built_with_the_layout_gets_the_verdict_of_the_same_lead_built_without_it() {
    // given
    Instant at = Instant.parse("2026-03-10T09:00:00Z");
    Lead laid = Lead.builder(LeadLayout.of(HardwareUpgradeContract.V1)).id("C-1").deliveredAt(at)
        .fact("industry", "RETAIL").fact("employees", 40).fact("plans_upgrade", Answer.YES).build();
    Lead plain = Lead.builder().id("C-1").deliveredAt(at)
        .fact("plans_upgrade", Answer.YES).fact("employees", 40).fact("industry", "RETAIL").build();

    // when
    Verdict fromLaid = Evaluator.of(HardwareUpgradeContract.V1, Compilation.GENERATED).evaluate(laid);
    Verdict fromPlain = Evaluator.of(HardwareUpgradeContract.V1).evaluate(plain);

    // then
    assertThat(fromLaid).isEqualTo(fromPlain);
    assertThat(fromLaid.reasonIds()).isEqualTo(fromPlain.reasonIds()).contains("TA-SIZE", "TA-REGION");
  }


  private static List<String> block(List<String> lines, String fence) {
    int start = lines.indexOf(fence);
    assertThat(start).as("block %s in %s", fence, PAGE).isNotNegative();
    List<String> block = new ArrayList<>();
    for (int i = start + 1; !lines.get(i).equals("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }

  private static List<String> snippet() throws IOException {
    List<String> source = Files.readAllLines(SELF, StandardCharsets.UTF_8);
    int start = source.indexOf("    // DOC:embedding") + 1;
    List<String> lines = new ArrayList<>();
    for (int i = start; !source.get(i).trim().equals("// DOC:end"); i++) {
      lines.add(source.get(i).isBlank() ? "" : source.get(i).substring(4));
    }
    return lines;
  }
}
