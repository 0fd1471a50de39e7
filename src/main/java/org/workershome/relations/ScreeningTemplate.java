package org.workershome.relations;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.workershome.core.error.InvalidInput;

/**
 * A checklist a grassroots unit is screened with, and how often (monthly or quarterly). The union's, not an org's:
 * one template serves every unit, so it is not scoped; admins edit it.
 */
@Entity
@Table(name = "relations_template")
public class ScreeningTemplate {

    public enum Period { MONTHLY, QUARTERLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Period period;
    private boolean active;
    @Version
    private long version;
    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<Checkpoint> checkpoints = new ArrayList<>();

    protected ScreeningTemplate() {}

    ScreeningTemplate(String name, Period period) {
        rename(name, period, true);
    }

    void rename(String name, Period period, boolean active) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInput.field("name", "relations.template.name.required");
        }
        if (period == null) {
            throw InvalidInput.field("period", "relations.template.period.required");
        }
        this.name = name.strip();
        this.period = period;
        this.active = active;
    }

    Checkpoint add(Dimension dimension, String text, int weight) {
        int next = checkpoints.stream().mapToInt(Checkpoint::getSortOrder).max().orElse(0) + 10;
        Checkpoint checkpoint = new Checkpoint(this, dimension, text, weight, next);
        checkpoints.add(checkpoint);
        return checkpoint;
    }

    void remove(Long checkpointId) {
        if (!checkpoints.removeIf(c -> c.getId().equals(checkpointId))) {
            throw InvalidInput.field("checkpoint", "relations.checkpoint.unknown");
        }
    }

    Checkpoint checkpoint(Long checkpointId) {
        return checkpoints.stream().filter(c -> c.getId().equals(checkpointId)).findFirst()
                .orElseThrow(() -> InvalidInput.field("checkpoint", "relations.checkpoint.unknown"));
    }

    public int totalWeight() {
        return checkpoints.stream().mapToInt(Checkpoint::getWeight).sum();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Period getPeriod() { return period; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
    public List<Checkpoint> getCheckpoints() { return checkpoints; }
}
