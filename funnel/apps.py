from django.apps import AppConfig


class FunnelConfig(AppConfig):
    name = "funnel"
    verbose_name = "Funnel"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from anymail.signals import tracking

        from customers import signals as customer_signals
        from registration import signals as registration_signals

        from . import checks, receivers

        checks.register()
        uid = "funnel."
        customer_signals.consent_changed.connect(
            receivers.on_consent_changed, dispatch_uid=uid + "consent"
        )
        customer_signals.suppression_added.connect(
            receivers.on_suppression_added, dispatch_uid=uid + "suppression"
        )
        customer_signals.customer_erased.connect(
            receivers.on_customer_erased, dispatch_uid=uid + "erased"
        )
        customer_signals.order_recorded.connect(
            receivers.on_order_recorded, dispatch_uid=uid + "order"
        )
        registration_signals.registration_created.connect(
            receivers.on_registration_created, dispatch_uid=uid + "registration"
        )
        registration_signals.customer_data_requested.connect(
            receivers.on_customer_data_requested, dispatch_uid=uid + "data"
        )
        tracking.connect(receivers.on_tracking, dispatch_uid=uid + "tracking")
