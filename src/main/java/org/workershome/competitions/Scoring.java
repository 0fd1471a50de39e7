package org.workershome.competitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The arithmetic of a ranking, pure (no database, no clock):
 * <ol>
 * <li>per entry and rubric item, the <b>trimmed mean</b> of the judges' marks: the {@code trim} highest and the
 * {@code trim} lowest are dropped when more than {@code 2 × trim} judges marked it (with trim 1: from 3 judges on),
 * otherwise the plain mean;</li>
 * <li>the entry's <b>total</b> = Σ weight × mean ÷ item maximum, so with weights adding to 100 it is out of 100;
 * rounded to 2 decimals, and compared at that precision;</li>
 * <li><b>ties</b> on the total are broken by the higher mean share on the first-weighted item (the heaviest;
 * the earlier one of equal weight), then by the earlier registration, then by the lower entry id — so every
 * entrant has a distinct place.</li>
 * </ol>
 */
final class Scoring {

    record Item(int weight, int maxScore) {}

    record Mark(long entryId, long judgeId, int item, int points) {}

    record Contender(long entryId, Instant registeredAt) {}

    /** An entry's place; {@code itemMeans} per item position, null where nobody marked it. */
    record Result(long entryId, int rank, BigDecimal total, List<BigDecimal> itemMeans, int judges) {}

    private Scoring() {}

    static List<Result> rank(List<Item> items, int trim, List<Contender> contenders, List<Mark> marks) {
        Map<Long, Map<Integer, List<Integer>>> byEntry = new HashMap<>();
        Map<Long, java.util.Set<Long>> judgesByEntry = new HashMap<>();
        for (Mark mark : marks) {
            byEntry.computeIfAbsent(mark.entryId(), k -> new HashMap<>())
                    .computeIfAbsent(mark.item(), k -> new ArrayList<>()).add(mark.points());
            judgesByEntry.computeIfAbsent(mark.entryId(), k -> new java.util.HashSet<>()).add(mark.judgeId());
        }
        int tieItem = firstWeighted(items);
        record Row(Contender contender, BigDecimal total, List<BigDecimal> means, BigDecimal tieShare) {}
        List<Row> rows = new ArrayList<>();
        for (Contender contender : contenders) {
            Map<Integer, List<Integer>> perItem = byEntry.getOrDefault(contender.entryId(), Map.of());
            List<BigDecimal> means = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < items.size(); i++) {
                BigDecimal mean = trimmedMean(perItem.getOrDefault(i, List.of()), trim);
                means.add(mean);
                if (mean != null) {
                    total = total.add(share(items.get(i), mean));
                }
            }
            BigDecimal tieShare = tieItem < 0 || means.get(tieItem) == null ? BigDecimal.ZERO
                    : share(items.get(tieItem), means.get(tieItem));
            rows.add(new Row(contender, total.setScale(2, RoundingMode.HALF_UP), means, tieShare));
        }
        rows.sort(Comparator.comparing(Row::total, Comparator.reverseOrder())
                .thenComparing(Row::tieShare, Comparator.reverseOrder())
                .thenComparing(r -> r.contender().registeredAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.contender().entryId()));
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            results.add(new Result(row.contender().entryId(), i + 1, row.total(), row.means(),
                    judgesByEntry.getOrDefault(row.contender().entryId(), java.util.Set.of()).size()));
        }
        return results;
    }

    /** The mean of the marks without the {@code trim} highest and lowest, when enough remain; null for no marks. */
    static BigDecimal trimmedMean(List<Integer> marks, int trim) {
        if (marks.isEmpty()) {
            return null;
        }
        List<Integer> sorted = marks.stream().sorted().toList();
        if (trim > 0 && sorted.size() > 2 * trim) {
            sorted = sorted.subList(trim, sorted.size() - trim);
        }
        long sum = sorted.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(sorted.size()), 4, RoundingMode.HALF_UP);
    }

    /** The heaviest item's position (the earlier of equal weight), -1 without items. */
    static int firstWeighted(List<Item> items) {
        int best = -1;
        for (int i = 0; i < items.size(); i++) {
            if (best < 0 || items.get(i).weight() > items.get(best).weight()) {
                best = i;
            }
        }
        return best;
    }

    private static BigDecimal share(Item item, BigDecimal mean) {
        Objects.requireNonNull(mean);
        return mean.multiply(BigDecimal.valueOf(item.weight()))
                .divide(BigDecimal.valueOf(item.maxScore()), 6, RoundingMode.HALF_UP);
    }
}
