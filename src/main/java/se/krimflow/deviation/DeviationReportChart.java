package se.krimflow.deviation;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.krimflow.deviation.DeviationHandling.Category;

/**
 * The yearly report's bar chart by category, as SVG written with an XML writer (so every text is
 * escaped). Made for paper: black on white, horizontal bars with the Swedish category names, the
 * count at the end of each bar, a title, axis labels and a light grid.
 */
final class DeviationReportChart {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final int WIDTH = 900;
    static final int LEFT = 240;
    static final int RIGHT = 70;
    static final int TOP = 100;
    static final int BAR = 30;
    static final int GAP = 14;
    static final String FONT = "Arial, Helvetica, sans-serif";

    static String render(YearlyReport report) {
        Map<String, Category> categories = DeviationHandling.codes(Category.class);
        int rows = report.byCategory().size();
        int plotHeight = rows * (BAR + GAP) + GAP;
        int height = TOP + plotHeight + 90;
        int plotWidth = WIDTH - LEFT - RIGHT;
        long max = report.byCategory().values().stream().mapToLong(Long::longValue).max().orElse(0);
        long step = step(max);
        long scaleMax = Math.max(step, ((max + step - 1) / step) * step);

        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            svg.writeStartDocument("UTF-8", "1.0");
            svg.setDefaultNamespace(SVG);
            svg.writeStartElement(SVG, "svg");
            svg.writeDefaultNamespace(SVG);
            attr(svg, "width", WIDTH, "height", height, "viewBox", "0 0 " + WIDTH + " " + height,
                    "role", "img", "font-family", FONT);
            String title = "Avvikelser per kategori " + report.year();
            svg.writeStartElement(SVG, "title");
            svg.writeCharacters(title);
            svg.writeEndElement();
            rect(svg, 0, 0, WIDTH, height, "#ffffff", null);
            text(svg, "chart-title", WIDTH / 2.0, 40, title, 22, "middle", "bold", null);
            text(svg, "chart-subtitle", WIDTH / 2.0, 66, "Totalt " + report.total() + " avvikelser rapporterade "
                    + report.year() + ", efter bedömning av kvalitetssamordnaren", 13, "middle", null, null);

            // grid and x-axis ticks
            for (long tick = 0; tick <= scaleMax; tick += step) {
                double x = LEFT + plotWidth * (double) tick / scaleMax;
                line(svg, x, TOP, x, TOP + plotHeight, tick == 0 ? "#000000" : "#cccccc");
                text(svg, null, x, TOP + plotHeight + 20, Long.toString(tick), 12, "middle", null, null);
            }
            line(svg, LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#000000");

            int row = 0;
            for (Map.Entry<String, Long> entry : report.byCategory().entrySet()) {
                String code = entry.getKey();
                long count = entry.getValue();
                double y = TOP + GAP + row * (BAR + GAP);
                String label = categories.containsKey(code) ? categories.get(code).label : code;
                text(svg, "label-" + code, LEFT - 10, y + BAR / 2.0 + 5, label, 14, "end", null, null);
                double width = plotWidth * (double) count / scaleMax;
                rect(svg, LEFT, y, width, BAR, "#4d4d4d", label + ": " + count);
                text(svg, "count-" + code, LEFT + width + 8, y + BAR / 2.0 + 5, Long.toString(count), 14, "start",
                        "bold", null);
                row++;
            }
            text(svg, "x-axis-label", LEFT + plotWidth / 2.0, TOP + plotHeight + 50, "Antal avvikelser", 14,
                    "middle", null, null);
            text(svg, "y-axis-label", 20, TOP + plotHeight / 2.0, "Kategori", 14, "middle", null,
                    "rotate(-90 20 " + fmt(TOP + plotHeight / 2.0) + ")");
            svg.writeEndElement();
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the chart", e);
        }
        return out.toString();
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving at most about 10 ticks. */
    static long step(long max) {
        long step = 1;
        while (max / step > 10) {
            if (max / (step * 2) <= 10) {
                return step * 2;
            }
            if (max / (step * 5) <= 10) {
                return step * 5;
            }
            step *= 10;
        }
        return step;
    }

    private static void rect(XMLStreamWriter svg, double x, double y, double w, double h, String fill, String title)
            throws XMLStreamException {
        svg.writeStartElement(SVG, "rect");
        attr(svg, "x", x, "y", y, "width", w, "height", h, "fill", fill);
        if (title != null) {
            svg.writeStartElement(SVG, "title");
            svg.writeCharacters(title);
            svg.writeEndElement();
        }
        svg.writeEndElement();
    }

    private static void line(XMLStreamWriter svg, double x1, double y1, double x2, double y2, String stroke)
            throws XMLStreamException {
        svg.writeEmptyElement(SVG, "line");
        attr(svg, "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", stroke, "stroke-width", 1);
    }

    private static void text(XMLStreamWriter svg, String id, double x, double y, String content, int size,
            String anchor, String weight, String transform) throws XMLStreamException {
        svg.writeStartElement(SVG, "text");
        if (id != null) {
            svg.writeAttribute("id", id);
        }
        attr(svg, "x", x, "y", y, "font-size", size, "text-anchor", anchor, "fill", "#000000");
        if (weight != null) {
            svg.writeAttribute("font-weight", weight);
        }
        if (transform != null) {
            svg.writeAttribute("transform", transform);
        }
        svg.writeCharacters(content);
        svg.writeEndElement();
    }

    private static void attr(XMLStreamWriter svg, Object... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            svg.writeAttribute((String) pairs[i], v instanceof Number n ? fmt(n.doubleValue()) : String.valueOf(v));
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private DeviationReportChart() {
    }
}
