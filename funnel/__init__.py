"""Follow-up e-mail sequences and their steps, enrolments, deliveries (the outbox), tracking webhooks, unsubscribe and preferences, Klaviyo sync and exports."""
