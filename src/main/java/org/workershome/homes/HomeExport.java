package org.workershome.homes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.org.OrgDirectory;

/** The registry as a workbook, for managers: the homes in their scope with facilities, practices and stars. */
@Controller
class HomeExport {

    private final HomeManagement homes;
    private final OrgDirectory orgs;
    private final Access access;
    private final AuditTrail audit;
    private final MessageSource messages;

    HomeExport(HomeManagement homes, OrgDirectory orgs, Access access, AuditTrail audit, MessageSource messages) {
        this.homes = homes;
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/homes/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale)
            throws IOException {
        access.require(user, HomesModule.MANAGE);
        List<WorkersHome> rows = homes.list();
        audit.record("HOMES_REGISTRY_EXPORT", "homes-home", null, user.orgId(), rows.size() + " homes");
        ExcelExport.of(WorkersHome.class).sheet(text("homes.registry", locale))
                .column("homes.export.id", WorkersHome::getId)
                .column("homes.org", h -> orgs.nameOf(h.getOrgId()))
                .column("homes.home.name", WorkersHome::getName)
                .column("homes.home.address", WorkersHome::getAddress)
                .column("homes.home.openedOn", WorkersHome::getOpenedOn)
                .column("homes.home.area", WorkersHome::getArea)
                .column("homes.home.facilities", h -> h.getFacilities().stream().sorted()
                        .map(f -> text("homes.facility." + f, locale)).collect(Collectors.joining("、")))
                .column("homes.home.otherFacilities", WorkersHome::getOtherFacilities)
                .column("homes.practices", h -> h.getGreenPractices().stream()
                        .map(p -> p.getSinceYear() + " " + p.getText()).collect(Collectors.joining("; ")))
                .column("homes.stars", WorkersHome::getStars)
                .column("homes.starsYear", WorkersHome::getStarsYear)
                .send(response, text("homes.export.file", locale) + ".xlsx", rows, messages, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
