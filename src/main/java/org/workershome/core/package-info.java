/**
 * The shared kernel every module builds on: org tree, members, accounts and roles, data scope,
 * audit log, notifications, working-day calendar, encryption of personal data, page layout and errors.
 * Open so that feature modules may use its sub-packages; core itself uses no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.workershome.core;
