"""Workflow events mapped onto the inserts services."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Revision

from . import holds, services
from .models import InsertDesign


@receiver(post_save, sender=Revision, dispatch_uid="inserts.recheck_during_review")
def recheck_during_review(sender, instance: Revision, created: bool, **kwargs) -> None:
    """A new revision of anything; the service checks whether it is a design under review."""
    if created:
        holds.design_review_recheck(revision=instance)


@receiver(post_save, sender=InsertDesign, dispatch_uid="inserts.owner_target_follows_design")
def owner_target_follows_design(
    sender, instance: InsertDesign, update_fields=None, **kwargs
) -> None:
    """A design saved with its fields (published, or saved without drafts): its printed units
    follow its choice of where registered units lead."""
    if update_fields is None or "owner_target" in update_fields:
        services.design_owner_target_apply(design=instance)
