"""What the support groups may do in the helpdesk (merged into the groups by ``config.roles``).

The two ``work_*`` permissions decide which channels an agent sees: Support (marketplace) the
Amazon channels only, Support (owned store) the Shopify store, the site and e-mail.
"""

# The group names of ``config.roles`` (apps never import the project package).
SUPPORT_MARKETPLACE = "Support (marketplace)"
SUPPORT_OWNED = "Support (owned store)"
COMPLIANCE_REVIEWERS = "Compliance reviewers"

_SUPPORT_COMMON = [
    "helpdesk.view_ticket",
    "helpdesk.view_channel",
    "helpdesk.view_macro",
    "helpdesk.add_macro",
    "helpdesk.change_macro",
]

ROLE_PERMISSIONS = {
    SUPPORT_MARKETPLACE: [*_SUPPORT_COMMON, "helpdesk.work_marketplace_tickets"],
    SUPPORT_OWNED: [
        *_SUPPORT_COMMON,
        "helpdesk.work_owned_tickets",
        # The discount code pools are the funnel's model, shared with the helpdesk.
        "funnel.view_discountcodepool",
        "funnel.add_discountcodepool",
        "funnel.change_discountcodepool",
    ],
    # Reviewers audit what the send gate decided and decide the replies it held, on every
    # channel (a channel may also name other staff who may decide its held replies).
    COMPLIANCE_REVIEWERS: [
        "helpdesk.view_gatedecision",
        "helpdesk.view_holddecision",
        "helpdesk.review_held_replies",
    ],
}
