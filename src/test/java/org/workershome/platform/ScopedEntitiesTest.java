package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.workershome.core.member.Member;
import org.workershome.core.scope.ScopedEntity;

/** A scoped entity without its self-only filter would show a worker everybody's records. */
class ScopedEntitiesTest {

    @Test
    void everyScopedEntityDeclaresTheSelfFilter() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(ScopedEntity.class));
        List<Class<?>> scoped = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.workershome")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Entity.class) && ScopedEntity.class.isAssignableFrom(type)) {
                scoped.add(type);
            }
        }
        assertThat(scoped).as("scoped entities found").contains(Member.class);

        List<String> without = new ArrayList<>();
        for (Class<?> type : scoped) {
            boolean declared = Arrays.stream(type.getDeclaredAnnotationsByType(Filter.class))
                    .anyMatch(f -> f.name().equals(ScopedEntity.SELF_FILTER) && f.condition().contains(":selfMemberId"));
            if (!declared) {
                without.add(type.getName());
            }
        }
        assertThat(without).as("ScopedEntity subclasses without @Filter(name = ScopedEntity.SELF_FILTER, condition = \"…:selfMemberId…\")")
                .isEmpty();
    }
}
