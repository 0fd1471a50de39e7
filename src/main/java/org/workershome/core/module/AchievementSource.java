package org.workershome.core.module;

import java.util.List;

/**
 * A module's achievements of a member, for the pages that show a person's record across modules (a craftsman's
 * page, training's career path, a worker's profile) without depending on the modules that hold them. Only what is
 * public once achieved (published prizes, awarded titles, adopted suggestions) and not revoked, newest first.
 */
public interface AchievementSource {

    List<Achievement> achievementsOf(long memberId);
}
