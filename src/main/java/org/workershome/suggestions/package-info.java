/**
 * Suggestions and innovation (合理化建议, 成果转化), innovation studios (劳模和工匠创新工作室) and craftsmen (绿色生态工匠):
 * the root is the module's API (its manifest and events), {@code suggestion}, {@code craftsman} and {@code studio}
 * are internal. Uses core, and listens to the congress's motion decisions (a motion converted lands here).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suggestions",
        allowedDependencies = {"core :: *", "congress :: events"})
package org.workershome.suggestions;
