"""Workflow events mapped onto the inserts services."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Revision

from . import services


@receiver(post_save, sender=Revision, dispatch_uid="inserts.recheck_during_review")
def recheck_during_review(sender, instance: Revision, created: bool, **kwargs) -> None:
    """A new revision of anything; the service checks whether it is a design under review."""
    if created:
        services.design_review_recheck(revision=instance)
