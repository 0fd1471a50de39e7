package org.workershome.appeals;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.workershome.core.error.InvalidInput;

/** A kind of appeal, with its deadlines in working days. Editable by administrators. */
@Entity
@Table(name = "appeal_category")
public class AppealCategory {

    @Id
    private String code;
    private String nameZh;
    private String nameEn;
    private int firstResponseDays;
    private int updateDays;
    private int resolutionDays;
    private int sortOrder;
    private boolean active;

    protected AppealCategory() {}

    AppealCategory(String code, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Deadlines in working days; new appeals of this kind run on them, running ones keep theirs. */
    void setDeadlines(int firstResponseDays, int updateDays, int resolutionDays) {
        if (firstResponseDays < 1 || updateDays < 1 || resolutionDays < 1) {
            throw InvalidInput.field("firstResponseDays", "appeal.categoryAdmin.days.positive");
        }
        if (firstResponseDays > resolutionDays) {
            throw InvalidInput.field("firstResponseDays", "appeal.categoryAdmin.days.firstAfterResolution");
        }
        this.firstResponseDays = firstResponseDays;
        this.updateDays = updateDays;
        this.resolutionDays = resolutionDays;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** For the audit log. */
    String describe() {
        return nameZh + " / " + nameEn + ", " + firstResponseDays + "/" + updateDays + "/" + resolutionDays
                + ", #" + sortOrder + (active ? "" : ", inactive");
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public int getFirstResponseDays() { return firstResponseDays; }
    public int getUpdateDays() { return updateDays; }
    public int getResolutionDays() { return resolutionDays; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
