package org.workershome.competitions;

import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The ranking: the whole page (works without JavaScript; reload to refresh) and its table alone, which the page
 * asks for every few seconds with htmx. Public from the final on; before that only the organiser sees it.
 */
@Controller
@RequestMapping("/competitions/{id}/ranking")
class RankingController {

    private final Rankings rankings;
    private final CompetitionsProperties properties;

    RankingController(Rankings rankings, CompetitionsProperties properties) {
        this.rankings = rankings;
        this.properties = properties;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("ranking", ranking(user, id));
        model.addAttribute("pollSeconds", properties.livePollSeconds());
        return "competitions/ranking";
    }

    @GetMapping("/live")
    String live(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            HttpServletResponse response) {
        model.addAttribute("ranking", ranking(user, id));
        model.addAttribute("pollSeconds", properties.livePollSeconds());
        response.setHeader("Cache-Control", CacheControl.noCache().getHeaderValue());
        return "competitions/ranking :: board";
    }

    private RankingBoard.Ranking ranking(CurrentUser user, Long id) {
        return rankings.of(user, id);
    }

    /** Who sees which ranking: anyone the public one; the organiser the ranking of a stage before the final. */
    @org.springframework.stereotype.Component
    static class Rankings {

        private final RankingBoard board;
        private final CompetitionManagement competitions;
        private final Access access;

        Rankings(RankingBoard board, CompetitionManagement competitions, Access access) {
            this.board = board;
            this.competitions = competitions;
            this.access = access;
        }

        RankingBoard.Ranking of(CurrentUser user, Long id) {
            return board.publicRanking(id).orElseGet(() -> {
                if (user == null) {
                    throw new NotFound("competition", id);
                }
                Competition competition = competitions.get(id);
                if (!access.may(user, CompetitionsModule.MANAGE, competition.getOrgId())) {
                    throw new NotFound("competition", id);
                }
                return board.current(competition);
            });
        }
    }
}
