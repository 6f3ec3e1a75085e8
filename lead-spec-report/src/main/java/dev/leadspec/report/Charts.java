package dev.leadspec.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Inline SVG charts drawn from exact numbers: bar heights are computed in {@link BigDecimal} and
 * rounded to whole units of the view box, so nothing on the page goes through floating point.
 * Each chart is an {@code img} with a title and a description; the data table beside it is its
 * text equivalent. Colours are the Okabe–Ito palette, which colour-blind readers can tell apart.
 */
final class Charts {
  /** Okabe–Ito, then Paul Tol's muted scheme: sixteen colours before one repeats. */
  static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
      "#000000", "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255");
  /** Unknown values and the other part of a whole. */
  static final String GREY = "#999999";

  private static final int WIDTH = 720;
  private static final int LEFT = 64;
  private static final int RIGHT = 52;
  private static final int TOP = 14;
  private static final int BOTTOM = 34;

  private final Format format;
  private int next;

  Charts(Format format) {
    this.format = format;
  }

  static String color(int index) {
    return PALETTE.get(index % PALETTE.size());
  }

  /** One series of the stacked chart. */
  record Series(String name, String color, List<BigDecimal> values) {}

  /**
   * Vertical bars, one per label, stacked when there are several series; an optional line of
   * percentages (0–100) on a right-hand axis.
   *
   * @param valueText how a stack's total reads in its tooltip
   */
  String columns(String title, String description, List<String> labels, List<Series> series,
      Optional<Series> percentLine, java.util.function.Function<BigDecimal, String> valueText) {
    int height = 260;
    int plotHeight = height - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - RIGHT;
    int n = labels.size();
    BigDecimal max = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      max = max.max(stackTotal(series, i));
    }
    boolean integral = true;
    for (Series s : series) {
      for (BigDecimal value : s.values()) {
        integral &= value.stripTrailingZeros().scale() <= 0;
      }
    }
    BigDecimal top = integral ? integralCeiling(max) : niceCeiling(max);
    StringBuilder svg = open(title, description, height, WIDTH);
    // grid and left axis: 0, half, top
    for (int k = 0; k <= 2; k++) {
      BigDecimal tick = top.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP).stripTrailingZeros();
      int y = TOP + plotHeight - scale(tick, top, plotHeight);
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\"/>");
      svg.append("<text class=\"ax\" x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
          .append(Format.escape(format.decimal(tick))).append("</text>");
    }
    if (n > 0) {
      int slot = plotWidth * 1000 / n;
      int bar = Math.min(56, Math.max(2, slot * 7 / 10 / 1000));
      int every = Math.max(1, (n + 15) / 16);
      for (int i = 0; i < n; i++) {
        int x = LEFT + (slot * i + slot / 2) / 1000 - bar / 2;
        int base = TOP + plotHeight;
        BigDecimal cumulative = BigDecimal.ZERO;
        svg.append("<g>");
        for (Series s : series) {
          BigDecimal value = s.values().get(i);
          if (value.signum() <= 0) {
            continue;
          }
          int y0 = TOP + plotHeight - scale(cumulative, top, plotHeight);
          cumulative = cumulative.add(value);
          int y1 = TOP + plotHeight - scale(cumulative, top, plotHeight);
          svg.append("<rect x=\"").append(x).append("\" y=\"").append(y1).append("\" width=\"").append(bar).append("\" height=\"")
              .append(Math.max(1, y0 - y1)).append("\" fill=\"").append(s.color()).append("\"><title>")
              .append(Format.escape(labels.get(i) + (series.size() > 1 ? ", " + s.name() : "") + ": " + valueText.apply(value)))
              .append("</title></rect>");
        }
        svg.append("</g>");
        if (i % every == 0) {
          svg.append("<text class=\"ax\" x=\"").append(x + bar / 2).append("\" y=\"").append(base + 16)
              .append("\" text-anchor=\"middle\">").append(Format.escape(labels.get(i))).append("</text>");
        }
      }
      if (percentLine.isPresent()) {
        Series line = percentLine.get();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
          int x = LEFT + (slot * i + slot / 2) / 1000;
          int y = TOP + plotHeight - scale(line.values().get(i), BigDecimal.valueOf(100), plotHeight);
          points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
          svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"").append(line.color())
              .append("\"><title>").append(Format.escape(labels.get(i) + ", " + line.name() + ": "
                  + format.decimal(line.values().get(i)) + Format.NBSP + "%")).append("</title></circle>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(line.color()).append("\" stroke-width=\"2\" points=\"")
            .append(points).append("\"/>");
        for (int k = 0; k <= 2; k++) {
          int y = TOP + plotHeight - plotHeight * k / 2;
          svg.append("<text class=\"ax\" x=\"").append(WIDTH - RIGHT + 6).append("\" y=\"").append(y + 4).append("\">")
              .append(50 * k).append(Format.NBSP).append("%</text>");
        }
      }
    }
    svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
        .append(TOP + plotHeight).append("\" y2=\"").append(TOP + plotHeight).append("\"/>");
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, with the value written after the bar. */
  String rows(String title, String description, List<String> labels, List<BigDecimal> values, List<String> colors,
      List<String> valueTexts, int width) {
    int rowHeight = 24;
    int longest = 0;
    for (String label : labels) {
      longest = Math.max(longest, clip(label, 40).length());
    }
    // room for the longest label (about 7 px a character), between 35 % and 60 % of the width
    int labelWidth = Math.min(width * 60 / 100, Math.max(width * 35 / 100, longest * 7 + 12));
    int height = TOP + rowHeight * Math.max(1, labels.size()) + 8;
    int plotWidth = width - labelWidth - 100;
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      max = max.max(value);
    }
    StringBuilder svg = open(title, description, height, width);
    for (int i = 0; i < labels.size(); i++) {
      int y = TOP + rowHeight * i;
      int bar = max.signum() == 0 ? 0 : scale(values.get(i), max, plotWidth);
      svg.append("<text class=\"lb\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\">").append(Format.escape(clip(labels.get(i), 40))).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(bar, 1))
          .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"").append(colors.get(i)).append("\"><title>")
          .append(Format.escape(labels.get(i) + ": " + valueTexts.get(i))).append("</title></rect>");
      svg.append("<text class=\"ax\" x=\"").append(labelWidth + Math.max(bar, 1) + 6).append("\" y=\"").append(y + 15).append("\">")
          .append(Format.escape(valueTexts.get(i))).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** One 100 % bar per row, split by the counts of each part. */
  String shares(String title, String description, List<String> rowLabels, List<String> parts, List<String> colors, long[][] counts,
      int width) {
    int rowHeight = 30;
    int labelWidth = 100;
    int legendHeight = 22 * ((parts.size() + 2) / 3);
    int height = TOP + rowHeight * rowLabels.size() + legendHeight + 8;
    int plotWidth = width - labelWidth - 10;
    StringBuilder svg = open(title, description, height, width);
    for (int r = 0; r < rowLabels.size(); r++) {
      int y = TOP + rowHeight * r;
      long total = 0;
      for (long count : counts[r]) {
        total += count;
      }
      svg.append("<text class=\"lb\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
          .append("\" text-anchor=\"end\">").append(Format.escape(clip(rowLabels.get(r), 24))).append("</text>");
      long cumulative = 0;
      for (int p = 0; p < parts.size(); p++) {
        long count = counts[r][p];
        if (count == 0 || total == 0) {
          continue;
        }
        int x0 = labelWidth + (int) (cumulative * plotWidth / total);
        cumulative += count;
        int x1 = labelWidth + (int) (cumulative * plotWidth / total);
        svg.append("<rect x=\"").append(x0).append("\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(1, x1 - x0))
            .append("\" height=\"").append(rowHeight - 10).append("\" fill=\"").append(colors.get(p)).append("\"><title>")
            .append(Format.escape(rowLabels.get(r) + ", " + parts.get(p) + ": " + format.integer(count) + " ("
                + format.percent(count, total) + ")")).append("</title></rect>");
        if (x1 - x0 >= 44) {
          svg.append("<text class=\"in\" x=\"").append((x0 + x1) / 2).append("\" y=\"").append(y + 18)
              .append("\" text-anchor=\"middle\">").append(Format.escape(format.percent(count, total))).append("</text>");
        }
      }
    }
    legend(svg, parts, colors, TOP + rowHeight * rowLabels.size() + 4, labelWidth, width);
    return svg.append("</svg>").toString();
  }

  /** A legend for a chart whose series are told apart by colour. */
  String legend(List<String> names, List<String> colors) {
    StringBuilder html = new StringBuilder("<ul class=\"legend\">");
    for (int i = 0; i < names.size(); i++) {
      html.append("<li><span class=\"swatch\" style=\"background:").append(colors.get(i)).append("\"></span>")
          .append(Format.escape(names.get(i))).append("</li>");
    }
    return html.append("</ul>").toString();
  }

  private void legend(StringBuilder svg, List<String> names, List<String> colors, int y, int x0, int width) {
    int column = (width - x0) / 3;
    for (int i = 0; i < names.size(); i++) {
      int x = x0 + column * (i % 3);
      int yy = y + 22 * (i / 3);
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(yy + 4).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colors.get(i)).append("\"/><text class=\"ax\" x=\"").append(x + 16).append("\" y=\"").append(yy + 14).append("\">")
          .append(Format.escape(clip(names.get(i), 26))).append("</text>");
    }
  }

  private StringBuilder open(String title, String description, int height, int width) {
    String id = "chart-" + (++next);
    return new StringBuilder().append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
        .append("-d\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
        .append("<title id=\"").append(id).append("-t\">").append(Format.escape(title)).append("</title>")
        .append("<desc id=\"").append(id).append("-d\">").append(Format.escape(description)).append("</desc>");
  }

  private static BigDecimal stackTotal(List<Series> series, int i) {
    BigDecimal total = BigDecimal.ZERO;
    for (Series s : series) {
      total = total.add(s.values().get(i).max(BigDecimal.ZERO));
    }
    return total;
  }

  /** {@code value / top * length}, rounded to a whole unit of the view box. */
  static int scale(BigDecimal value, BigDecimal top, int length) {
    if (top.signum() <= 0) {
      return 0;
    }
    return value.multiply(BigDecimal.valueOf(length)).divide(top, 0, RoundingMode.HALF_UP).intValueExact();
  }

  /** For counts: an even number at least {@code max}, so the middle grid line is a whole count too. */
  static BigDecimal integralCeiling(BigDecimal max) {
    if (max.compareTo(BigDecimal.TEN) <= 0) {
      int whole = max.setScale(0, RoundingMode.CEILING).intValueExact();
      return BigDecimal.valueOf(Math.max(2, whole + whole % 2));
    }
    return niceCeiling(max);
  }

  /** The smallest of 1, 2, 3, 4, 5, 6, 8 × 10^k that is at least {@code max} (1 for nothing). */
  static BigDecimal niceCeiling(BigDecimal max) {
    if (max.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(max.precision() - max.scale() - 1);
    for (int step : new int[] {1, 2, 3, 4, 5, 6, 8, 10}) {
      BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
      if (candidate.compareTo(max) >= 0) {
        return candidate.stripTrailingZeros();
      }
    }
    return power.multiply(BigDecimal.TEN).stripTrailingZeros();
  }

  private static String clip(String text, int length) {
    return text.codePointCount(0, text.length()) <= length ? text
        : text.substring(0, text.offsetByCodePoints(0, length - 1)) + "…";
  }
}
