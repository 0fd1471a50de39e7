package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application form of the pages (also its parts for the household update and the re-opening); household rows
 * come as parallel lists (h… fields), blank rows are skipped.
 */
record ApplicationForm(Long memberId, String idNumber, String phone, Integer householdSize,
        String monthlyIncomePerCapita, List<HardshipCause> causes, HardshipGrade grade, String description,
        Boolean temporary, List<String> hName, List<String> hRelation, List<String> hAge, List<String> hHealth,
        List<String> hWork, List<String> hIncome, String requestToken) {

    static ApplicationForm blank() {
        return new ApplicationForm(null, null, null, null, null, List.of(), null, null, false, null, null, null,
                null, null, null, UUID.randomUUID().toString());
    }

    public boolean hasCause(HardshipCause cause) {
        return causes != null && causes.contains(cause);
    }

    public String row(List<String> values, int i) {
        return values == null || values.size() <= i ? null : values.get(i);
    }

    HardshipApplications.Application toApplication(Map<String, String> errors) {
        BigDecimal income = Money.parse(monthlyIncomePerCapita, "monthlyIncomePerCapita", errors);
        List<HardshipApplications.Person> people = new ArrayList<>();
        int rows = hName == null ? 0 : hName.size();
        for (int i = 0; i < rows; i++) {
            String name = row(hName, i);
            String relation = row(hRelation, i);
            if ((name == null || name.isBlank()) && (relation == null || relation.isBlank())) {
                continue;
            }
            Integer age = null;
            String rawAge = row(hAge, i);
            if (rawAge != null && !rawAge.isBlank()) {
                try {
                    age = Integer.valueOf(rawAge.strip());
                } catch (NumberFormatException e) {
                    errors.put("household[" + i + "]", "hardship.household.invalid");
                }
            }
            people.add(new HardshipApplications.Person(name, relation, age, row(hHealth, i), row(hWork, i),
                    Money.parse(row(hIncome, i), "household[" + i + "]", errors)));
        }
        return new HardshipApplications.Application(memberId, idNumber, phone, householdSize, income, causes, grade,
                description, Boolean.TRUE.equals(temporary), people);
    }
}
