"""What the staff roles may see of the ground floor (merged into the groups by ``config.roles``).

Compliance reviewers read the labelled cases their decisions produce and the holds report."""

ROLE_PERMISSIONS = {
    "Compliance reviewers": ["core.view_compliancecase"],
}
