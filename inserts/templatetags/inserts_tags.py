"""Template tags of the inserts admin: what the moderation step shows of a held design."""

from django import template

from .. import gate

register = template.Library()


@register.simple_tag
def design_hold(design) -> gate.DesignCheck:
    """The gate's check of *design*'s latest revision (the one the workflow would publish)."""
    return gate.design_check(design.get_latest_revision_as_object())
