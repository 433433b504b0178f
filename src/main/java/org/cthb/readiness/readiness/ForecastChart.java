package org.cthb.readiness.readiness;

import java.util.List;
import java.util.Locale;

/**
 * The forecast as an SVG line chart drawn on the server: no JavaScript, no inline style (presentation attributes
 * only, which the Content-Security-Policy allows). Readiness in percent over the days, the 100 % line and the
 * nation's threshold. Screen readers get the title and a description; the page also shows the same numbers as a
 * table.
 */
public record ForecastChart(int width, int height, int left, int right, int top, int bottom, String points,
                            int thresholdY, int fullY, int zeroY, List<Tick> xTicks) {

    /** A date label on the horizontal axis. */
    public record Tick(int x, String label) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    public static ForecastChart of(ReadinessForecast.Forecast forecast) {
        List<ReadinessForecast.Day> days = forecast.days();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder points = new StringBuilder();
        int n = days.size();
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? plotWidth / 2.0 : plotWidth * (double) i / (n - 1));
            double share = days.get(i).total() == 0 ? 1 : (double) days.get(i).ready() / days.get(i).total();
            double y = TOP + plotHeight * (1 - share);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        int thresholdY = TOP + (int) Math.round(plotHeight * (1 - forecast.threshold() / 100.0));
        List<Tick> ticks = new java.util.ArrayList<>();
        int labels = Math.min(n, 5);
        for (int k = 0; k < labels; k++) {
            int i = labels == 1 ? 0 : (int) Math.round((n - 1) * (double) k / (labels - 1));
            int x = LEFT + (n == 1 ? plotWidth / 2 : (int) Math.round(plotWidth * (double) i / (n - 1)));
            ticks.add(new Tick(x, days.get(i).date().toString()));
        }
        return new ForecastChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, points.toString().strip(),
                thresholdY, TOP, TOP + plotHeight, ticks);
    }

    public int labelY() {
        return bottom + 18;
    }
}
