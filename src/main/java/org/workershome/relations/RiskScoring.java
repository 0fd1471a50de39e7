package org.workershome.relations;

import java.util.ArrayList;
import java.util.List;

import org.workershome.core.error.InvalidInput;

/**
 * The risk score of a unit, a pure computation: the latest submitted screening gives 0–100 (the weights of its
 * RISK answers over all its weights), each appeal rule that fires adds its points, the sum is capped at 100 and
 * the thresholds turn it into a level.
 */
final class RiskScoring {

    static final int MAX = 100;

    private RiskScoring() {}

    /** "At least {@code minAppeals} appeals of {@code category} (null: of any) in {@code windowDays} days adds {@code points}." */
    record Rule(String category, int minAppeals, int windowDays, int points) {

        Rule {
            if (minAppeals < 1 || minAppeals > 10_000) {
                throw InvalidInput.field("minAppeals", "relations.rule.minAppeals.range");
            }
            if (windowDays < 1 || windowDays > 366) {
                throw InvalidInput.field("windowDays", "relations.rule.windowDays.range");
            }
            if (points < 1 || points > MAX) {
                throw InvalidInput.field("points", "relations.rule.points.range");
            }
        }
    }

    /** The lowest score of each level; each above the one before. */
    record Thresholds(int blueFrom, int yellowFrom, int orangeFrom, int redFrom) {

        Thresholds {
            if (blueFrom < 1 || yellowFrom <= blueFrom || orangeFrom <= yellowFrom || redFrom <= orangeFrom
                    || redFrom > MAX) {
                throw InvalidInput.field("thresholds", "relations.thresholds.order");
            }
        }

        RiskLevel levelOf(int score) {
            if (score >= redFrom) {
                return RiskLevel.RED;
            }
            if (score >= orangeFrom) {
                return RiskLevel.ORANGE;
            }
            if (score >= yellowFrom) {
                return RiskLevel.YELLOW;
            }
            return score >= blueFrom ? RiskLevel.BLUE : RiskLevel.NONE;
        }
    }

    /** How many appeals a unit had in the last days. */
    @FunctionalInterface
    interface AppealCounts {
        /** Appeals of the category (null: of every category) in the last {@code days} days, today included. */
        long count(String category, int days);
    }

    record Assessment(int screeningScore, int signalPoints, int score, RiskLevel level, List<Rule> fired) {}

    /** 0–100, rounded; 0 for a screening without weights. */
    static int screeningScore(List<ScreeningAnswer> answers) {
        int total = answers.stream().mapToInt(ScreeningAnswer::getWeight).sum();
        int risk = answers.stream().filter(a -> Boolean.TRUE.equals(a.getRisk())).mapToInt(ScreeningAnswer::getWeight).sum();
        return total == 0 ? 0 : Math.round(MAX * (float) risk / total);
    }

    /** @param screeningScore null when the unit was never screened */
    static Assessment assess(Integer screeningScore, AppealCounts counts, List<Rule> rules, Thresholds thresholds) {
        int base = screeningScore == null ? 0 : screeningScore;
        List<Rule> fired = new ArrayList<>();
        int points = 0;
        for (Rule rule : rules) {
            if (counts.count(rule.category(), rule.windowDays()) >= rule.minAppeals()) {
                fired.add(rule);
                points += rule.points();
            }
        }
        int score = Math.min(MAX, base + points);
        return new Assessment(base, points, score, thresholds.levelOf(score), List.copyOf(fired));
    }
}
