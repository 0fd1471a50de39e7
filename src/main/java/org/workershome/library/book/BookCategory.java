package org.workershome.library.book;

/** The catalogue's shelves; names in the bundle as {@code library.category.<NAME>}. */
public enum BookCategory {
    /** 政治理论 */
    POLITICAL_THEORY,
    /** 技术技能 */
    TECHNICAL_SKILLS,
    /** 生态文明 */
    ECOLOGY,
    /** 法律维权 */
    LABOUR_LAW,
    /** 文学 */
    LITERATURE,
    /** 健康 */
    HEALTH;

    public String messageKey() {
        return "library.category." + name();
    }
}
