package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.Choice;
import org.workershome.support.IntegrationTest;

/**
 * A secret ballot: nothing stored links a voter to a choice — not the tables, not the audit log, not the timeline,
 * not what the API or the result serve. Only the counters know the choices, and they know no voters.
 */
@IntegrationTest
class BallotSecrecyTest {

    @Autowired CongressFixture fixture;
    @Autowired JdbcTemplate jdbc;

    @Test
    void noTableLinksAVoterToAChoice() {
        var sitting = fixture.quorateSitting();
        Ballot ballot = fixture.openBallot(sitting, true);
        List<Representative> voters = sitting.roster().subList(0, 3);
        fixture.vote(voters.get(0), ballot.getId(), Choice.FOR);
        fixture.vote(voters.get(1), ballot.getId(), Choice.AGAINST);
        fixture.vote(voters.get(2), ballot.getId(), Choice.ABSTAIN);

        // the counters: no voter, no time, no per-vote row — just sums per option
        List<String> tallyColumns = columns("congress_ballot_tally");
        assertThat(tallyColumns).containsExactlyInAnyOrder("ballot_id", "option_id", "stripe", "votes");
        Long sum = jdbc.queryForObject("select sum(votes) from congress_ballot_tally where ballot_id = ?", Long.class,
                ballot.getId());
        assertThat(sum).isEqualTo(3);

        // participation: who voted, never what, never when
        assertThat(columns("congress_ballot_participation"))
                .containsExactlyInAnyOrder("ballot_id", "member_id", "org_id", "open_choice");
        assertThat(jdbc.queryForList("select open_choice from congress_ballot_participation where ballot_id = ?",
                String.class, ballot.getId())).hasSize(3).containsOnlyNulls();

        // no other table of the module holds both a person and an option or choice
        for (String table : congressTables()) {
            List<String> cols = columns(table);
            boolean person = cols.stream().anyMatch(c -> c.equals("member_id") || c.endsWith("account_id"));
            boolean choice = cols.stream().anyMatch(c -> c.equals("option_id") || c.contains("choice"));
            if (person && choice) {
                assertThat(table).isEqualTo("congress_ballot_participation");
            }
        }

        // audit log and timeline: the participation may be recorded, a choice or a counter never
        assertThat(jdbc.queryForObject("select count(*) from audit_log where target_type in ('BallotTally', 'BallotOption')",
                Long.class)).isZero();
        List<Map<String, Object>> audit = jdbc.queryForList(
                "select action, target_type, target_id, detail from audit_log where target_id like ?", ballot.getId() + ":%");
        assertThat(audit).isNotEmpty();
        for (Map<String, Object> row : audit) {
            String text = row.toString();
            for (String word : Set.of("FOR", "AGAINST", "ABSTAIN", "赞成", "反对", "弃权")) {
                assertThat(text).doesNotContain(word);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from workflow_transition where target_type like 'Ballot%'",
                Long.class)).isZero();
    }

    @Test
    void anOpenBallotKeepsTheChoiceWithTheName() {
        var sitting = fixture.quorateSitting();
        Ballot ballot = fixture.openBallot(sitting, false);
        fixture.vote(sitting.roster().get(1), ballot.getId(), Choice.AGAINST);
        assertThat(jdbc.queryForList("select open_choice from congress_ballot_participation where ballot_id = ?",
                String.class, ballot.getId())).containsExactly("AGAINST");
    }

    private List<String> congressTables() {
        return jdbc.queryForList("select lower(table_name) from information_schema.tables where lower(table_name) like 'congress%' and lower(table_schema) = lower(current_schema())",
                String.class).stream().distinct().toList();
    }

    private List<String> columns(String table) {
        return new ArrayList<>(jdbc.queryForList(
                "select lower(column_name) from information_schema.columns where lower(table_name) = ? and lower(table_schema) = lower(current_schema())",
                String.class, table));
    }
}
