/**
 * Reports people look at: the month's statement as one self-contained HTML page, in English or
 * Russian, with inline SVG charts and every number from {@link dev.leadspec.dispute.Statement}.
 *
 * <p>Entry type: {@link dev.leadspec.report.HtmlReport} (built by its builder from a contract
 * history, verdicts and rulings); bad input is a {@link dev.leadspec.report.ReportInputException}.
 */
@NullMarked
package dev.leadspec.report;

import org.jspecify.annotations.NullMarked;
