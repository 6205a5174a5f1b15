package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An average kept as its sum and count, so that it is exact and can be added to another. */
public final class Average implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Average NONE = new Average(0, 0);

    private final long sum;
    private final long count;

    private Average(long sum, long count) {
        this.sum = sum;
        this.count = count;
    }

    public static Average of(long sum, long count) {
        if (count < 0 || count == 0 && sum != 0) {
            throw new IllegalArgumentException("sum " + sum + " over " + count + " values");
        }
        return count == 0 ? NONE : new Average(sum, count);
    }

    public Average plus(int value) {
        return new Average(sum + value, count + 1);
    }

    public Average plus(Average other) {
        return of(sum + other.sum, count + other.count);
    }

    /** The average rounded to two decimals (half up), or {@code null} when there is no value. */
    public BigDecimal getValue() {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /**
     * How much {@code later} stands above this average (each rounded to two decimals first, as shown),
     * or null unless both have values: the change between mid-path and end.
     */
    public BigDecimal changeTo(Average later) {
        return isEmpty() || later.isEmpty() ? null : later.getValue().subtract(getValue());
    }

    public long getSum() {
        return sum;
    }

    public long getCount() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Average a && a.sum == sum && a.count == count;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sum) * 31 + Long.hashCode(count);
    }

    @Override
    public String toString() {
        return count == 0 ? "-" : getValue().toPlainString();
    }
}
