package org.workershome.homes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The weighted score and the stars, against figures worked out by hand. */
class StarRatingTest {

    private static StarRating.Scored s(int weight, int max, int points) {
        return new StarRating.Scored(weight, max, points);
    }

    @Test
    void theDemoCriteriaGiveEightySevenAndAHalfAndFourStars() {
        // 30×9/10 + 30×9/10 + 25×8/10 + 15×9/10 = 27 + 27 + 20 + 13.5 = 87.5 of 100
        BigDecimal score = StarRating.weightedScore(List.of(s(30, 10, 9), s(30, 10, 9), s(25, 10, 8), s(15, 10, 9)));
        assertThat(score).isEqualByComparingTo("87.5");
        assertThat(StarRating.stars(score)).isEqualTo(4);
    }

    @Test
    void sharesAreKeptExactAndRoundedOnceHalfUp() {
        // (1/3 + 2/3 + 3/3) / 3 × 100 = 66.666… → 66.7; rounding each share first would give 66.6 or 66.7 by luck
        assertThat(StarRating.weightedScore(List.of(s(1, 3, 1), s(1, 3, 2), s(1, 3, 3)))).isEqualByComparingTo("66.7");
        // (2 × 1/3) / 2 × 100 = 33.33… → 33.3
        assertThat(StarRating.weightedScore(List.of(s(1, 3, 1), s(1, 3, 1)))).isEqualByComparingTo("33.3");
        // 1/16 × 100 = 6.25 → half up 6.3
        assertThat(StarRating.weightedScore(List.of(s(1, 16, 1)))).isEqualByComparingTo("6.3");
    }

    @Test
    void weightsNeedNotAddUpToAHundredAndMaximaMayDiffer() {
        // (2 × 10/10 + 1 × 4/10) / 3 × 100 = 2.4 / 3 × 100 = 80.0
        assertThat(StarRating.weightedScore(List.of(s(2, 10, 10), s(1, 10, 4)))).isEqualByComparingTo("80.0");
        // (50 × 15/20 + 50 × 5/5) / 100 × 100 = 37.5 + 50 = 87.5
        assertThat(StarRating.weightedScore(List.of(s(50, 20, 15), s(50, 5, 5)))).isEqualByComparingTo("87.5");
        assertThat(StarRating.weightedScore(List.of(s(10, 10, 0)))).isEqualByComparingTo("0.0");
        assertThat(StarRating.weightedScore(List.of(s(10, 10, 10)))).isEqualByComparingTo("100.0");
    }

    @Test
    void starsChangeExactlyAtTheThresholds() {
        assertThat(StarRating.stars(new BigDecimal("100.0"))).isEqualTo(5);
        assertThat(StarRating.stars(new BigDecimal("90.0"))).isEqualTo(5);
        assertThat(StarRating.stars(new BigDecimal("89.9"))).isEqualTo(4);
        assertThat(StarRating.stars(new BigDecimal("80.0"))).isEqualTo(4);
        assertThat(StarRating.stars(new BigDecimal("79.9"))).isEqualTo(3);
        assertThat(StarRating.stars(new BigDecimal("70.0"))).isEqualTo(3);
        assertThat(StarRating.stars(new BigDecimal("69.9"))).isEqualTo(2);
        assertThat(StarRating.stars(new BigDecimal("60.0"))).isEqualTo(2);
        assertThat(StarRating.stars(new BigDecimal("59.9"))).isEqualTo(1);
        assertThat(StarRating.stars(new BigDecimal("0.0"))).isEqualTo(1);
    }
}
