package dev.leadspec.flink;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.LeadSpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Contract documents for a running stream, one version per file: read whole (no larger than the
 * JSON document limit), parsed and validated strictly, and fingerprinted here. A file that is no
 * valid contract becomes an error record, never a failure: a bad version must not stop the stream.
 */
final class ContractFormat extends RecordFormat<ContractLine> {
  private static final long serialVersionUID = 1L;

  @Override
  Iterator<ContractLine> records(InputStream in, String source) {
    LeadSpecJson json = LeadSpecJson.standard();
    long limit = json.limits().maxDocumentBytes();
    ContractLine line;
    try {
      byte[] document = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (document.length > limit) {
        line = ContractLine.error(source, "the contract document is longer than " + limit + " bytes (the limit)");
      } else {
        line = ContractLine.version(source, document, Evaluator.of(json.readContract(document)).fingerprint());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    } catch (LeadSpecException e) {
      line = ContractLine.error(source, e.getMessage());
    }
    return List.of(line).iterator();
  }

  @Override
  public TypeInformation<ContractLine> getProducedType() {
    return TypeInformation.of(ContractLine.class);
  }
}
