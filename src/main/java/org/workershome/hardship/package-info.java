/**
 * Hardship assistance (困难职工帮扶): hardship files with verification, public notice and approval by the level
 * above, aid of every kind paid from funds that reconcile, projects, pairing and the annual review. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hardship assistance", allowedDependencies = "core :: *")
package org.workershome.hardship;
