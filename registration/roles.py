"""What each staff role may do in the registration app (merged by ``config.roles``)."""

ROLE_PERMISSIONS = {
    "Brand managers": [
        "registration.view_shortcode",
        "registration.change_shortcode",
        "registration.view_codebatch",
        "registration.view_scan",
        "registration.view_registration",
        "registration.add_consenttext",
        "registration.view_consenttext",
    ],
    "Compliance reviewers": [
        "registration.view_consenttext",
        "registration.view_registration",
        "customers.view_customer",
        "customers.view_consentrecord",
    ],
    "Marketers": [
        "registration.view_scan",
        "registration.view_shortcode",
        "registration.view_registration",
        "registration.view_consenttext",
    ],
    "Support (marketplace)": ["registration.view_registration", "registration.view_shortcode"],
    "Support (owned store)": ["registration.view_registration", "registration.view_shortcode"],
}
