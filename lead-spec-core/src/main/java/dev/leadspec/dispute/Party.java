package dev.leadspec.dispute;

/**
 * Who files a challenge: the buyer contests an accepted lead, the supplier a rejected one.
 *
 * <pre>{@code
 * Challenge.builder().filedBy(Party.BUYER)...
 * }</pre>
 */
public enum Party {
  /** The business that pays for leads. */
  BUYER,
  /** The call centre or sales team that delivers them. */
  SUPPLIER
}
