package org.workershome.surveys;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** "Surveys waiting for me" on /me: the open surveys asked of the member that he has not answered yet. */
@Component
class MySurveysSection implements MeSection {

    private final SurveyAnswering answering;

    MySurveysSection(SurveyAnswering answering) {
        this.answering = answering;
    }

    @Override
    public String fragment() {
        return "surveys/me :: mine";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        return Map.of("waiting", answering.openTo(user).stream().filter(i -> !i.answered()).toList());
    }

    @Override
    public int order() {
        return 60;
    }
}
