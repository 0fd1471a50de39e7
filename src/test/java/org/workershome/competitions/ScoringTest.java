package org.workershome.competitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic of a ranking: trimming, weights, ties. */
class ScoringTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void dropsTheHighestAndLowestFromThreeJudgesOnButNotBelow() {
        assertThat(Scoring.trimmedMean(List.of(70, 90, 80), 1)).isEqualByComparingTo("80");
        assertThat(Scoring.trimmedMean(List.of(60, 100, 80, 90), 1)).isEqualByComparingTo("85");
        assertThat(Scoring.trimmedMean(List.of(70, 90), 1)).as("two judges: plain mean").isEqualByComparingTo("80");
        assertThat(Scoring.trimmedMean(List.of(10, 20, 30, 40, 100), 2)).isEqualByComparingTo("30");
        assertThat(Scoring.trimmedMean(List.of(10, 20, 30, 40), 2)).as("trim 2 needs 5").isEqualByComparingTo("25");
        assertThat(Scoring.trimmedMean(List.of(10, 20, 90), 0)).isEqualByComparingTo("40");
        assertThat(Scoring.trimmedMean(List.of(), 1)).isNull();
    }

    @Test
    void totalIsTheWeightedSumOfItemMeansScaledToEachMaximum() {
        // weights 30/70; item 0 out of 10, item 1 out of 100: 8/10*30 + 90/100*70 = 24 + 63 = 87
        List<Scoring.Result> results = Scoring.rank(List.of(new Scoring.Item(30, 10), new Scoring.Item(70, 100)), 1,
                List.of(new Scoring.Contender(1, T0)),
                List.of(mark(1, 1, 0, 8), mark(1, 2, 0, 10), mark(1, 3, 0, 2),
                        mark(1, 1, 1, 90), mark(1, 2, 1, 95), mark(1, 3, 1, 60)));
        assertThat(results.get(0).total()).isEqualByComparingTo("87.00");
        assertThat(results.get(0).itemMeans().get(0)).isEqualByComparingTo("8");
        assertThat(results.get(0).judges()).isEqualTo(3);
    }

    @Test
    void aHighOutlierDoesNotDecideTheOrderWhenTrimmed() {
        List<Scoring.Item> items = List.of(new Scoring.Item(100, 100));
        List<Scoring.Mark> marks = List.of(mark(1, 1, 0, 80), mark(1, 2, 0, 81), mark(1, 3, 0, 100),
                mark(2, 1, 0, 84), mark(2, 2, 0, 85), mark(2, 3, 0, 60));
        List<Scoring.Contender> both = List.of(new Scoring.Contender(1, T0), new Scoring.Contender(2, T0.plusSeconds(1)));
        assertThat(Scoring.rank(items, 1, both, marks)).extracting(Scoring.Result::entryId).containsExactly(2L, 1L);
        assertThat(Scoring.rank(items, 0, both, marks)).as("untrimmed, the outlier wins").extracting(Scoring.Result::entryId)
                .containsExactly(1L, 2L);
    }

    @Test
    void equalTotalsGoByTheHeaviestItemThenByEarlierRegistration() {
        List<Scoring.Item> items = List.of(new Scoring.Item(40, 100), new Scoring.Item(60, 100));
        // entry 1: 100*0.4 + 60*0.6 = 76; entry 2: 40*0.4 + 100*0.6 = 76 — entry 2 is better on the 60 % item
        List<Scoring.Mark> marks = List.of(mark(1, 1, 0, 100), mark(1, 1, 1, 60), mark(2, 1, 0, 40), mark(2, 1, 1, 100),
                mark(3, 1, 0, 40), mark(3, 1, 1, 100));
        List<Scoring.Result> results = Scoring.rank(items, 1, List.of(new Scoring.Contender(1, T0),
                new Scoring.Contender(3, T0.plusSeconds(60)), new Scoring.Contender(2, T0.plusSeconds(30))), marks);
        assertThat(results).extracting(Scoring.Result::total).allMatch(t -> t.compareTo(new BigDecimal("76.00")) == 0);
        assertThat(results).extracting(Scoring.Result::entryId).as("2 before 3: registered earlier").containsExactly(2L, 3L, 1L);
        assertThat(results).extracting(Scoring.Result::rank).containsExactly(1, 2, 3);
    }

    @Test
    void theFirstWeightedItemIsTheHeaviestAndTheEarlierOfEqualWeights() {
        assertThat(Scoring.firstWeighted(List.of(new Scoring.Item(30, 10), new Scoring.Item(40, 10), new Scoring.Item(30, 10))))
                .isEqualTo(1);
        assertThat(Scoring.firstWeighted(List.of(new Scoring.Item(50, 10), new Scoring.Item(50, 10)))).isZero();
    }

    @Test
    void anEntryWithoutMarksIsRankedLastWithZero() {
        List<Scoring.Result> results = Scoring.rank(List.of(new Scoring.Item(100, 10)), 1,
                new ArrayList<>(List.of(new Scoring.Contender(1, T0), new Scoring.Contender(2, T0.plusSeconds(5)))),
                List.of(mark(2, 1, 0, 1)));
        assertThat(results).extracting(Scoring.Result::entryId).containsExactly(2L, 1L);
        assertThat(results.get(1).total()).isEqualByComparingTo("0");
        assertThat(results.get(1).itemMeans().get(0)).isNull();
        assertThat(results.get(1).judges()).isZero();
    }

    private static Scoring.Mark mark(long entry, long judge, int item, int points) {
        return new Scoring.Mark(entry, judge, item, points);
    }
}
