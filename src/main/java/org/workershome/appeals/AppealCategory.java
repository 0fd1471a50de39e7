package org.workershome.appeals;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
