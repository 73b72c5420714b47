from django.apps import AppConfig


class InsertsConfig(AppConfig):
    name = "inserts"
    verbose_name = "Inserts"
