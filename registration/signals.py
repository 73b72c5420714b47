"""Events of this app for the apps above it (funnel, helpdesk). Sent on commit."""

from django.dispatch import Signal

#: registration_id
registration_created = Signal()
