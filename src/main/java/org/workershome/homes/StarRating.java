package org.workershome.homes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of an evaluation. Each criterion contributes its share of points (points / max points) times its
 * weight; the weighted score is that sum over the sum of the weights, on a scale of 0–100, rounded half up to one
 * decimal. Stars from the weighted score: 90 and above ★★★★★, 80 ★★★★, 70 ★★★, 60 ★★, below 60 ★ — a home that was
 * evaluated and approved has at least one star.
 */
final class StarRating {

    /** The lowest weighted score of 5, 4, 3 and 2 stars. */
    static final List<Integer> THRESHOLDS = List.of(90, 80, 70, 60);

    /** One criterion as scored: its weight, its most points, the points given. */
    record Scored(int weight, int maxPoints, int points) {}

    private StarRating() {}

    static BigDecimal weightedScore(List<Scored> scores) {
        long weights = scores.stream().mapToLong(Scored::weight).sum();
        if (weights == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        // each share kept to 20 decimals and rounded once at the end, so that three thirds make a whole
        BigDecimal sum = BigDecimal.ZERO;
        for (Scored s : scores) {
            sum = sum.add(BigDecimal.valueOf((long) s.weight() * s.points())
                    .divide(BigDecimal.valueOf(s.maxPoints()), 20, RoundingMode.HALF_UP));
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }

    static int stars(BigDecimal weightedScore) {
        for (int i = 0; i < THRESHOLDS.size(); i++) {
            if (weightedScore.compareTo(BigDecimal.valueOf(THRESHOLDS.get(i))) >= 0) {
                return 5 - i;
            }
        }
        return 1;
    }
}
