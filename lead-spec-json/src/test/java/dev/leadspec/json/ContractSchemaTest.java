package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema of contract files ({@code dev/leadspec/json/contract.schema.json})
 * checked against the model: its enums are the model's, every document the writer produces walks
 * through it, and its required properties are exactly what the reader cannot do without.
 */
class ContractSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = schema();

  private static JsonNode schema() {
    try (InputStream in = Objects.requireNonNull(LeadSpecJson.class.getResourceAsStream("contract.schema.json"))) {
      return MAPPER.readTree(in.readAllBytes());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode def(String name) {
    return SCHEMA.get("$defs").get(name);
  }

  private static Set<String> enumOf(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.get("enum").forEach(n -> names.add(n.asString()));
    return names;
  }

  private static <E extends Enum<E>> Set<String> names(Class<E> type) {
    Set<String> names = new TreeSet<>();
    Arrays.stream(type.getEnumConstants()).forEach(e -> names.add(e.name()));
    return names;
  }

  @Test
  void the_schemas_closed_sets_are_the_models() {
    assertThat(SCHEMA.get("properties").get("format").get("const").asString()).isEqualTo(LeadSpecJson.CONTRACT_FORMAT);
    assertThat(enumOf(def("field").get("properties").get("kind"))).isEqualTo(names(FieldKind.class));
    assertThat(enumOf(def("criterion").get("properties").get("role"))).isEqualTo(names(Role.class));
    assertThat(enumOf(def("criterion").get("properties").get("unknownAs"))).containsExactly("MET", "NOT_MET");
    assertThat(enumOf(def("table").get("properties").get("hitPolicy"))).isEqualTo(names(HitPolicy.class));
    assertThat(enumOf(def("compare").get("properties").get("operator"))).isEqualTo(names(Operator.class));
    Set<String> kinds = new TreeSet<>();
    def("condition").get("oneOf").forEach(ref -> kinds.add(resolve(ref).get("properties").get("kind").get("const").asString()));
    assertThat(kinds).containsExactlyInAnyOrder("compare", "between", "in", "contains", "known", "not", "all", "any", "atLeast");
  }

  @Test
  void every_document_the_writer_produces_walks_through_the_schema() {
    LeadSpecJson json = LeadSpecJson.standard();
    List<String> problems = new ArrayList<>();
    walk(MAPPER.readTree(json.writeContract(RichContract.contract())), SCHEMA, "$", problems);
    dev.leadspec.model.Contract priced = dev.leadspec.model.Contract.builder().id("p").version(1).title("t")
        .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).terms(Terms.builder().price(Money.of("500", "RUB")).build()).build();
    walk(MAPPER.readTree(json.writeContract(priced)), SCHEMA, "$", problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void a_document_with_only_the_required_properties_parses_and_dropping_any_of_them_fails() {
    String minimal = "{\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"version\":1,\"title\":\"t\",\"effectiveFrom\":\"2026-01-01\","
        + "\"fields\":[{\"name\":\"employees\",\"kind\":\"INTEGER\"}],\"criteria\":[{\"id\":\"TA\",\"title\":\"size\","
        + "\"role\":\"REQUIRED\",\"condition\":{\"kind\":\"known\",\"field\":\"employees\",\"known\":true}}]}";
    LeadSpecJson json = LeadSpecJson.standard();
    assertThat(json.readContract(minimal).criteria()).hasSize(1);
    for (JsonNode required : SCHEMA.get("required")) {
      ObjectNode document = (ObjectNode) MAPPER.readTree(minimal);
      document.remove(required.asString());
      assertThatThrownBy(() -> json.readContract(MAPPER.writeValueAsBytes(document))).as(required.asString())
          .isInstanceOf(JsonFormatException.class);
    }
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      String ref = node.get("$ref").asString();
      node = SCHEMA.get("$defs").get(ref.substring("#/$defs/".length()));
    }
    return node;
  }

  /** Walks a document through the subset of JSON Schema the file uses; records every mismatch. */
  private static void walk(JsonNode value, JsonNode schema, String path, List<String> problems) {
    JsonNode node = resolve(schema);
    if (node.has("oneOf")) {
      JsonNode chosen = null;
      for (JsonNode option : node.get("oneOf")) {
        JsonNode candidate = resolve(option);
        JsonNode kind = candidate.path("properties").path("kind").path("const");
        boolean fits = kind.isMissingNode()
            ? candidate.has("properties") ? value.isObject() && candidate.get("properties").propertyNames().containsAll(
                new TreeSet<>(value.propertyNames())) : typeFits(value, candidate)
            : value.path("kind").asString("").equals(kind.asString());
        if (fits) {
          chosen = candidate;
          break;
        }
      }
      if (chosen == null) {
        problems.add(path + ": no alternative of " + node.get("oneOf") + " fits " + value);
        return;
      }
      node = chosen;
    }
    if (node.has("const") && !node.get("const").equals(value)) {
      problems.add(path + ": expected " + node.get("const") + ", found " + value);
    }
    if (node.has("enum") && !enumOf(node).contains(value.asString())) {
      problems.add(path + ": " + value + " is not one of " + node.get("enum"));
    }
    if (node.has("type") && !typeFits(value, node)) {
      problems.add(path + ": expected " + node.get("type") + ", found " + value);
    }
    if (value.isObject() && node.has("properties")) {
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        JsonNode property = node.get("properties").get(member.getKey());
        if (property == null) {
          problems.add(path + "." + member.getKey() + ": not declared in the schema");
        } else {
          walk(member.getValue(), property, path + "." + member.getKey(), problems);
        }
      }
      node.path("required").forEach(required -> {
        if (!value.has(required.asString())) {
          problems.add(path + ": required property " + required.asString() + " missing");
        }
      });
    }
    if (value.isArray() && node.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), node.get("items"), path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean typeFits(JsonNode value, JsonNode schema) {
    if (!schema.has("type")) {
      return true;
    }
    switch (schema.get("type").asString()) {
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isString();
      case "integer":
        return value.isIntegralNumber();
      case "boolean":
        return value.isBoolean();
      default:
        return false;
    }
  }
}
