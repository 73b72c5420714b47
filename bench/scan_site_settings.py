"""Settings for ``scan_bench.py``: the production settings plus a URLconf that adds the bare
baseline view. Not used by the site itself."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "scan_site_urls"
