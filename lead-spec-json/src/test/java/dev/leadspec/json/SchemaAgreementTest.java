package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.leadspec.model.Contract;
import dev.leadspec.model.LeadSpecException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schemas and our readers agree, checked by an independent validator
 * (networknt json-schema-validator, draft 2020-12): every schema's examples, the golden and
 * example documents of the repository and what our writers write pass both; documents our
 * readers reject fail the schema too, except the deliberate differences listed in
 * {@link #what_the_schemas_cannot_express_only_the_readers_reject}.
 */
class SchemaAgreementTest {
  private static final List<String> NAMES = List.of("contract", "lead", "challenge", "mapping", "verdict", "error", "ruling",
      "statement");
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final LeadSpecJson JSON = LeadSpecJson.standard();
  private static final Contract RICH = RichContract.contract();

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(LeadSpecJson.class.getResourceAsStream(name + ".schema.json"), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Schema schema(String name) {
    return REGISTRY.getSchema(resource(name));
  }

  static List<String> errors(String name, String document) {
    List<String> messages = new ArrayList<>();
    for (Error error : schema(name).validate(document, InputFormat.JSON)) {
      messages.add(error.toString());
    }
    return messages;
  }

  /** The repository root, from the module directory. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("schemas")) ? here : here.getParent();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
  }

  /** Reads a document as our reader of its format does; throws what it throws. */
  private static void read(String name, String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    switch (name) {
      case "contract" -> JSON.readContract(bytes);
      case "lead" -> JSON.readLead(bytes, RICH);
      case "challenge" -> JSON.readChallenge(bytes, RICH);
      case "mapping" -> JSON.readMapping(bytes);
      case "verdict" -> JSON.readVerdict(bytes);
      case "error" -> {
        try (VerdictReader reader = JSON.verdictReader(new ByteArrayInputStream((document + "\n").getBytes(StandardCharsets.UTF_8)))) {
          reader.forEach(record -> { });
        }
      }
      default -> throw new AssertionError("no reader for " + name + " documents: they are only written");
    }
  }

  static void bothAccept(String name, String document) {
    assertThat(errors(name, document)).as(name + " schema on " + document).isEmpty();
    if (!name.equals("ruling") && !name.equals("statement")) {
      read(name, document);
    }
  }

  private static void bothReject(String name, String document) {
    assertThat(errors(name, document)).as(name + " schema on " + document).isNotEmpty();
    assertThatThrownBy(() -> read(name, document)).as(name + " reader on " + document).isInstanceOf(LeadSpecException.class);
  }

  @Test
  void the_schemas_in_the_jar_are_the_ones_published_in_the_repository() throws IOException {
    for (String name : NAMES) {
      assertThat(Files.readString(root().resolve("schemas/" + name + ".schema.json"))).as(name).isEqualTo(resource(name));
    }
  }

  @Test
  void every_property_of_every_schema_has_a_description_and_every_schema_an_example() throws IOException {
    for (String name : NAMES) {
      JsonNode schema = MAPPER.readTree(resource(name));
      assertThat(schema.get("examples")).as(name + " examples").isNotNull();
      List<String> undescribed = new ArrayList<>();
      walk(schema, "$", node -> { }, undescribed);
      assertThat(undescribed).as(name + ": properties without a description").isEmpty();
      assertThat(schema.get("properties").has("$schema")).as(name + " allows $schema").isTrue();
    }
  }

  private static void walk(JsonNode node, String path, Consumer<JsonNode> each, List<String> undescribed) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          JsonNode value = property.getValue();
          if (!value.has("description")) {
            undescribed.add(path + "." + property.getKey());
          }
        }
      }
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        walk(child.getValue(), path + "/" + child.getKey(), each, undescribed);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        walk(element, path + "[]", each, undescribed);
      }
    }
  }

  @Test
  void every_schemas_examples_pass_the_schema_and_our_reader() throws IOException {
    for (String name : NAMES) {
      for (JsonNode example : MAPPER.readTree(resource(name)).get("examples")) {
        bothAccept(name, MAPPER.writeValueAsString(example));
      }
    }
  }

  @Test
  void the_golden_and_example_documents_of_the_repository_pass_schema_and_reader() throws IOException {
    Path root = root();
    Path tests = root.resolve("lead-spec-json/src/test/resources/dev/leadspec/json");
    Path examples = root.resolve("lead-spec-examples/src/test/resources/dev/leadspec/examples");
    bothAccept("contract", Files.readString(tests.resolve("rich-contract.json")));
    for (String lead : lines(tests.resolve("rich-leads.jsonl"))) {
      bothAccept("lead", lead);
    }
    for (String verdict : lines(tests.resolve("rich-verdicts.jsonl"))) {
      bothAccept("verdict", verdict);
    }
    for (String name : List.of("flagship-v1.golden.json", "flagship-v2.golden.json")) {
      bothAccept("contract", Files.readString(examples.resolve(name)));
    }
    for (String verdict : lines(examples.resolve("flagship-verdicts.golden.jsonl"))) {
      bothAccept(verdict.contains("lead-spec.error/1") ? "error" : "verdict", verdict);
    }
    for (String ruling : lines(examples.resolve("same-brand-rulings.golden.jsonl"))) {
      bothAccept("ruling", ruling);
    }
    bothAccept("statement", Files.readString(examples.resolve("same-brand-statement.golden.json")));
    bothAccept("contract", Files.readString(root.resolve(
        "lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json")));
    try (var docs = Files.list(root.resolve("docs/examples"))) {
      for (Path file : docs.sorted().toList()) {
        String name = file.getFileName().toString();
        bothAccept(name.endsWith(".mapping.json") ? "mapping" : "contract", Files.readString(file));
      }
    }
  }

  @Test
  void what_our_writers_write_passes_the_schema() {
    bothAccept("contract", new String(JSON.writeContract(RICH), StandardCharsets.UTF_8));
    bothAccept("contract", new String(JSON.writeContract(RichContract.fixedPrice()), StandardCharsets.UTF_8));
    String challenge = "{\"format\":\"lead-spec.challenge/1\",\"lead\":\"L-001\",\"filedBy\":\"BUYER\","
        + "\"filedAt\":\"2026-03-12T19:00:00Z\",\"cites\":[\"TA-SIZE\"],\"corrections\":[{\"field\":\"employees\",\"value\":40,"
        + "\"evidence\":{\"source\":\"call.ogg\",\"recordedAt\":\"2026-03-10T08:00:00Z\"}}]}";
    bothAccept("challenge", new String(JSON.writeChallenge(JSON.readChallenge(challenge.getBytes(StandardCharsets.UTF_8), RICH)),
        StandardCharsets.UTF_8));
  }

  @Test
  void the_four_former_false_alarms_are_valid_for_schema_and_reader() {
    String contract = "{\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"version\":1,\"title\":\"t\",\"effectiveFrom\":\"2026-01-01\","
        + "\"fields\":[{\"name\":\"n\",\"kind\":\"INTEGER\"},{\"name\":\"d\",\"kind\":\"DECIMAL\"},"
        + "{\"name\":\"c\",\"kind\":\"CHOICE\",\"codes\":[\"A\",\"B\"]},{\"name\":\"s\",\"kind\":\"CHOICES\",\"codes\":[\"A\",\"B\"]}],"
        + "\"criteria\":["
        + "{\"id\":\"R1\",\"title\":\"between without the inclusive flags\",\"role\":\"REQUIRED\",\"condition\":{\"kind\":\"between\",\"field\":\"n\",\"low\":1,\"high\":5}},"
        + "{\"id\":\"R2\",\"title\":\"in without negated\",\"role\":\"REQUIRED\",\"condition\":{\"kind\":\"in\",\"field\":\"c\",\"codes\":[\"A\"]}},"
        + "{\"id\":\"R3\",\"title\":\"contains without all\",\"role\":\"REQUIRED\",\"condition\":{\"kind\":\"contains\",\"field\":\"s\",\"codes\":[\"A\"]}},"
        + "{\"id\":\"R4\",\"title\":\"a decimal as a number\",\"role\":\"REQUIRED\",\"condition\":{\"kind\":\"compare\",\"field\":\"d\",\"operator\":\"GE\",\"value\":2.5}}]}";
    bothAccept("contract", contract);
  }

  @Test
  void a_schema_property_is_accepted_and_ignored_by_every_reader_at_the_top_only() {
    bothAccept("mapping", "{\"$schema\":\"https://lead-spec.dev/schema/mapping/1\",\"format\":\"lead-spec.mapping/1\"}");
    bothAccept("lead", "{\"$schema\":\"lead.schema.json\",\"format\":\"lead-spec.lead/1\",\"id\":\"L\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{}}");
    bothReject("mapping", "{\"format\":\"lead-spec.mapping/1\",\"columns\":{\"a\":{\"$schema\":\"x\"}}}");
    bothReject("mapping", "{\"$schema\":5,\"format\":\"lead-spec.mapping/1\"}");
  }

  @Test
  void documents_our_readers_reject_the_schemas_reject_too() {
    bothReject("contract", "{\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"version\":1,\"title\":\"t\",\"effectiveFrom\":\"2026-01-01\",\"criteria\":[]}");
    bothReject("contract", "{\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"version\":\"1\",\"title\":\"t\",\"effectiveFrom\":\"2026-01-01\",\"fields\":[],\"criteria\":[]}");
    bothReject("contract", "{\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"version\":1,\"title\":\"t\",\"effectiveFrom\":\"2026-01-01\",\"fields\":[],\"criteria\":[],\"fieldz\":[]}");
    bothReject("contract", "{\"format\":\"lead-spec.contract/2\",\"id\":\"c\",\"version\":1,\"title\":\"t\",\"effectiveFrom\":\"2026-01-01\",\"fields\":[],\"criteria\":[]}");
    bothReject("lead", "{\"format\":\"lead-spec.lead/1\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{}}");
    bothReject("lead", "{\"format\":\"lead-spec.lead/1\",\"id\":\"L\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":[]}");
    bothReject("lead", "{\"format\":\"lead-spec.lead/1\",\"id\":null,\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{}}");
    bothReject("challenge", "{\"format\":\"lead-spec.challenge/1\",\"lead\":\"L\",\"filedBy\":\"BROKER\",\"filedAt\":\"2026-03-12T19:00:00Z\",\"cites\":[]}");
    bothReject("mapping", "{\"format\":\"lead-spec.mapping/1\",\"columns\":{\"x\":{\"feild\":\"y\"}}}");
    bothReject("mapping", "{\"format\":\"lead-spec.mapping/1\",\"separator\":\";;\"}");
    bothReject("mapping", "{\"format\":\"lead-spec.mapping/1\",\"trim\":\"yes\"}");
    bothReject("verdict", "{\"format\":\"lead-spec.verdict/1\",\"contract\":{\"id\":\"c\",\"version\":1,\"fingerprint\":\"abc\"},"
        + "\"lead\":{\"id\":\"L\",\"deliveredAt\":\"2026-03-10T09:00:00Z\"},\"outcome\":\"ACCEPTED\",\"reasons\":[],\"results\":[],\"tables\":[]}");
  }

  /**
   * The deliberate differences: what a JSON Schema cannot say (or cannot say without repeating the
   * contract inside it), which only the readers check. Each passes the schema and fails the reader.
   */
  @Test
  void what_the_schemas_cannot_express_only_the_readers_reject() {
    String head = "{\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"version\":1,\"title\":\"t\",";
    String field = "\"fields\":[{\"name\":\"n\",\"kind\":\"INTEGER\"}],";
    List<String> readerOnly = List.of(
        // a property given twice: JSON Schema sees one parsed value
        head + "\"effectiveFrom\":\"2026-01-01\"," + field + "\"criteria\":[],\"criteria\":[]}",
        // a criterion on a field the contract does not declare: a cross-reference
        head + "\"effectiveFrom\":\"2026-01-01\"," + field + "\"criteria\":[{\"id\":\"R\",\"title\":\"t\",\"role\":\"REQUIRED\","
            + "\"condition\":{\"kind\":\"known\",\"field\":\"m\",\"known\":true}}]}",
        // a day that does not exist: format is an annotation in draft 2020-12
        head + "\"effectiveFrom\":\"2026-02-30\"," + field + "\"criteria\":[]}",
        // a small integer written as a string: canonical form depends on the field's kind
        head + "\"effectiveFrom\":\"2026-01-01\"," + field + "\"criteria\":[{\"id\":\"R\",\"title\":\"t\",\"role\":\"REQUIRED\","
            + "\"condition\":{\"kind\":\"compare\",\"field\":\"n\",\"operator\":\"GE\",\"value\":\"50\"}}]}");
    for (String document : readerOnly) {
      assertThat(errors("contract", document)).as(document).isEmpty();
      assertThatThrownBy(() -> read("contract", document)).as(document).isInstanceOf(LeadSpecException.class);
    }
  }
}
