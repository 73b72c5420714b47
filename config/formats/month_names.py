"""The month names a date uses inside a sentence (Django's ``E`` format, context "alt. month"),
marked here so the project's catalogues can correct Django's where a language needs it: Italian
writes "8 novembre 2029", while Django's Italian catalogue capitalises the month. The project's
catalogues (``LOCALE_PATHS``) take precedence over Django's own."""

from django.utils.translation import pgettext_lazy

MONTHS_IN_A_DATE = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
