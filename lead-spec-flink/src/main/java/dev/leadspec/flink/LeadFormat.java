package dev.leadspec.flink;

import dev.leadspec.json.LeadReader;
import dev.leadspec.json.LeadRecord;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Leads files (JSONL) read as the CLI's {@code evaluate} reads them, with {@link LeadReader}:
 * facts typed by the latest version, a bad line an error record with its line number. A lead
 * travels on as its canonical JSONL line, which every lead-spec reader reads back as the same lead.
 */
final class LeadFormat extends RecordFormat<LeadLine> {
  private static final long serialVersionUID = 1L;
  private final History history;
  private transient @org.jspecify.annotations.Nullable Contract typing;

  LeadFormat(History history) {
    this.history = history;
  }

  @Override
  Iterator<LeadLine> records(InputStream in, String source) {
    if (typing == null) {
      typing = history.compile().latest();
    }
    LeadSpecJson json = LeadSpecJson.standard();
    LeadReader reader = json.leadReader(in, typing);
    Iterator<LeadRecord> records = reader.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public LeadLine next() {
        LeadRecord record = records.next();
        if (record.lead().isEmpty()) {
          return LeadLine.error(source, record.line(), record.error().orElseThrow().getMessage());
        }
        Lead lead = record.lead().get();
        try {
          return LeadLine.lead(source, record.line(), lead.id(), json.writeLead(lead), Settle.millis(lead.deliveredAt()));
        } catch (LeadSpecException e) {
          // a lead that cannot travel as JSON (a fact name with a lone surrogate) stays here, as an error record
          LeadLine error = LeadLine.error(source, record.line(), e.getMessage());
          error.leadId = lead.id();
          return error;
        }
      }
    };
  }

  @Override
  public TypeInformation<LeadLine> getProducedType() {
    return TypeInformation.of(LeadLine.class);
  }
}
