package dev.leadspec.json;

import dev.leadspec.model.LeadSpecException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/** Compares a stored verdict line with the recomputed one and names the first difference by its JSON path. */
final class VerdictCheck {
  private VerdictCheck() {}

  static void verify(TreeParser parser, byte[] stored, byte[] recomputed, String leadId) {
    JsonTree storedTree = parser.parse(stored);
    ContractReader.format(storedTree, VerdictJson.FORMAT);
    if (Arrays.equals(trimmed(stored), trimmed(recomputed))) {
      return;
    }
    String difference = difference(storedTree, parser.parse(recomputed));
    throw new LeadSpecException("lead " + leadId + ": the stored verdict differs from the recomputed one "
        + (difference == null ? "in its bytes: it is not in canonical form" : difference));
  }

  private static byte[] trimmed(byte[] line) {
    int end = line.length;
    while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
      end--;
    }
    return end == line.length ? line : Arrays.copyOf(line, end);
  }

  /** The first difference, depth first in document order, or null when the trees are equal. */
  private static String difference(JsonTree stored, JsonTree recomputed) {
    if (stored.type != recomputed.type || !stored.text.equals(recomputed.text)) {
      return "at " + stored.path + ": stored " + stored.describe() + ", recomputed " + recomputed.describe();
    }
    if (stored.type == JsonTree.Type.ARRAY) {
      int n = Math.min(stored.elements.size(), recomputed.elements.size());
      for (int i = 0; i < n; i++) {
        String difference = difference(stored.elements.get(i), recomputed.elements.get(i));
        if (difference != null) {
          return difference;
        }
      }
      if (stored.elements.size() != recomputed.elements.size()) {
        return "at " + stored.path + ": stored " + stored.elements.size() + " elements, recomputed " + recomputed.elements.size();
      }
    }
    if (stored.type == JsonTree.Type.OBJECT) {
      for (Map.Entry<String, JsonTree> member : stored.members.entrySet()) {
        JsonTree other = recomputed.members.get(member.getKey());
        if (other == null) {
          return "at " + member.getValue().path + ": the recomputed verdict has no such property";
        }
        String difference = difference(member.getValue(), other);
        if (difference != null) {
          return difference;
        }
      }
      for (String name : recomputed.members.keySet()) {
        if (!stored.members.containsKey(name)) {
          return "at " + JsonTree.member(stored.path, name) + ": the stored verdict lacks this property";
        }
      }
      Iterator<String> a = stored.members.keySet().iterator();
      Iterator<String> b = recomputed.members.keySet().iterator();
      while (a.hasNext()) {
        String name = a.next();
        if (!name.equals(b.next())) {
          return "at " + JsonTree.member(stored.path, name) + ": properties are in another order";
        }
      }
    }
    return null;
  }
}
