package org.workershome.appeals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.cache.NodeCaches;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Administers the kinds of appeal and their deadlines (working days): new appeals of a kind run on the
 * deadlines in force when they arrive. Every change goes to the audit log.
 */
@Service
public class AppealCategoryManagement {

    private static final Pattern CODE = Pattern.compile("^[A-Z_]{1,30}$");
    static final String TARGET = "AppealCategory";

    private final AppealCategories categories;
    private final AuditTrail audit;
    /** Intake reads a category per submission: an edit is seen at once on this node, within a minute on others. */
    private final Cache<String, Optional<AppealCategory>> active = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    private final NodeCaches caches;

    AppealCategoryManagement(AppealCategories categories, AuditTrail audit, NodeCaches caches) {
        this.categories = categories;
        this.audit = audit;
        this.caches = caches;
        caches.register("appeal-categories", active::invalidateAll);
    }

    /** A category as edited on the page; numbers boxed so that an empty field is a field error, not a crash. */
    public record CategoryForm(String code, String nameZh, String nameEn, Integer firstResponseDays, Integer updateDays,
            Integer resolutionDays, Integer sortOrder, Boolean active) {

        static CategoryForm from(AppealCategory c) {
            return new CategoryForm(c.getCode(), c.getNameZh(), c.getNameEn(), c.getFirstResponseDays(),
                    c.getUpdateDays(), c.getResolutionDays(), c.getSortOrder(), c.isActive());
        }

        static CategoryForm blank() {
            return new CategoryForm(null, null, null, 3, 5, 15, 100, true);
        }

        Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (nameZh == null || nameZh.isBlank()) {
                errors.put("nameZh", "appeal.categoryAdmin.name.required");
            } else if (nameZh.strip().length() > 50) {
                errors.put("nameZh", "appeal.categoryAdmin.name.size");
            }
            if (nameEn == null || nameEn.isBlank()) {
                errors.put("nameEn", "appeal.categoryAdmin.name.required");
            } else if (nameEn.strip().length() > 80) {
                errors.put("nameEn", "appeal.categoryAdmin.name.size");
            }
            positive(errors, "firstResponseDays", firstResponseDays);
            positive(errors, "updateDays", updateDays);
            positive(errors, "resolutionDays", resolutionDays);
            if (!errors.containsKey("firstResponseDays") && !errors.containsKey("resolutionDays")
                    && firstResponseDays > resolutionDays) {
                errors.put("firstResponseDays", "appeal.categoryAdmin.days.firstAfterResolution");
            }
            if (sortOrder == null) {
                errors.put("sortOrder", "appeal.categoryAdmin.number");
            }
            return errors;
        }

        private static void positive(Map<String, String> errors, String field, Integer days) {
            if (days == null || days < 1 || days > 365) {
                errors.put(field, "appeal.categoryAdmin.days.positive");
            }
        }
    }

    /** An active category, for new appeals; a detached copy, read-only. */
    public Optional<AppealCategory> active(String code) {
        return active.get(code, c -> categories.findById(c).filter(AppealCategory::isActive));
    }

    @Transactional(readOnly = true)
    public List<AppealCategory> all() {
        return categories.findAll(Sort.by("sortOrder", "code"));
    }

    @Transactional
    public AppealCategory update(String code, CategoryForm form) {
        AppealCategory category = categories.findById(code).orElseThrow(NotFound.of("appealCategory", code));
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String before = category.describe();
        apply(category, form);
        forgetAfterCommit();
        audit.record("APPEAL_CATEGORY_UPDATE", TARGET, code, null, before + " → " + category.describe());
        return category;
    }

    @Transactional
    public AppealCategory create(CategoryForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.code() == null ? "" : form.code().strip();
        if (!CODE.matcher(code).matches()) {
            errors.put("code", "appeal.categoryAdmin.code.pattern");
        } else if (categories.existsById(code)) {
            errors.put("code", "appeal.categoryAdmin.code.taken");
        }
        errors.putAll(form.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        AppealCategory category = new AppealCategory(code, form.sortOrder());
        apply(category, form);
        forgetAfterCommit();
        categories.save(category);
        audit.record("APPEAL_CATEGORY_CREATE", TARGET, code, null, category.describe());
        return category;
    }

    private static void apply(AppealCategory category, CategoryForm form) {
        category.rename(form.nameZh().strip(), form.nameEn().strip());
        category.setDeadlines(form.firstResponseDays(), form.updateDays(), form.resolutionDays());
        category.setSortOrder(form.sortOrder());
        category.setActive(Boolean.TRUE.equals(form.active()));
    }

    private void forgetAfterCommit() {
        caches.changed("appeal-categories");
    }
}
