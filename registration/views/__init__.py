"""Views of the public registration pages, one module per step of the customer's path: the
scan (``scan``), the product page and its registration form (``product``), the double opt-in
confirmation (``consent``) and the customer's own data (``my_data``); ``errors`` holds the
page shown for a form sent without its security token. Each view is thin: parse the request,
call one service or selector, render or redirect.

The consent-evidence PDF is a staff screen and lives with the admin (``registration.admin_views``).
"""
