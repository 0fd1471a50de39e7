package org.workershome.training.course;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.workershome.core.certificate.Certificate;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.scope.Scopes;

/**
 * The certificate of a completed course, issued by the learner's unit when his own act (the last lesson, the passing
 * attempt) completes it. A certificate is a record no learner may write, so it is issued as the system — only here,
 * only for the enrolment just completed. The title is in Chinese, the language the union issues certificates in.
 */
@Component
class CourseCertifier {

    private final Certificates certificates;
    private final MessageSource messages;

    CourseCertifier(Certificates certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    Certificate issue(Long byAccountId, Course course, Enrolment enrolment) {
        String title = messages.getMessage("training.certificate.title",
                new Object[] {course.getTitle(), course.getCreditHours()}, Locale.SIMPLIFIED_CHINESE);
        return Scopes.asSystem(() -> certificates.issue(byAccountId, enrolment.getOrgId(),
                new Certificates.Holder(enrolment.getMemberId(), enrolment.getAccountId(), enrolment.getLearnerName()),
                title, Learning.SOURCE, enrolment.getId()));
    }
}
