"""Events of this app for the apps above it (funnel, helpdesk). Sent on commit."""

from django.dispatch import Signal

#: registration_id
registration_created = Signal()

#: customer_id. Sent (not on commit: it is a question, not an event) when a customer downloads
#: the data held about them; a receiver returns ``{"section name": JSON-ready data}`` to add its
#: app's part (tickets, deliveries, …) to the download.
customer_data_requested = Signal()
