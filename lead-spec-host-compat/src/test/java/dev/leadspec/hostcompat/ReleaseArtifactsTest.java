package dev.leadspec.hostcompat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a company needs to adopt the published modules, checked on the build's own files: the
 * licence, the BOM listing every published module at the reactor's version, and a README per
 * published module with its coordinates and a dependency snippet.
 */
class ReleaseArtifactsTest {
  /** Modules of the reactor that are never published. */
  private static final Set<String> UNPUBLISHED = Set.of("lead-spec-examples", "lead-spec-host-compat", "lead-spec-bench");
  private static final Path ROOT = root();

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("lead-spec-bom/pom.xml"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static Document pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> texts(Document pom, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = pom.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }

  private static String child(Element element, String tag) {
    return element.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  private static Set<String> published() throws Exception {
    Set<String> modules = new TreeSet<>();
    for (String module : texts(pom(ROOT.resolve("pom.xml")), "module")) {
      if (!UNPUBLISHED.contains(module) && !module.equals("lead-spec-bom")) {
        modules.add(module);
      }
    }
    return modules;
  }

  @Test
  void the_licence_is_apache_2_0_in_the_file_and_in_the_poms() throws Exception {
    assertThat(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8))
        .contains("Apache License", "Version 2.0, January 2004");
    for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("lead-spec-bom/pom.xml"))) {
      Document document = pom(pom);
      assertThat(texts(document, "license")).as("%s", pom).hasSize(1);
      assertThat(texts(document, "name")).contains("Apache-2.0");
      assertThat(texts(document, "scm")).as("%s", pom).hasSize(1);
      assertThat(texts(document, "developer")).as("%s", pom).isNotEmpty();
      assertThat(texts(document, "url")).as("%s", pom).isNotEmpty();
    }
  }

  @Test
  void the_bom_lists_every_published_module_at_the_reactors_version_and_pins_nothing_else() throws Exception {
    // given
    Document parent = pom(ROOT.resolve("pom.xml"));
    Document bom = pom(ROOT.resolve("lead-spec-bom/pom.xml"));

    // when
    Set<String> listed = new TreeSet<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(child(dependency, "groupId")).isEqualTo("dev.leadspec");
      assertThat(child(dependency, "version")).isEqualTo("${project.version}");
      listed.add(child(dependency, "artifactId"));
    }

    // then
    assertThat(listed).isEqualTo(published()).contains("lead-spec-core", "lead-spec-json", "lead-spec-dsl");
    assertThat(bom.getElementsByTagName("parent").getLength()).as("a BOM with a parent would export its pins").isZero();
    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
  }

  @Test
  void every_published_module_has_a_readme_with_its_coordinates_and_an_automatic_module_name() throws Exception {
    List<String> modules = new ArrayList<>(published());
    modules.add("lead-spec-bom");
    for (String module : modules) {
      Path readme = ROOT.resolve(module).resolve("README.md");
      assertThat(readme).as(module).exists();
      assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as(module)
          .contains("<groupId>dev.leadspec</groupId>", "<artifactId>" + module + "</artifactId>");
      if (!module.equals("lead-spec-bom")) {
        assertThat(texts(pom(ROOT.resolve(module).resolve("pom.xml")), "leadspec.module.name")).as(module)
            .singleElement().asString().startsWith("dev.leadspec.");
      }
    }
  }
}
