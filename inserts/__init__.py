"""Parcel insert designs (Wagtail snippets with drafts, revisions, preview and workflow), print profiles, PDF rendering and print runs."""
