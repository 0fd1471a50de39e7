package org.workershome.suggestions.suggestion;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A transfer of the result (成果转化): its kind, a reference (patent number, standard code, the adopting unit). */
@Embeddable
public class Transfer {

    @Enumerated(EnumType.STRING)
    private TransferKind kind;
    private String reference;
    private String note;
    private LocalDate transferredOn;

    protected Transfer() {}

    Transfer(TransferKind kind, String reference, String note, LocalDate transferredOn) {
        this.kind = kind;
        this.reference = reference;
        this.note = note;
        this.transferredOn = transferredOn;
    }

    public TransferKind getKind() { return kind; }
    public String getReference() { return reference; }
    public String getNote() { return note; }
    public LocalDate getTransferredOn() { return transferredOn; }
}
