package org.workershome.core.scope;

import java.util.function.Supplier;

/** Argument resolvers of the auto-enabled Hibernate filters; Hibernate asks them at every query. */
final class ScopeParameters {

    private ScopeParameters() {}

    static final class PathPattern implements Supplier<String> {
        private final Scopes scopes;

        PathPattern(Scopes scopes) {
            this.scopes = scopes;
        }

        @Override
        public String get() {
            return scopes.current().pathPattern();
        }
    }

    static final class SelfMember implements Supplier<Long> {
        private final Scopes scopes;

        SelfMember(Scopes scopes) {
            this.scopes = scopes;
        }

        @Override
        public Long get() {
            return scopes.current().selfMemberId();
        }
    }
}
