"""Events other apps react to. ``customers`` sits low in the import order, so it announces and
the apps above it (registration, funnel, helpdesk) listen; every signal is sent on commit."""

from django.dispatch import Signal

#: customer_id, purpose, action, record_id
consent_changed = Signal()
#: address_hash, reason, suppression_id
suppression_added = Signal()
#: customer_id, addresses (the person's former e-mail addresses, so a receiver can ask an outside
#: processor to forget them); receivers anonymise what their app holds about the person
customer_erased = Signal()
#: order_id, customer_id, channel; an order was recorded (e.g. from the Shopify webhook)
order_recorded = Signal()
#: order_id, customer_id, channel; a recorded order was cancelled (it no longer counts as bought)
order_cancelled = Signal()
#: customer_id; the store asked, for the customer, for the data kept about them (Shopify's
#: ``customers/data_request``): the app that builds the data download sends them its link
store_data_requested = Signal()
