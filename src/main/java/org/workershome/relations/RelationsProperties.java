package org.workershome.relations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of labour relations, under {@code workers-home.relations.*}. */
@ConfigurationProperties("workers-home.relations")
record RelationsProperties(
        /** Working days a unit has to fill a screening task. */
        @DefaultValue("10") int screeningWorkingDays,
        /** Working days to acknowledge a warning before it escalates to the org above. */
        @DefaultValue("2") int acknowledgeWorkingDays,
        /** Working days from raising to a response plan before the warning escalates. */
        @DefaultValue("5") int planWorkingDays,
        /**
         * How long mediation may take from acceptance: 15 days by the Labour Dispute Mediation and Arbitration Law
         * (art. 14), which counts calendar days here.
         */
        @DefaultValue("P15D") java.time.Duration mediationPeriod,
        /** Working days from an agreement (or a partly performed visit) to the next follow-up visit. */
        @DefaultValue("10") int followUpWorkingDays) {
}
