package org.workershome.congress.ballot;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.BallotClosed;
import org.workershome.congress.CongressModule;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/** Resolutions (决议) written when a ballot closes, and the reports on carrying them out (落实情况). */
@Service
public class ResolutionManagement {

    private final Resolutions resolutions;
    private final ResolutionReports reports;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResolutionManagement(Resolutions resolutions, ResolutionReports reports, Access access, MessageSource messages,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.resolutions = resolutions;
        this.reports = reports;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The resolution of a ballot just closed, with its figures, and the news of it; in the closing transaction. */
    Resolution publish(Ballot ballot, List<BallotOption> all) {
        Resolution resolution = resolutions.save(new Resolution(ballot, ballot.getTitle(), text(ballot, all),
                Boolean.TRUE.equals(ballot.getPassed()), clock.instant()));
        events.publishEvent(new BallotClosed(ballot.getId(), ballot.getSessionId(), ballot.getOrgId(),
                ballot.getKind().name(), ballot.getTitle(), ballot.getEligible(), ballot.getPresent(),
                ballot.getCastCount(), Boolean.TRUE.equals(ballot.getQuorumReached()),
                Boolean.TRUE.equals(ballot.getPassed()), ballot.getClosedAt()));
        return resolution;
    }

    private String text(Ballot ballot, List<BallotOption> all) {
        StringBuilder counts = new StringBuilder();
        for (BallotOption o : all) {
            if (counts.length() > 0) {
                counts.append("，");
            }
            counts.append(label(ballot, o)).append(' ').append(o.getVotes());
        }
        String outcome = ballot.getKind() == BallotKind.MOTION
                ? text(Boolean.TRUE.equals(ballot.getPassed()) ? "congress.resolution.adopted" : "congress.resolution.rejected")
                : text("congress.resolution.elected", String.join("、", all.stream()
                        .filter(o -> Boolean.TRUE.equals(o.getElected())).map(BallotOption::getLabel).toList()));
        return text("congress.resolution.text", ballot.getTitle(), ballot.getEligible(), ballot.getPresent(),
                ballot.getCastCount(), counts.toString(), outcome);
    }

    private String label(Ballot ballot, BallotOption o) {
        return ballot.getKind() == BallotKind.MOTION ? text("congress.choice." + o.getCode()) : o.getLabel();
    }

    @Transactional(readOnly = true)
    public Optional<Resolution> resolutionOf(Long ballotId) {
        return resolutions.findByBallotId(ballotId);
    }

    @Transactional(readOnly = true)
    public List<Resolution> resolutions() {
        return resolutions.findAllByOrderByPublishedAtDesc();
    }

    @Transactional(readOnly = true)
    public Resolution resolution(Long id) {
        return resolutions.findById(id).orElseThrow(NotFound.of("resolution", id));
    }

    @Transactional(readOnly = true)
    public List<ResolutionReport> reports(Long resolutionId) {
        return reports.findByResolutionIdOrderByReportedAt(resolutionId);
    }

    @Transactional(readOnly = true)
    public ResolutionReport report(Long reportId) {
        return reports.findById(reportId).orElseThrow(NotFound.of("report", reportId));
    }

    @Transactional
    public ResolutionReport report(CurrentUser user, Long resolutionId, String text) {
        Resolution resolution = resolution(resolutionId);
        access.require(user, CongressModule.MANAGE, resolution.getOrgId());
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("text", "congress.field.required");
        }
        return reports.save(new ResolutionReport(resolution, text.strip(), user.displayName(), clock.instant()));
    }

    // stored once, in the union's language: a resolution is a document of record, not a message to one reader
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
