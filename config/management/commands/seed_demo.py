import importlib
import importlib.util
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

#: Apps that contribute demo content, lowest first: each later one builds on the earlier ones.
DEMO_APPS = ["catalog", "customers", "amazon", "registration", "inserts", "funnel", "helpdesk"]

ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create a small, believable demo brand (products, pages, customers across channels, and "
        "whatever each app adds). Safe to run again: nothing is duplicated."
    )

    def handle(self, *args, **options):
        for label in DEMO_APPS:
            if importlib.util.find_spec(f"{label}.demo") is None:
                continue
            module = importlib.import_module(f"{label}.demo")
            with transaction.atomic():
                module.seed(self)
        self.admin_login()

    def admin_login(self) -> None:
        User = get_user_model()
        user = User.objects.filter(username=ADMIN_USERNAME).first()
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "bridgecard-demo")
        if user is None:
            user = User.objects.create_superuser(
                ADMIN_USERNAME, email="admin@example.com", password=password
            )
            shown = password
        else:
            shown = "(unchanged since it was created)"
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Bridgecard demo is ready."))
        self.stdout.write(f"  Site:   {settings.SITE_URL}/")
        self.stdout.write(f"  Admin:  {settings.SITE_URL}/admin/")
        self.stdout.write(f"  Login:  {ADMIN_USERNAME} / {shown}")

    def line(self, text: str) -> None:
        """For the apps' ``demo.seed``: one line of the summary printed at the end."""
        self.stdout.write(f"  {text}")
