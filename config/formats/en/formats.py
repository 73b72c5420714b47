"""English as the site writes it: British English (the catalogues' source strings are British, and
the markets are European), so dates read "28 November 2029", never "Nov. 28, 2029".

Django's own ``en_GB`` formats, with the long date spelled out as British style guides write it
(the ``en_GB`` default abbreviates the month: "28 Nov 2029"). ``LANGUAGES`` has one English, so
this module is what ``FORMAT_MODULE_PATH`` finds for ``en``.
"""

from django.conf.locale.en_GB.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"  # '28 November 2029'
DATETIME_FORMAT = "j F Y, H:i"  # '28 November 2029, 14:30'
TIME_FORMAT = "H:i"  # '14:30'
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # '28/11/2029 14:30'
