package org.workershome.core.db;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Draws numbers from database sequences, for ids that must be known before the insert (an org's path
 * contains its id; an appeal's tracking number is made from it). Same SQL on H2 and PostgreSQL.
 */
@Component
public class Sequences {

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private final JdbcTemplate jdbc;

    Sequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long next(String sequence) {
        return jdbc.queryForObject("select nextval('" + checked(sequence) + "')", Long.class);
    }

    /** {@code count} numbers in one statement, ascending, e.g. for the records of one batch. */
    public List<Long> next(String sequence, int count) {
        return jdbc.queryForList("select nextval('" + checked(sequence) + "') from generate_series(1, ?)", Long.class,
                count).stream().sorted().toList();
    }

    private static String checked(String sequence) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return sequence;
    }
}
