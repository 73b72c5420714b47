"""Amazon's marketplaces as the catalogue names them (``amazon.de``) and as the Selling Partner
API does (a marketplace id, one of three regions). The ids are Amazon's published ones."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    NA = "na", _("North America")
    EU = "eu", _("Europe")
    FE = "fe", _("Far East")


@dataclass(frozen=True)
class Marketplace:
    domain: str  # as catalog.MarketplaceIdentifier.marketplace names it
    code: str  # sp_api.base.Marketplaces member name
    marketplace_id: str
    region: str


MARKETPLACES: list[Marketplace] = [
    Marketplace("amazon.com", "US", "ATVPDKIKX0DER", Region.NA),
    Marketplace("amazon.ca", "CA", "A2EUQ1WTGCTBG2", Region.NA),
    Marketplace("amazon.co.uk", "UK", "A1F83G8C2ARO7P", Region.EU),
    Marketplace("amazon.de", "DE", "A1PA6795UKMFR9", Region.EU),
    Marketplace("amazon.fr", "FR", "A13V1IB3VIYZZH", Region.EU),
    Marketplace("amazon.it", "IT", "APJ6JRA9NG5V4", Region.EU),
    Marketplace("amazon.es", "ES", "A1RKKUPIHCS9HS", Region.EU),
    Marketplace("amazon.nl", "NL", "A1805IZSGTT6HS", Region.EU),
    Marketplace("amazon.se", "SE", "A2NODRKZP88ZB9", Region.EU),
    Marketplace("amazon.pl", "PL", "A1C3SOZRARQ6R3", Region.EU),
    Marketplace("amazon.com.be", "BE", "AMEN7PMS3EDWL", Region.EU),
    Marketplace("amazon.co.jp", "JP", "A1VC38T7YXB528", Region.FE),
    Marketplace("amazon.com.au", "AU", "A39IBJ37TRP1C6", Region.FE),
]
BY_DOMAIN = {m.domain: m for m in MARKETPLACES}
BY_ID = {m.marketplace_id: m for m in MARKETPLACES}
DOMAIN_CHOICES = [(m.domain, m.domain) for m in MARKETPLACES]


def in_region(region: str) -> list[Marketplace]:
    return [m for m in MARKETPLACES if m.region == region]
