"""Channel-separated support: channels, tickets, messages, per-channel macro libraries, the customer-360 view, SLA clocks and inbound mail."""
