package org.workershome.congress.ballot;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An option of a ballot (FOR/AGAINST/ABSTAIN or a candidate). Read only through its {@link Ballot}, which is
 * scoped. {@code votes} and {@code elected} are filled once, when the ballot closes.
 */
@Entity
@Table(name = "congress_ballot_option")
public class BallotOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ballotId;
    private String code;
    private String label;
    private int sortOrder;
    private Integer votes;
    private Boolean elected;

    protected BallotOption() {}

    BallotOption(Long ballotId, String code, String label, int sortOrder) {
        this.ballotId = ballotId;
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    void result(int votes, Boolean elected) {
        this.votes = votes;
        this.elected = elected;
    }

    public Long getId() { return id; }
    public Long getBallotId() { return ballotId; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public int getSortOrder() { return sortOrder; }
    public Integer getVotes() { return votes; }
    public Boolean getElected() { return elected; }
}
