/**
 * Appeals channel (诉求表达): workers raise problems, the union answers within working-day deadlines,
 * and overdue appeals escalate up the org tree. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals", allowedDependencies = "core :: *")
package org.workershome.appeals;
