package dev.leadspec.cli;

import dev.leadspec.test.scenario.Coverage;
import dev.leadspec.test.scenario.ScenarioReport;
import dev.leadspec.test.scenario.ScenarioResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario results as JUnit XML (the Ant/Surefire format CI systems read): one testsuite per
 * scenario file, one testcase per scenario, a failure holding the report with the verdict's
 * explanation; a {@code coverage} suite when a minimum is set. Text is escaped, and characters
 * XML 1.0 cannot hold are written as {@code \\uXXXX}.
 */
final class JunitXml {
  private JunitXml() {}

  static byte[] write(Map<Path, ScenarioReport> reports, Coverage coverage, Optional<BigDecimal> minCoverage) {
    int tests = 0;
    int failures = 0;
    for (ScenarioReport report : reports.values()) {
      tests += report.results().size();
      failures += report.failures().size();
    }
    boolean coverageFails = minCoverage.isPresent() && !coverage.atLeast(minCoverage.get());
    if (minCoverage.isPresent()) {
      tests++;
      failures += coverageFails ? 1 : 0;
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"lead-spec test\" tests=\"").append(tests).append("\" failures=\"").append(failures)
        .append("\" errors=\"0\">\n");
    for (Map.Entry<Path, ScenarioReport> entry : reports.entrySet()) {
      String suite = entry.getKey().toString();
      ScenarioReport report = entry.getValue();
      xml.append("  <testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(report.results().size())
          .append("\" failures=\"").append(report.failures().size()).append("\" errors=\"0\" skipped=\"0\">\n");
      for (ScenarioResult result : report.results()) {
        xml.append("    <testcase name=\"").append(escape(result.scenario().name())).append("\" classname=\"")
            .append(escape(suite)).append('"');
        if (result.passed()) {
          xml.append("/>\n");
        } else {
          xml.append(">\n      <failure message=\"").append(escape(result.differences().get(0)))
              .append("\" type=\"ScenarioFailure\">").append(escape(result.report())).append("</failure>\n    </testcase>\n");
        }
      }
      xml.append("  </testsuite>\n");
    }
    if (minCoverage.isPresent()) {
      String name = "coverage at least " + minCoverage.get().toPlainString() + "%";
      xml.append("  <testsuite name=\"coverage\" tests=\"1\" failures=\"").append(coverageFails ? 1 : 0)
          .append("\" errors=\"0\" skipped=\"0\">\n    <testcase name=\"").append(escape(name)).append("\" classname=\"coverage\"");
      if (coverageFails) {
        xml.append(">\n      <failure message=\"").append(escape("coverage " + coverage.percent().toPlainString() + "%"))
            .append("\" type=\"CoverageBelowMinimum\">").append(escape(coverage.text())).append("</failure>\n    </testcase>\n");
      } else {
        xml.append("/>\n");
      }
      xml.append("    <system-out>").append(escape(coverage.text())).append("</system-out>\n  </testsuite>\n");
    }
    xml.append("</testsuites>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
            out.append(c);
          } else {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          }
          break;
      }
    }
    return out.toString();
  }
}
