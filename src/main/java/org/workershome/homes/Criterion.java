package org.workershome.homes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.workershome.core.error.InvalidInput;

/**
 * One criterion of a year's evaluation of workers' homes: its weight among the year's criteria and the most points
 * a home may score on it. Set by the national union for the whole country, so not scoped.
 */
@Entity
@Table(name = "homes_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "criteria_year")
    private int year;
    private int sortOrder;
    private String name;
    private int weight;
    private int maxPoints;
    private Instant createdAt;

    protected Criterion() {}

    Criterion(int year, int sortOrder, String name, Integer weight, Integer maxPoints, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.put("name", "homes.criterion.name.required");
        }
        if (weight == null || weight < 1 || weight > 100) {
            errors.put("weight", "homes.criterion.weight.invalid");
        }
        if (maxPoints == null || maxPoints < 1 || maxPoints > 1000) {
            errors.put("maxPoints", "homes.criterion.maxPoints.invalid");
        }
        if (year < 2000 || year > 2100) {
            errors.put("year", "homes.criterion.year.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.year = year;
        this.sortOrder = sortOrder;
        this.name = name.strip();
        this.weight = weight;
        this.maxPoints = maxPoints;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public int getSortOrder() { return sortOrder; }
    public String getName() { return name; }
    public int getWeight() { return weight; }
    public int getMaxPoints() { return maxPoints; }
}
