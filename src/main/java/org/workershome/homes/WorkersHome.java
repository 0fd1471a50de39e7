package org.workershome.homes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/**
 * A workers' home (职工之家) of a unit: where it is, since when, how large, what it offers, how green it is, and the
 * star rating its last approved evaluation fixed. Workers see the homes of their union and of the unions above.
 */
@Entity
@Table(name = "homes_home")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class WorkersHome extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String address;
    private LocalDate openedOn;
    private BigDecimal area;
    private String description;
    private String otherFacilities;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "homes_home_facility", joinColumns = @JoinColumn(name = "home_id"))
    @Column(name = "facility")
    @Enumerated(EnumType.STRING)
    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "homes_green_practice", joinColumns = @JoinColumn(name = "home_id"))
    @OrderColumn(name = "sort_order")
    private List<GreenPractice> greenPractices = new ArrayList<>();
    private Integer stars;
    private Integer starsYear;
    private Instant createdAt;
    @Version
    private long version;

    protected WorkersHome() {}

    /** What a cadre enters; area in square metres, the opening date and the rest may be absent. */
    public record Draft(Long orgId, String name, String address, LocalDate openedOn, BigDecimal area,
            String description, Set<Facility> facilities, String otherFacilities) {}

    WorkersHome(Draft draft, Instant now) {
        this.orgId = draft.orgId();
        this.createdAt = now;
        change(draft, LocalDate.ofInstant(now, org.workershome.core.time.Times.ZONE));
    }

    void change(Draft draft, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blankOrLonger(draft.name(), 200)) {
            errors.put("name", "homes.home.name.required");
        }
        if (blankOrLonger(draft.address(), 300)) {
            errors.put("address", "homes.home.address.required");
        }
        if (draft.openedOn() != null && draft.openedOn().isAfter(today)) {
            errors.put("openedOn", "homes.home.openedOn.future");
        }
        if (draft.area() != null && (draft.area().signum() <= 0 || draft.area().scale() > 2
                || draft.area().compareTo(new BigDecimal("100000000")) >= 0)) {
            errors.put("area", "homes.home.area.invalid");
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            errors.put("description", "homes.home.description.tooLong");
        }
        if (draft.otherFacilities() != null && draft.otherFacilities().length() > 500) {
            errors.put("otherFacilities", "homes.home.otherFacilities.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.name = draft.name().strip();
        this.address = draft.address().strip();
        this.openedOn = draft.openedOn();
        this.area = draft.area();
        this.description = blank(draft.description()) ? null : draft.description().strip();
        this.otherFacilities = blank(draft.otherFacilities()) ? null : draft.otherFacilities().strip();
        this.facilities.clear();
        if (draft.facilities() != null) {
            this.facilities.addAll(draft.facilities());
        }
    }

    void addPractice(String text, Integer sinceYear, int thisYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blankOrLonger(text, 500)) {
            errors.put("practice", "homes.practice.text.required");
        }
        if (sinceYear == null || sinceYear < 1950 || sinceYear > thisYear) {
            errors.put("sinceYear", "homes.practice.year.invalid");
        }
        if (greenPractices.size() >= 50) {
            errors.put("practice", "homes.practice.tooMany");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        greenPractices.add(new GreenPractice(text.strip(), sinceYear));
    }

    void removePractice(int index) {
        if (index >= 0 && index < greenPractices.size()) {
            greenPractices.remove(index);
        }
    }

    /** The rating an approved evaluation fixed; a later year's replaces an earlier one's, never the reverse. */
    void rate(int stars, int year) {
        if (starsYear == null || year >= starsYear) {
            this.stars = stars;
            this.starsYear = year;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean blankOrLonger(String value, int max) {
        return blank(value) || value.length() > max;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public LocalDate getOpenedOn() { return openedOn; }
    public BigDecimal getArea() { return area; }
    public String getDescription() { return description; }
    public String getOtherFacilities() { return otherFacilities; }
    public Set<Facility> getFacilities() { return facilities; }
    public List<GreenPractice> getGreenPractices() { return greenPractices; }
    public Integer getStars() { return stars; }
    public Integer getStarsYear() { return starsYear; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
