package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example of the user guide ({@code docs/*.md}) in a format of this module is read by
 * our reader of its format and passes its schema, so that the pages cannot drift from the code.
 */
class DocsExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern FORMAT = Pattern.compile("\"format\":\\s*\"lead-spec\\.([a-z]+)/1\"");
  private static final Map<String, String> SCHEMAS = Map.of("contract", "contract", "lead", "lead", "challenge", "challenge",
      "mapping", "mapping", "verdict", "verdict", "error", "error", "ruling", "ruling", "statement", "statement");

  private static Path docs() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here.resolve("docs") : here.getParent().resolve("docs");
  }

  @Test
  void every_json_example_of_the_user_guide_passes_its_schema_and_our_reader() throws IOException {
    List<String> checked = new ArrayList<>();
    try (var pages = Files.list(docs())) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Matcher block = BLOCK.matcher(Files.readString(page));
        while (block.find()) {
          String json = block.group(1);
          Matcher format = FORMAT.matcher(json);
          assertThat(format.find()).as(page + ": an example names its format").isTrue();
          if (!SCHEMAS.containsKey(format.group(1))) {
            continue; // a format of another module (scenarios, diff): its own tests check its pages
          }
          SchemaAgreementTest.bothAccept(SCHEMAS.get(format.group(1)), json);
          checked.add(page.getFileName() + ":" + format.group(1));
        }
      }
    }
    assertThat(checked).contains("lead.md:lead", "mapping.md:mapping", "verdict.md:verdict", "verdict.md:error",
        "challenge.md:challenge", "ruling.md:ruling", "statement.md:statement", "contract.md:contract");
  }
}
