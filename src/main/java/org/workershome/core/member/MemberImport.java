package org.workershome.core.member;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.excel.ExcelRow;
import org.workershome.core.excel.ExcelSheet;
import org.workershome.core.error.InvalidInput;

/**
 * Registers the members of an uploaded sheet into one org, all or none: every row is checked first
 * (rules, Bean Validation, ID numbers repeated in the file or already registered), and a single error
 * anywhere means nothing is saved and each error is reported with its row and column.
 */
@Component
class MemberImport {

    /** Columns of the sheet, in template order; the header is the localised field label (any locale). */
    static final List<String> COLUMNS = List.of("name", "gender", "idNumber", "phone", "joinDate", "job");
    private static final Map<String, List<String>> EXTRA_HEADERS = Map.of(
            "idNumber", List.of("ID number", "ID card number", "公民身份号码", "身份证号码"),
            "phone", List.of("Mobile", "Phone number", "手机", "联系电话"),
            "joinDate", List.of("Join date", "Joined on", "入会时间"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.BASIC_ISO_DATE);

    record RowError(int row, String field, String messageKey, Object[] args) {
        RowError(int row, String field, String messageKey) {
            this(row, field, messageKey, new Object[0]);
        }
    }

    record Result(int imported, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final MemberManagement management;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    MemberImport(MemberManagement management, MessageSource messages, TransactionTemplate tx) {
        this.management = management;
        this.messages = messages;
        this.tx = tx;
    }

    Result importInto(Long orgId, ExcelSheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (String field : COLUMNS) {
            columns.put(field, sheet.columnOf(headerNames(field)));
        }
        for (String required : List.of("name", "idNumber")) {
            if (columns.get(required) < 0) {
                errors.add(new RowError(1, required, "member.import.missingColumn"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(0, errors);
        }
        if (sheet.rows().isEmpty()) {
            return new Result(0, List.of(new RowError(1, "name", "member.import.noRows")));
        }

        List<MemberDraft> drafts = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        Map<String, Integer> rowOfValidId = new LinkedHashMap<>();
        for (ExcelRow row : sheet.rows()) {
            Map<String, String> rowErrors = new LinkedHashMap<>();
            Gender gender = gender(row.cell(columns.get("gender")), rowErrors);
            LocalDate joinDate = date(row.cell(columns.get("joinDate")), rowErrors);
            String idNumber = row.cell(columns.get("idNumber")).toUpperCase(Locale.ROOT);
            MemberDraft draft = new MemberDraft(orgId, row.cell(columns.get("name")), gender, idNumber,
                    row.cell(columns.get("phone")), joinDate, row.cell(columns.get("job")), null);
            management.violations(draft).forEach(rowErrors::putIfAbsent);
            if (!rowErrors.containsKey("idNumber") && !idNumber.isBlank()) {
                Integer first = firstRowOfId.putIfAbsent(idNumber, row.number());
                if (first != null) {
                    errors.add(new RowError(row.number(), "idNumber", "member.import.duplicateInFile", new Object[] {first}));
                } else {
                    rowOfValidId.put(idNumber, row.number());
                }
            }
            rowErrors.forEach((field, key) -> errors.add(new RowError(row.number(), field, key)));
            drafts.add(draft);
        }
        Set<String> registered = management.registeredIdNumbers(rowOfValidId.keySet());
        registered.forEach(id -> errors.add(new RowError(rowOfValidId.get(id), "idNumber", "member.idNumber.duplicate")));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row).thenComparingInt(e -> fieldOrder(e.field())));
            return new Result(0, errors);
        }
        return save(drafts, sheet.rows());
    }

    /** One transaction: a row refused now (a race, a closed org) rolls back every row before it. */
    private Result save(List<MemberDraft> drafts, List<ExcelRow> rows) {
        try {
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < drafts.size(); i++) {
                    try {
                        management.register(drafts.get(i));
                    } catch (InvalidInput e) {
                        throw new RowRefused(rows.get(i).number(), e);
                    }
                }
            });
            return new Result(drafts.size(), List.of());
        } catch (RowRefused refused) {
            List<RowError> errors = new ArrayList<>();
            refused.cause.fieldErrors().forEach((field, key) -> errors.add(new RowError(refused.row, field, key)));
            return new Result(0, errors);
        }
    }

    private static final class RowRefused extends RuntimeException {
        final int row;
        final InvalidInput cause;

        RowRefused(int row, InvalidInput cause) {
            super(null, null, false, false);
            this.row = row;
            this.cause = cause;
        }
    }

    private Set<String> headerNames(String field) {
        Set<String> names = new LinkedHashSet<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            names.add(messages.getMessage("member." + field, null, field, locale));
        }
        names.add(field);
        names.addAll(EXTRA_HEADERS.getOrDefault(field, List.of()));
        return names;
    }

    private Gender gender(String text, Map<String, String> errors) {
        if (text.isBlank()) {
            return null;
        }
        for (Gender g : Gender.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                if (text.equalsIgnoreCase(messages.getMessage("member.gender." + g, null, g.name(), locale))) {
                    return g;
                }
            }
            if (text.equalsIgnoreCase(g.name()) || text.equalsIgnoreCase(g.name().substring(0, 1))) {
                return g;
            }
        }
        errors.put("gender", "member.gender.invalid");
        return null;
    }

    private static LocalDate date(String text, Map<String, String> errors) {
        if (text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = DATES.stream().map(f -> {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).findFirst();
        if (date.isEmpty()) {
            errors.put("joinDate", "member.joinDate.invalid");
        }
        return date.orElse(null);
    }

    private static int fieldOrder(String field) {
        int i = COLUMNS.indexOf(field);
        return i < 0 ? COLUMNS.size() : i;
    }
}
