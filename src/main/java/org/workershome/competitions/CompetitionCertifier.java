package org.workershome.competitions;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.module.BeforeCommit;

/**
 * When results are published, the top {@code prizeCount} entrants of the final (with any marks) receive a
 * certificate from the organiser, in the same transaction: published results never lack their certificates. The
 * title is written in Chinese, the language the union issues certificates in.
 */
@Component
class CompetitionCertifier {

    static final String SOURCE = "competitions";

    private final CompetitionManagement competitions;
    private final RankingBoard board;
    private final Certificates certificates;
    private final PermissionHolders holders;
    private final MessageSource messages;

    CompetitionCertifier(CompetitionManagement competitions, RankingBoard board, Certificates certificates,
            PermissionHolders holders, MessageSource messages) {
        this.competitions = competitions;
        this.board = board;
        this.certificates = certificates;
        this.holders = holders;
        this.messages = messages;
    }

    @BeforeCommit
    void on(ResultsPublished published) {
        Competition competition = competitions.get(published.competitionId());
        RankingBoard.Ranking ranking = board.current(competition);
        board.changed(competition.getId());
        ranking.lines().stream()
                .filter(line -> line.rank() <= competition.getPrizeCount() && line.judges() > 0)
                .forEach(line -> certificates.issue(published.byAccountId(), competition.getOrgId(),
                        new Certificates.Holder(line.memberId(), holders.accountOfMember(line.memberId()).orElse(null),
                                line.name()),
                        title(competition, line), SOURCE, line.entryId()));
    }

    private String title(Competition competition, RankingBoard.Line line) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String prize = messages.getMessage("competition.prize." + Math.min(line.rank(), 4), null, chinese);
        String who = line.teamName() == null ? "" : line.teamName() + " ";
        return messages.getMessage("competition.certificate.title", new Object[] {competition.getTitle(), who, prize},
                chinese);
    }
}
