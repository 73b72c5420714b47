"""What the Marketers group may do in the funnel (merged into the groups by config.roles)."""

ROLE_PERMISSIONS = {
    "Marketers": [
        "funnel.add_sequence",
        "funnel.change_sequence",
        "funnel.delete_sequence",
        "funnel.view_sequence",
        "funnel.publish_sequence",
        "funnel.lock_sequence",
        "funnel.unlock_sequence",
        "funnel.view_enrolment",
        "funnel.view_delivery",
        "funnel.add_discountcodepool",
        "funnel.change_discountcodepool",
        "funnel.view_discountcodepool",
        "funnel.view_exportlog",
        "funnel.export_contacts",
        "funnel.view_funnel_analytics",
        "funnel.view_klaviyosync",
        "funnel.change_klaviyosync",
    ],
}
