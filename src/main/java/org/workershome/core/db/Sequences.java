package org.workershome.core.db;

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
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
    }
}
