package org.workershome.suggestions.studio;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The parts of a studio's record kept with it: members, results, funds, assessments. */
final class StudioParts {

    private StudioParts() {}

    @Embeddable
    public static class Member {
        private Long memberId;
        private String name;
        private LocalDate joinedOn;

        protected Member() {}

        Member(Long memberId, String name, LocalDate joinedOn) {
            this.memberId = memberId;
            this.name = name;
            this.joinedOn = joinedOn;
        }

        public Long getMemberId() { return memberId; }
        public String getName() { return name; }
        public LocalDate getJoinedOn() { return joinedOn; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member m && java.util.Objects.equals(m.memberId, memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(memberId);
        }
    }

    @Embeddable
    public static class Result {
        @Enumerated(EnumType.STRING)
        private ResultKind kind;
        private String title;
        private LocalDate achievedOn;

        protected Result() {}

        Result(ResultKind kind, String title, LocalDate achievedOn) {
            this.kind = kind;
            this.title = title;
            this.achievedOn = achievedOn;
        }

        public ResultKind getKind() { return kind; }
        public String getTitle() { return title; }
        public LocalDate getAchievedOn() { return achievedOn; }
    }

    @Embeddable
    public static class Fund {
        private BigDecimal amount;
        private String source;
        private LocalDate receivedOn;

        protected Fund() {}

        Fund(BigDecimal amount, String source, LocalDate receivedOn) {
            this.amount = amount;
            this.source = source;
            this.receivedOn = receivedOn;
        }

        public BigDecimal getAmount() { return amount; }
        public String getSource() { return source; }
        public LocalDate getReceivedOn() { return receivedOn; }
    }

    @Embeddable
    public static class Assessment {
        @jakarta.persistence.Column(name = "assessed_year")
        private int year;
        private int stars;
        private String note;

        protected Assessment() {}

        Assessment(int year, int stars, String note) {
            this.year = year;
            this.stars = stars;
            this.note = note;
        }

        public int getYear() { return year; }
        public int getStars() { return stars; }
        public String getNote() { return note; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Assessment a && a.year == year;
        }

        @Override
        public int hashCode() {
            return year;
        }
    }
}
