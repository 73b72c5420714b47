"""The demo's stand-in store alone, for the tests that drive it through a live server."""

from customers.demo_store import urlpatterns  # noqa: F401
