/**
 * Labour and skill competitions (劳动和技能竞赛): entries approved by the entrant's union, judges scoring by rubric
 * with conflicts of interest refused, a live ranking, and certificates for the winners. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competitions", allowedDependencies = "core :: *")
package org.workershome.competitions;
