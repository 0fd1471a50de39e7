/**
 * Surveys and research (调查研究): surveys with skip logic, named or anonymous, targeted at an org subtree and roles,
 * their results; research reports; grassroots contact points with visits and follow-ups (sub-package
 * {@code contact}), which may open an appeal or a hardship file for a member met through those modules' intakes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys and research",
        allowedDependencies = {"core :: *", "appeals :: intake", "hardship :: intake"})
package org.workershome.surveys;
