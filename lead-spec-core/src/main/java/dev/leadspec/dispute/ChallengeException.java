package dev.leadspec.dispute;

import dev.leadspec.model.LeadSpecException;
import java.util.Objects;

/**
 * A challenge that cannot be ruled on as filed: it names a lead that is not in the batch, it was
 * filed before the lead was delivered, or it corrects a field the governing version does not
 * declare. (A corrected value of the wrong kind is a {@link dev.leadspec.model.LeadInputException}.)
 *
 * <pre>{@code
 * // challenge for lead L-404: no such lead among the 100 leads given
 * catch (ChallengeException e) { reject(e.leadId(), e.getMessage()); }
 * }</pre>
 */
public final class ChallengeException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** The id of the lead the challenge names. */
  private final String leadId;

  ChallengeException(String leadId, String message) {
    super("challenge for lead " + leadId + ": " + message);
    this.leadId = Objects.requireNonNull(leadId, "leadId");
  }

  /**
   * The lead the challenge names.
   *
   * @return the lead id
   */
  public String leadId() {
    return leadId;
  }
}
