package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Limits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** One test per limit, each with input just under it (parses) and just over it (fails naming the limit). */
class JsonLimitsTest {
  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void json_may_nest_to_the_nesting_depth_limit_and_no_deeper() {
    // given: root, criteria, criterion and condition are four levels; each "not" adds one
    int depth = 12;
    LeadSpecJson shallow = LeadSpecJson.withLimits(JsonLimits.builder().maxNestingDepth(depth).build());
    int nots = depth - 4;

    // then
    assertThat(shallow.readContract(withNots(nots)).criteria()).hasSize(1);
    assertLimit(() -> shallow.readContract(withNots(nots + 1)), "nesting depth");
  }

  @Test
  void conditions_may_nest_to_the_condition_depth_limit_and_what_is_written_then_reads_back() {
    // given: the compare is the first level, each "not" one more
    int nots = Limits.MAX_CONDITION_DEPTH - 1;

    // when
    Contract deepest = json.readContract(withNots(nots));

    // then
    assertThat(json.readContract(json.writeContract(deepest))).isEqualTo(deepest);
    assertThatThrownBy(() -> json.readContract(withNots(nots + 1)))
        .isInstanceOfSatisfying(ContractValidationException.class,
            e -> assertThat(e.problems().get(0).limit()).contains("condition depth"));
  }

  @Test
  void a_title_may_be_as_long_as_the_string_length_limit_and_no_longer() {
    int max = JsonLimits.DEFAULT_MAX_STRING_LENGTH;
    assertThat(json.readContract(withTitle("x".repeat(max))).title()).hasSize(max);
    assertLimit(() -> json.readContract(withTitle("x".repeat(max + 1))), "string length");
  }

  @Test
  void a_number_may_be_as_long_as_the_number_length_limit_and_no_longer() {
    // given: a decimal literal "1.000…0" written as a JSON number
    int max = JsonLimits.DEFAULT_MAX_NUMBER_LENGTH;
    String decimalField = ContractJsonTest.minimal().replace("\"kind\": \"INTEGER\"", "\"kind\": \"DECIMAL\"");

    // then
    assertThat(json.readContract(decimalField.replace("\"value\": 50", "\"value\": " + number(max)))).isNotNull();
    assertLimit(() -> json.readContract(decimalField.replace("\"value\": 50", "\"value\": " + number(max + 1))), "number length");
  }

  @Test
  void a_fact_name_may_be_as_long_as_the_property_name_length_limit_and_no_longer() {
    int max = JsonLimits.DEFAULT_MAX_NAME_LENGTH;
    Contract contract = json.readContract(ContractJsonTest.minimal());
    assertThat(json.readLead(leadWithFact("f".repeat(max)), contract).facts()).containsKey("f".repeat(max));
    assertLimit(() -> json.readLead(leadWithFact("f".repeat(max + 1)), contract), "property name length");
  }

  @Test
  void a_document_may_be_as_large_as_the_document_size_limit_and_no_larger() {
    // given: a contract padded with trailing white space
    byte[] contract = ContractJsonTest.minimal().getBytes(StandardCharsets.UTF_8);
    int max = (int) JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;

    // then
    assertThat(json.readContract(padded(contract, max))).isNotNull();
    assertLimit(() -> json.readContract(padded(contract, max + 1)), "document size");
  }

  @Test
  void a_contract_stream_is_read_no_further_than_one_byte_past_the_document_size_limit() {
    // given: an endless stream of spaces after the contract
    byte[] contract = ContractJsonTest.minimal().getBytes(StandardCharsets.UTF_8);
    java.io.InputStream endless = new java.io.InputStream() {
      private int position;

      @Override
      public int read() {
        return position < contract.length ? contract[position++] & 0xff : ' ';
      }
    };

    // then
    assertLimit(() -> json.readContract(endless), "document size");
    assertThat(json.readContract(new ByteArrayInputStream(contract))).isEqualTo(json.readContract(contract));
  }

  @Test
  void a_jsonl_record_over_the_document_size_limit_becomes_an_error_record_and_reading_goes_on() {
    // given
    JsonLimits limits = JsonLimits.builder().maxDocumentBytes(300).build();
    LeadSpecJson small = LeadSpecJson.withLimits(limits);
    Contract contract = json.readContract(ContractJsonTest.minimal());
    String fits = leadWithFact("f".repeat(300 - leadWithFact("").length()));
    String over = leadWithFact("f".repeat(301 - leadWithFact("").length()));
    byte[] stream = (fits + "\n" + over + "\n" + fits + "\n").getBytes(StandardCharsets.UTF_8);

    // when
    List<LeadRecord> records = new ArrayList<>();
    try (LeadReader reader = small.leadReader(new ByteArrayInputStream(stream), contract)) {
      reader.forEach(records::add);
    }

    // then
    assertThat(records).hasSize(3);
    assertThat(records.get(0).lead()).isPresent();
    assertThat(records.get(1).error()).get().isInstanceOfSatisfying(JsonFormatException.class, e -> {
      assertThat(e.limit()).contains("document size");
      assertThat(e.line()).isEqualTo(2);
    });
    assertThat(records.get(2).lead()).isPresent();
  }

  @Test
  void a_document_may_have_as_many_tokens_as_the_token_count_limit_and_no_more() {
    // given: a lower limit, as the default one is only reached by a contract the model refuses
    long max = 5_000;
    LeadSpecJson bounded = LeadSpecJson.withLimits(JsonLimits.builder().maxTokenCount(max).build());
    String under = withCodes(max);
    String over = withCodes(max + 1);

    // then
    assertThat(tokens(under)).isEqualTo(max);
    assertThat(bounded.readContract(under).fields()).hasSize(2);
    assertLimit(() -> bounded.readContract(over), "token count");
  }

  @Test
  void the_default_limits_are_the_one_limit_policy_of_the_model() {
    JsonLimits defaults = JsonLimits.defaults();
    assertThat(defaults.maxDocumentBytes()).isEqualTo(Limits.MAX_DOCUMENT_BYTES);
    assertThat(defaults.maxTokenCount()).isEqualTo(Limits.MAX_TOKEN_COUNT);
    assertThat(defaults.maxNestingDepth()).isEqualTo(Limits.MAX_NESTING_DEPTH);
    assertThat(defaults.maxStringLength()).isEqualTo(Limits.MAX_STRING_LENGTH);
    assertThat(defaults.maxNumberLength()).isEqualTo(Limits.MAX_NUMBER_LENGTH);
    assertThat(defaults.maxNameLength()).isEqualTo(Limits.MAX_NAME_LENGTH);
  }

  private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String limit) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.limit()).contains(limit);
          assertThat(e.problem()).contains(limit);
        });
  }

  private static String withNots(int nots) {
    String condition = "{\"kind\": \"compare\", \"field\": \"employees\", \"operator\": \"GE\", \"value\": 50}";
    for (int i = 0; i < nots; i++) {
      condition = "{\"kind\": \"not\", \"part\": " + condition + "}";
    }
    return ContractJsonTest.minimal().replace(
        "{\"kind\": \"compare\", \"field\": \"employees\", \"operator\": \"GE\", \"value\": 50}", condition);
  }

  private static String withTitle(String title) {
    return ContractJsonTest.minimal().replace("\"title\": \"Upgrade leads\"", "\"title\": \"" + title + "\"");
  }

  private static String number(int length) {
    return "1." + "0".repeat(length - 2);
  }

  private static String leadWithFact(String name) {
    return "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{\"" + name + "\":1}}";
  }

  private static byte[] padded(byte[] document, int size) {
    byte[] bytes = new byte[size];
    System.arraycopy(document, 0, bytes, 0, document.length);
    java.util.Arrays.fill(bytes, document.length, size, (byte) ' ');
    return bytes;
  }

  /** The minimal contract with a second, choice field whose codes bring the document to {@code tokens} tokens. */
  private static String withCodes(long tokens) {
    String base = ContractJsonTest.minimal().replace("\"kind\": \"INTEGER\"}",
        "\"kind\": \"INTEGER\"}, {\"name\": \"big\", \"kind\": \"CHOICE\", \"codes\": [\"c\"]}");
    long codes = tokens - tokens(base) + 1;
    StringBuilder list = new StringBuilder();
    for (long i = 0; i < codes; i++) {
      list.append(i == 0 ? "\"" : ",\"").append(Long.toString(i, 36)).append('"');
    }
    return base.replace("[\"c\"]", "[" + list + "]");
  }

  private static long tokens(String document) {
    JsonFactory unbounded = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxDocumentLength(-1).maxTokenCount(-1).build()).build();
    long count = 0;
    try (JsonParser parser = unbounded.createParser(ObjectReadContext.empty(), document)) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }
}
