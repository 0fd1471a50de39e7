package org.workershome.relations;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;

/** The scoring rules and level thresholds: read by every assessment, edited by admins. */
@Service
class RiskRules {

    private final SignalRules rules;
    private final RiskSettingsStore settings;
    private final Access access;

    RiskRules(SignalRules rules, RiskSettingsStore settings, Access access) {
        this.rules = rules;
        this.settings = settings;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<RiskScoring.Rule> rules() {
        return rules.findAllByOrderById().stream().map(SignalRule::rule).toList();
    }

    @Transactional(readOnly = true)
    public List<SignalRule> stored() {
        return rules.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public RiskScoring.Thresholds thresholds() {
        return settings.findById(RiskSettings.ID).orElseThrow(NotFound.of("relations-settings", RiskSettings.ID)).thresholds();
    }

    @Transactional
    public void setThresholds(CurrentUser user, RiskScoring.Thresholds thresholds) {
        access.require(user, RelationsModule.MANAGE);
        settings.findById(RiskSettings.ID).orElseThrow(NotFound.of("relations-settings", RiskSettings.ID)).set(thresholds);
    }

    @Transactional
    public SignalRule add(CurrentUser user, RiskScoring.Rule rule) {
        access.require(user, RelationsModule.MANAGE);
        return rules.save(new SignalRule(rule));
    }

    @Transactional
    public void update(CurrentUser user, Long id, RiskScoring.Rule rule) {
        access.require(user, RelationsModule.MANAGE);
        rules.findById(id).orElseThrow(NotFound.of("relations-rule", id)).set(rule);
    }

    @Transactional
    public void remove(CurrentUser user, Long id) {
        access.require(user, RelationsModule.MANAGE);
        rules.delete(rules.findById(id).orElseThrow(NotFound.of("relations-rule", id)));
    }
}
