"""Italian dates as Italian writes them: "8 novembre 2029", the month in lower case and the day
without a leading zero. Django's ``it`` formats write "08 Novembre 2029"; the ``E`` format reads
the month names Italian uses inside a date, which the project's catalogue gives in lower case
(``config/formats/month_names.py``)."""

from django.conf.locale.it.formats import *  # noqa: F403

DATE_FORMAT = "j E Y"  # '8 novembre 2029'
DATETIME_FORMAT = "j E Y, H:i"  # '8 novembre 2029, 14:30'
MONTH_DAY_FORMAT = "j E"  # '8 novembre'
