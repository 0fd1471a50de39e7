package org.workershome.appeals;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;

/**
 * The appeals intake for other modules: an appeal a cadre hears on a visit (a contact point's, say), recorded for
 * the worker met through {@link AppealSubmission#record} — the same checks, number, deadline and queue as a visit
 * recorded on the appeals page.
 */
@Service
@NamedInterface("intake")
public class VisitAppeals {

    private final AppealSubmission submission;
    private final AppealCategoryManagement categories;

    VisitAppeals(AppealSubmission submission, AppealCategoryManagement categories) {
        this.submission = submission;
        this.categories = categories;
    }

    /** A category to choose from, named in the reader's language. */
    @NamedInterface("intake")
    public record Category(String code, String name) {}

    /** What the cadre heard: the org whose union handles it, the category, the worker met and how to reach him. */
    @NamedInterface("intake")
    public record Heard(Long orgId, String category, String title, String content, String contactName,
            String contactPhone) {}

    /** The appeal recorded. */
    @NamedInterface("intake")
    public record Recorded(Long id, String trackingNo) {}

    @Transactional(readOnly = true)
    public List<Category> categories(Locale locale) {
        return categories.all().stream().filter(AppealCategory::isActive)
                .map(c -> new Category(c.getCode(), c.name(locale))).toList();
    }

    /** Records the appeal (channel VISIT); the cadre must handle appeals of the org (403), bad input is 400. */
    @Transactional
    public Recorded record(CurrentUser cadre, Heard heard) {
        Appeal appeal = submission.record(cadre, new AppealSubmission.AppealDraft(heard.category(), heard.title(),
                heard.content(), false, false, AppealChannel.VISIT, heard.orgId(), heard.contactName(),
                heard.contactPhone()));
        return new Recorded(appeal.getId(), appeal.getTrackingNo());
    }
}
