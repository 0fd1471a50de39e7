package org.workershome.hardship;

/**
 * What can be done to a hardship file. APPLY is the system's record of the application; OBJECT records an
 * objection during the public notice without changing the state; REVIEW opens the annual review and CONFIRM
 * closes it with the file kept; GRANT_TEMPORARY gives temporary relief and CONVERT turns it into a full application.
 * REMIND_REVIEW (the job's reminder before the yearly review) and UPDATE_HOUSEHOLD (household and income changed at
 * review) are timeline records that do not change the state; REOPEN links an EXITED file and the new file that
 * re-opens it when the family is in hardship again.
 */
public enum HardshipAction {
    APPLY, VERIFY, START_NOTICE, OBJECT, APPROVE, REJECT, REVIEW, CONFIRM, EXIT, CANCEL, GRANT_TEMPORARY, CONVERT,
    REMIND_REVIEW, UPDATE_HOUSEHOLD, REOPEN
}
