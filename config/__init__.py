"""The Django project: settings from the environment, URLs, WSGI/ASGI, system checks, roles and
the demo seeding command. (docs/architecture.md calls it ``site/``; Python's own ``site`` module would
shadow a package of that name.)"""
