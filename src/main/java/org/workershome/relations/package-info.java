/**
 * Labour relations (劳动关系): risk screening of grassroots units, four-level early warning fed by screenings and by
 * appeals' events, the risk board, and labour disputes with their mediation, agreement and follow-up. Uses core,
 * and of appeals its events and its cases API (a dispute opened from an appeal, its outcome on the appeal's
 * timeline); appeals knows nothing of relations, so there is no cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Labour relations",
        allowedDependencies = {"core :: *", "appeals :: events", "appeals :: cases"})
package org.workershome.relations;
