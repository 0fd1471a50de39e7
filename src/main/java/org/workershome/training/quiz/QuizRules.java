package org.workershome.training.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;

/** The rules of a quiz, free of storage: the draw, the scoring of each kind, the pass mark, the attempts limit. */
public final class QuizRules {

    private QuizRules() {}

    /**
     * The questions of an attempt: the bank in id order shuffled by the attempt's seed, the first {@code size}. The
     * same seed and bank always give the same questions in the same order (a reload shows the same paper).
     */
    public static List<Long> draw(List<Long> bank, int size, long seed) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(bank));
        Collections.shuffle(ids, new Random(seed));
        return List.copyOf(ids.subList(0, Math.min(size, ids.size())));
    }

    /** Whether an answer is right for its key; a missing answer is wrong. */
    public static boolean correct(QuestionKind kind, String key, String given) {
        if (given == null || given.isBlank()) {
            return false;
        }
        return switch (kind) {
            case SINGLE, TRUE_FALSE -> key.strip().equalsIgnoreCase(given.strip());
            case MULTIPLE -> indexes(key).equals(indexes(given));
            case FILL -> java.util.Arrays.stream(key.split("\\|")).map(QuizRules::normal)
                    .anyMatch(accepted -> !accepted.isEmpty() && accepted.equals(normal(given)));
        };
    }

    /** Percent of the drawn questions answered right, rounded down (0 for an empty paper). */
    public static int score(List<Question> drawn, Map<Long, String> answers) {
        if (drawn.isEmpty()) {
            return 0;
        }
        long right = drawn.stream().filter(q -> correct(q.getKind(), q.getAnswer(), answers.get(q.getId()))).count();
        return (int) (right * 100 / drawn.size());
    }

    public static boolean passed(int score, int passMark) {
        return score >= passMark;
    }

    /** Refuses another attempt once {@code max} were used (0: no limit). */
    public static void checkMayStart(int used, int max) {
        if (max > 0 && used >= max) {
            throw new Conflict("training.quiz.error.noAttemptsLeft", max);
        }
    }

    /** Refuses an answer key that does not fit its kind and options. */
    public static void checkKey(QuestionKind kind, List<String> options, String key) {
        boolean ok = switch (kind) {
            case SINGLE -> key.strip().matches("\\d+") && Integer.parseInt(key.strip()) < options.size()
                    && options.size() >= 2;
            case MULTIPLE -> options.size() >= 2 && key.strip().matches("\\d+(\\s*,\\s*\\d+)*")
                    && indexes(key).stream().allMatch(i -> i < options.size());
            case TRUE_FALSE -> key.strip().equals("true") || key.strip().equals("false");
            case FILL -> !key.isBlank();
        };
        if (!ok) {
            throw InvalidInput.field("answer", "training.question.answer.invalid");
        }
    }

    private static Set<Integer> indexes(String list) {
        Set<Integer> set = new TreeSet<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                try {
                    set.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    set.add(-1);
                }
            }
        }
        return set;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
