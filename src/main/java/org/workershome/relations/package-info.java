/**
 * Labour relations (劳动关系): risk screening of grassroots units, four-level early warning fed by screenings and by
 * appeals' events, and the risk board. Uses core, and of appeals only its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Labour relations",
        allowedDependencies = {"core :: *", "appeals :: events"})
package org.workershome.relations;
