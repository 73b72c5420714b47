"""What each staff role may do with inserts (merged into the groups by ``config.roles``).

Brand managers design and print but do not publish: a design reaches print through the
"Insert approval" workflow (the automatic policy check, then a compliance reviewer, who signs
off each risk of a design the policy holds for review)."""

_DESIGN = [f"inserts.{a}_insertdesign" for a in ("add", "change", "view", "lock", "unlock")]
_PROFILE = [f"inserts.{a}_printprofile" for a in ("add", "change", "view")]

ROLE_PERMISSIONS = {
    "Brand managers": [
        *_DESIGN,
        *_PROFILE,
        "inserts.add_printrun",
        "inserts.view_printrun",
        "wagtailadmin.access_admin",
    ],
    "Compliance reviewers": [
        "inserts.view_insertdesign",
        "inserts.change_insertdesign",
        "inserts.publish_insertdesign",
        # A design held for its risks prints only once a reviewer confirms each one.
        "inserts.sign_off_insertdesign",
        "inserts.view_designsignoff",
        "inserts.view_printprofile",
        "inserts.view_printrun",
    ],
}
