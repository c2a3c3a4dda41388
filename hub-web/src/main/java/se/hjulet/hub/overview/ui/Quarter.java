package se.hjulet.hub.overview.ui;

import java.time.LocalDate;
import java.util.Comparator;

/** A quarter of a year, in which a need's procurement is planned to start; {@link #UNDATED} for needs without a plan. */
record Quarter(int year, int number) implements Comparable<Quarter> {

    static final Quarter UNDATED = new Quarter(0, 0);

    private static final Comparator<Quarter> ORDER = Comparator.comparing((Quarter q) -> q.equals(UNDATED))
            .thenComparingInt(Quarter::year).thenComparingInt(Quarter::number);

    Quarter {
        if (!(year == 0 && number == 0) && (number < 1 || number > 4)) {
            throw new IllegalArgumentException("A year has quarters 1 to 4, not " + number);
        }
    }

    /** The quarter a date falls in; no date: {@link #UNDATED}. */
    static Quarter of(LocalDate date) {
        return date == null ? UNDATED : new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** In time order, the undated last. */
    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }
}
