package org.workershome.congress;

/** When a motion ballot passes, or a candidate is elected: more than half of … (configurable per term and ballot). */
public enum PassRule {
    /** … all representatives on the roster (the default of the 职代会 rules). */
    MAJORITY_OF_ALL,
    /** … the representatives present at the session. */
    MAJORITY_OF_PRESENT,
    /** … the votes cast. */
    MAJORITY_OF_VOTES,
    /** Two thirds of all representatives. */
    TWO_THIRDS_OF_ALL;

    /** Whether {@code votes} in favour is enough. */
    public boolean passes(long votes, long eligible, long present, long cast) {
        return switch (this) {
            case MAJORITY_OF_ALL -> votes * 2 > eligible;
            case MAJORITY_OF_PRESENT -> votes * 2 > present;
            case MAJORITY_OF_VOTES -> votes * 2 > cast;
            case TWO_THIRDS_OF_ALL -> votes * 3 >= eligible * 2;
        };
    }
}
