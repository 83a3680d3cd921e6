package org.masthead.desk;

import java.util.List;
import java.util.Map;

/**
 * A member's own account: password, two-step sign-in and signing out everywhere. {@code enrolment} is set while
 * two-step sign-in is being turned on, {@code recoveryCodes} once, right after it was turned on or renewed.
 */
public record AccountPage(DeskFrame frame, boolean twoFactorOn, int recoveryCodesLeft, SecondFactors.Enrolment enrolment,
        String qrDataUri, List<String> recoveryCodes, String notice, Map<String, String> errors) {

    public String error(String field) {
        return errors.get(field);
    }
}
