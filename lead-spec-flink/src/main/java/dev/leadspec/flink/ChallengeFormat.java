package dev.leadspec.flink;

import dev.leadspec.dispute.Challenge;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.LeadSpecException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.jspecify.annotations.Nullable;

/**
 * Challenges files ({@code lead-spec.challenge/1} JSONL), one challenge per non-blank line, typed
 * by the latest version as {@code lead-spec settle} reads them; a line longer than the JSON
 * document limit or not a challenge becomes an error record with its line number.
 */
final class ChallengeFormat extends RecordFormat<ChallengeLine> {
  private static final long serialVersionUID = 1L;
  private final History history;
  private transient @Nullable Contract typing;

  ChallengeFormat(History history) {
    this.history = history;
  }

  @Override
  Iterator<ChallengeLine> records(InputStream in, String source) {
    if (typing == null) {
      typing = history.compile().latest();
    }
    Contract contract = typing;
    LeadSpecJson json = LeadSpecJson.standard();
    long limit = json.limits().maxDocumentBytes();
    InputStream input = new java.io.BufferedInputStream(in, 1 << 16);
    return new Iterator<>() {
      private long line;
      private @Nullable ChallengeLine next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          next = read();
        }
        return next != null;
      }

      @Override
      public ChallengeLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more challenges in " + source + " after line " + line);
        }
        ChallengeLine record = next;
        next = null;
        return record;
      }

      /** The next line's record, null for a blank line or at the end. */
      private @Nullable ChallengeLine read() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        try {
          while ((b = input.read()) != -1 && b != '\n') {
            if (bytes.size() < limit) {
              bytes.write(b);
            } else {
              tooLong = true;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (b == -1 && bytes.size() == 0 && !tooLong) {
          done = true;
          return null;
        }
        line++;
        if (tooLong) {
          return ChallengeLine.error(source, line, "line " + line + ": longer than " + limit + " bytes");
        }
        byte[] text = bytes.toByteArray();
        if (new String(text, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
          return null;
        }
        try {
          Challenge challenge = json.readChallenge(text, contract);
          return ChallengeLine.challenge(source, line, challenge.leadId(), text, Settle.millis(challenge.filedAt()));
        } catch (LeadSpecException e) {
          return ChallengeLine.error(source, line, e.getMessage());
        }
      }
    };
  }

  @Override
  public TypeInformation<ChallengeLine> getProducedType() {
    return TypeInformation.of(ChallengeLine.class);
  }
}
