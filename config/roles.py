"""The staff roles and the least permissions each needs.

Groups are created by a data migration (``config/migrations/0001_roles``); their permissions are
kept in step after every ``migrate`` (``post_migrate``, in ``config.receivers``), because later
apps add the models the roles need. Syncing only adds what is listed here; it never removes a permission an
administrator granted by hand. An app extends the roles from its own ``roles.py`` with
``ROLE_PERMISSIONS = {group name: [permission, …]}`` (see ``role_permissions``).
"""

import importlib
import importlib.util

BRAND_MANAGERS = "Brand managers"
COMPLIANCE_REVIEWERS = "Compliance reviewers"
MARKETERS = "Marketers"
SUPPORT_MARKETPLACE = "Support (marketplace)"
SUPPORT_OWNED = "Support (owned store)"

_CATALOG_EDIT = [
    f"catalog.{action}_{model}"
    for model in ("brand", "product", "productdocument", "sku", "marketplaceidentifier")
    for action in ("add", "change", "delete", "view")
]
_CATALOG_VIEW = [f"catalog.view_{m}" for m in ("brand", "product", "sku")]
_CUSTOMER_VIEW = [
    f"customers.view_{m}"
    for m in ("customer", "channelidentity", "identitylink", "order", "orderline")
]

#: group name → model permissions ("app_label.codename")
ROLES: dict[str, list[str]] = {
    BRAND_MANAGERS: [
        "wagtailadmin.access_admin",
        *_CATALOG_EDIT,
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
    ],
    COMPLIANCE_REVIEWERS: [
        "wagtailadmin.access_admin",
        *_CATALOG_VIEW,
    ],
    MARKETERS: [
        "wagtailadmin.access_admin",
        *_CATALOG_VIEW,
        *_CUSTOMER_VIEW,
        "customers.view_consentrecord",
        "customers.view_suppression",
        "customers.add_suppression",
    ],
    SUPPORT_MARKETPLACE: [
        "wagtailadmin.access_admin",
        *_CATALOG_VIEW,
        *_CUSTOMER_VIEW,
    ],
    SUPPORT_OWNED: [
        "wagtailadmin.access_admin",
        *_CATALOG_VIEW,
        *_CUSTOMER_VIEW,
        "customers.view_consentrecord",
    ],
}

#: group name → page permission types on the root page (the whole page tree)
PAGE_PERMISSIONS: dict[str, list[str]] = {
    BRAND_MANAGERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    COMPLIANCE_REVIEWERS: ["change_page"],
}

#: group name → collection permissions on the root collection
COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    BRAND_MANAGERS: [
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
    ],
    MARKETERS: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}


def role_permissions() -> dict[str, list[str]]:
    """``ROLES`` plus what each installed project app's ``roles.ROLE_PERMISSIONS`` adds."""
    from django.conf import settings

    merged = {name: list(perms) for name, perms in ROLES.items()}
    for label in settings.INSTALLED_APPS:
        if "." in label or importlib.util.find_spec(label) is None:
            continue
        if importlib.util.find_spec(f"{label}.roles") is None:
            continue
        extra = getattr(importlib.import_module(f"{label}.roles"), "ROLE_PERMISSIONS", {})
        for name, perms in extra.items():
            merged.setdefault(name, []).extend(perms)
    return merged


def sync_roles(apps=None, *, include_tree: bool = True) -> None:
    """Create the groups and grant each the permissions listed above that exist so far.

    ``include_tree`` adds the page and collection permissions, whose models only take their
    current shape late in Wagtail's migrations (the data migration leaves them to post_migrate).
    """
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def find(names):
        for name in names:
            app_label, codename = name.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                yield permission

    for group_name, names in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*find(names))

    if not include_tree:
        return
    try:
        Page = apps.get_model("wagtailcore", "Page")
        Collection = apps.get_model("wagtailcore", "Collection")
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    except LookupError:
        return
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for group_name, types in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        if root_page is None:
            break
        for permission in find(f"wagtailcore.{t}" for t in types):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
    for group_name, names in COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        if root_collection is None:
            break
        for permission in find(names):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
