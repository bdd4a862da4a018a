package org.cdgan.viz;

import java.util.List;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;

/**
 * The shared look of the workbook's figures: size, a qualitative palette for classes and the
 * one way an axis is titled (its quantity and its unit).
 */
public final class FigureStyle {

    /** Default figure width in pixels. */
    public static final int WIDTH = 720;

    /** Default figure height in pixels. */
    public static final int HEIGHT = 440;

    /**
     * A qualitative palette (colour-blind friendly, after Okabe and Ito) extended to eight
     * colours: enough for the eight canonical expressions.
     */
    public static final List<String> PALETTE = List.of(
            "#E69F00", "#56B4E9", "#009E73", "#F0E442",
            "#0072B2", "#D55E00", "#CC79A7", "#555555");

    private FigureStyle() {
    }

    /** The colour of class {@code index}, cycling through {@link #PALETTE}. */
    public static String colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /**
     * An axis titled "quantity (unit)", or just "quantity" when {@code unit} is blank.
     *
     * @param quantity what the axis measures, such as "accuracy"
     * @param unit its unit, such as "%" or "images"
     */
    public static Axis axis(String quantity, String unit) {
        return Axis.builder().title(axisTitle(quantity, unit)).build();
    }

    /** The axis title "quantity (unit)", or "quantity" when {@code unit} is blank. */
    public static String axisTitle(String quantity, String unit) {
        return unit == null || unit.isBlank() ? quantity : quantity + " (" + unit + ")";
    }

    /** A layout builder with the title and the default size set. */
    public static Layout.LayoutBuilder layout(String title) {
        return Layout.builder().title(title).width(WIDTH).height(HEIGHT);
    }
}
