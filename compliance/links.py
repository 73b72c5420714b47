"""Web addresses and e-mail addresses, and what each policy thinks of where they lead.

Addresses are found in the normalised text (so "ｗｗｗ．shop．de" and "shop Punkt de" are seen as
the domains they are). The tables below are data: extend them, not the functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .domain_words import AMBIGUOUS_TLDS, TLDS
from .model import Context
from .normalize import Normalised

# --- where an insert's URL or QR code may lead ------------------------------------------------

#: Words in a path, query or subdomain that mark a registration, warranty, manual or support
#: page, in the six languages (and Japanese and Chinese in their usual romanisation).
INSERT_TARGET_STEMS: tuple[str, ...] = (
    # en
    "regist", "warrant", "manual", "support", "help", "faq", "guide", "instruction", "service",
    "recall", "activate", "care",
    # de
    "registrier", "garantie", "gewaehr", "gewähr", "handbuch", "anleitung", "bedienungsanleitung",
    "gebrauchsanweisung", "hilfe", "kundendienst", "kundenservice", "rueckruf", "rückruf",
    # fr
    "enregistr", "garanti", "notice", "manuel", "emploi", "aide", "assistance", "sav",
    # es
    "registro", "registra", "garantia", "garantía", "soporte", "ayuda", "instruccion",
    "instrucción",
    # it
    "registrazion", "garanzia", "manuale", "istruzion", "assistenza", "aiuto",
    # zh / ja (pinyin, romaji)
    "zhuce", "baoxiu", "shuomingshu", "shouhou", "touroku", "hosho", "hoshou", "torisetsu",
    "注册", "保修", "说明书", "登録", "保証", "取扱説明書",
)  # fmt: skip

#: German builds compounds ("Produktregistrierung"), so these are also searched inside words.
INSERT_TARGET_INFIXES: tuple[str, ...] = (
    "registr",
    "garantie",
    "anleitung",
    "handbuch",
    "warranty",
)

#: Words that make any page a shop page, even under /support/ ("/support/deals").
SHOP_WORDS: tuple[str, ...] = (
    "shop", "store", "sale", "deal", "offer", "angebot", "promo", "coupon", "discount", "rabatt",
    "gutschein", "voucher", "boutique", "tienda", "negozio", "soldes", "rebajas", "saldi",
    "outlet", "cart", "checkout", "kaufen", "buy", "collection", "kollektion", "collezion",
    "coleccion", "colección", "bestseller", "new-arrivals", "gift",
)  # fmt: skip

#: Short-link paths: where they lead cannot be read from the text, so only the caller can vouch.
SHORT_LINK = re.compile(r"^/(?:r|s|q|go|l)/[a-z0-9_-]{2,32}/?$")

# --- Amazon -------------------------------------------------------------------------------------

AMAZON_HOST = re.compile(
    r"^(?:[a-z0-9-]{1,63}\.){0,3}amazon\.(?:com|de|fr|it|es|nl|se|pl|in|ca|cn|sg|ae|sa|eg|"
    r"co\.uk|co\.jp|com\.mx|com\.br|com\.tr|com\.au|com\.be)$"
)
AMAZON_SHORT_HOSTS = frozenset({"amzn.to", "amzn.eu", "amzn.asia", "a.co"})

#: Paths that help the buyer complete this order: order pages, returns centre, help pages.
AMAZON_ORDER_PATHS: tuple[str, ...] = (
    "/gp/css/order-history", "/gp/css/order-details", "/gp/css/returns", "/gp/css/summary",
    "/gp/your-account/order-history", "/gp/your-account/order-details",
    "/gp/your-account/ship-track", "/gp/your-account/your-orders", "/gp/legacy/order-history",
    "/gp/digital/your-account/order-summary", "/your-orders", "/returns", "/spr/returns",
    "/gp/orc/returns", "/gp/help", "/hz/help", "/hz/contact-us", "/progress-tracker",
    "/gp/aw/ya", "/gp/aw/ol",
    # The returns centre as each marketplace spells it in its own language.
    "/retours", "/resi", "/devoluciones", "/ruecksendungen", "/rucksendungen", "/returns-center",
)  # fmt: skip

#: Paths that show products or storefronts: cross-selling.
AMAZON_PRODUCT_MARKERS: tuple[str, ...] = (
    "/dp/", "/gp/product/", "/gp/aw/d/", "/stores/", "/shops/", "/gp/goldbox", "/deals",
    "/gp/bestsellers", "/hz/wishlist", "/gp/browse", "/b/", "/s/", "/shop/", "/l/",
)  # fmt: skip
_AMAZON_LOCALE_PREFIX = re.compile(r"^/-/[a-z]{2}(?:_[a-z]{2})?(?=/)")

# --- finding addresses ------------------------------------------------------------------------

_TLD_ALT = "|".join(sorted(TLDS, key=lambda t: (-len(t), t)))
_LABEL = r"[a-z0-9à-ÿ](?:[a-z0-9à-ÿ-]{0,61}[a-z0-9à-ÿ])?"
_STOP = "\\s<>\"'`，。、）」』】［］「『【（"
_URL = re.compile(r"(?:https?://|www\.)[^" + _STOP + "]+")
_DOMAIN = re.compile(
    r"(?<![a-z0-9à-ÿ@._-])((?:" + _LABEL + r"\.){1,6}(?:" + _TLD_ALT + r"))(?![a-z0-9à-ÿ-])"
    r"(?:[/?#][^" + _STOP + r"]*)?"
)
_EMAIL = re.compile(
    r"(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}(?![a-z0-9-])"
)
_TRAILING = ".,;:!?'\")]}»›…-–—*"
_WORDISH_TLDS = frozenset().union(*AMBIGUOUS_TLDS.values())


@dataclass(frozen=True, slots=True)
class Address:
    """An address found in the normalised text (``start``/``end`` index that text)."""

    start: int
    end: int
    kind: str  # "url", "domain" or "email"
    host: str
    path: str  # path and query, "" when there is none

    @property
    def bare(self) -> str:
        return self.host + self.path


def find_addresses(norm: Normalised) -> list[Address]:
    text = norm.text
    if "." not in text and "@" not in text:
        return []
    found: list[Address] = []
    taken: list[tuple[int, int]] = []
    for m in _EMAIL.finditer(text):
        host = m.group().rsplit("@", 1)[1]
        found.append(Address(m.start(), m.end(), "email", host, ""))
        taken.append(m.span())
    for m in _URL.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        raw = m.group().rstrip(_TRAILING)
        host, path = _split(raw)
        if "." not in host:
            continue
        found.append(Address(m.start(), m.start() + len(raw), "url", host, path))
        taken.append((m.start(), m.start() + len(raw)))
    for m in _DOMAIN.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        raw = m.group().rstrip(_TRAILING)
        host, path = _split(raw)
        if not _plausible_domain(norm, m.start(), host, path):
            continue
        found.append(Address(m.start(), m.start() + len(raw), "domain", host, path))
    found.sort(key=lambda a: a.start)
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _split(raw: str) -> tuple[str, str]:
    rest = re.sub(r"^https?://", "", raw)
    cut = len(rest)
    for sep in "/?#":
        i = rest.find(sep)
        if i != -1:
            cut = min(cut, i)
    host = rest[:cut].split("@")[-1].split(":")[0].strip(".")
    return host, rest[cut:]


def _plausible_domain(norm: Normalised, start: int, host: str, path: str) -> bool:
    labels = host.split(".")
    if all(label.isdigit() for label in labels[:-1]):
        return False  # "19.de", version numbers
    if len(labels) == 2 and not path and labels[1] in _WORDISH_TLDS:
        # "…the order.It arrived": a missing space after a full stop, not a domain.
        o_start, o_end = norm.span(start + len(labels[0]) + 1, start + len(host))
        tld_written = norm.original[o_start:o_end]
        if tld_written[:1].isupper() and not tld_written.isupper():
            return False
        if len(labels[0]) == 1:
            return False
    return True


# --- classification ---------------------------------------------------------------------------


def is_amazon(address: Address) -> bool:
    return bool(AMAZON_HOST.match(address.host))


def amazon_path_kind(address: Address) -> str:
    """``home``, ``order``, ``product``, ``short`` or ``other`` for an Amazon address."""
    if address.host in AMAZON_SHORT_HOSTS:
        return "short"
    path = _AMAZON_LOCALE_PREFIX.sub("", address.path)
    if path in ("", "/") or path.startswith(("/?", "/#")):
        return "home"
    for marker in AMAZON_PRODUCT_MARKERS:
        if marker in path or path.startswith(marker.rstrip("/") + "?"):
            return "product"
    if path.startswith("/s?") or path == "/s":
        return "product"
    for prefix in AMAZON_ORDER_PATHS:
        if path == prefix or path.startswith((prefix + "/", prefix + "?", prefix + "#")):
            return "order"
        if path.startswith(prefix) and not path[len(prefix) : len(prefix) + 1].isalnum():
            return "order"
    return "other"


def _strip(url: str) -> str:
    url = url.strip().lower()
    url = re.sub(r"^[a-z]+://", "", url)
    return url.removeprefix("www.")


def context_allows(address: Address, context: Context) -> bool:
    bare = _strip(address.bare)
    host = _strip(address.host)
    for prefix in context.allowed_url_prefixes:
        p = _strip(prefix)
        if p and (bare == p.rstrip("/") or bare.startswith(p)):
            return True
    for domain in context.allowed_domains:
        d = _strip(domain).rstrip("/")
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


_TOKEN = re.compile(r"[a-z0-9à-ÿ\u3040-\u30ff\u4e00-\u9fff]+")


def is_insert_target(address: Address) -> bool:
    """Whether the address reads as a registration, warranty, manual or support page.

    A short link (``/r/X7K2``) shows nothing of where it leads, so on its own it is not a
    target; on a host that is itself a support or registration host
    (``care.brand.example/r/X7K2``, ``warranty.brand.example/go/AB12``) the host says it.
    """
    path = address.path
    labels = address.host.split(".")
    if SHORT_LINK.match(path.split("?")[0]):
        return _reads_as_target(labels[:-2], "")
    return _reads_as_target(_TOKEN.findall(path) + labels[:-2], path.lower())


def _reads_as_target(words: list[str], lowered_path: str) -> bool:
    if any(word.startswith(SHOP_WORDS) for word in words) or "new-arrivals" in lowered_path:
        return False
    for word in words:
        if word.startswith(INSERT_TARGET_STEMS):
            return True
        if any(infix in word for infix in INSERT_TARGET_INFIXES):
            return True
    return False
