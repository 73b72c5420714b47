"""Reading inbound mail: sanitising HTML, folding quoted history, spotting auto-replies, Amazon
relay addresses and order numbers. Pure functions, no database.

HTML goes through ``nh3`` (the Ammonia sanitiser), never through regular expressions; quoted
history is found by ``quotequail``, which knows the reply headers of many mail clients and
languages ("On … wrote:", "Am … schrieb", "Le … a écrit").
"""

import html
import re
from email.utils import getaddresses

import nh3
import quotequail

from customers.models import is_amazon_relay

from .models.tickets import AMAZON_ORDER_RE

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "font", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "blockquote": {"type"},
}

AUTO_SUBJECT_RE = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|out of (the )?office|abwesenheitsnotiz|"
    r"automatische antwort|réponse automatique|absence du bureau|respuesta automática|"
    r"fuera de la oficina|risposta automatica|fuori sede|自动回复)",
    re.IGNORECASE,
)


def sanitise_html(value: str) -> str:
    """Safe HTML to show an agent: no scripts, styles, event handlers or forms; links open
    without referrer; remote images dropped (they are tracking pixels as often as not) while
    inline ``cid:`` images stay, for the ticket view to point at the stored attachment."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src" and not value.lower().startswith("cid:"):
            return None
        return value

    return nh3.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "cid"},
        link_rel="noopener noreferrer nofollow",
        attribute_filter=keep,
        strip_comments=True,
    )


AMAZON_MARKER_RE = re.compile(r"^\s*-{5,}\s*[^\n-]{1,40}?\s*-{5,}\s*$", re.MULTILINE)


def amazon_message_part(text: str) -> str:
    """The buyer's words from an Amazon relay mail, without the "------------- Message:
    -------------" / "------------- End message -------------" frame Amazon puts around them
    (in the marketplace's language) and the order summary below it."""
    markers = list(AMAZON_MARKER_RE.finditer(text or ""))
    if len(markers) >= 2:
        inner = text[markers[0].end() : markers[1].start()].strip()
        if inner:
            return inner
    return text


def html_to_text(value: str) -> str:
    """Plain text of an HTML body (for mail that came without a text part)."""
    with_breaks = re.sub(r"(?i)<\s*(br|/p|/div|/li|/tr|/h\d)\s*/?>", "\n", value or "")
    stripped = nh3.clean(with_breaks, tags=set(), strip_comments=True)
    lines = [line.strip() for line in html.unescape(stripped).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def fold_text(text: str) -> tuple[str, str]:
    """``(new text, quoted history)`` of a plain-text body."""
    if not text:
        return "", ""
    chunks = quotequail.quote(text)
    visible = "".join(chunk for shown, chunk in chunks if shown).rstrip()
    quoted = "".join(chunk for shown, chunk in chunks if not shown).strip()
    if not quoted:
        # quotequail does not know every language's reply header ("ha scritto:"); a trailing
        # run of ">" lines is quoted history in any language.
        lines = visible.split("\n")
        start = len(lines)
        while start > 0 and (lines[start - 1].startswith(">") or not lines[start - 1].strip()):
            start -= 1
        if any(line.startswith(">") for line in lines[start:]):
            visible = "\n".join(lines[:start]).rstrip()
            quoted = "\n".join(lines[start:]).strip()
    return visible, quoted


def fold_html(value: str) -> tuple[str, str]:
    """``(new part, quoted history)`` of an HTML body (already sanitised)."""
    if not value:
        return "", ""
    chunks = quotequail.quote_html(value)
    visible = "".join(chunk for shown, chunk in chunks if shown)
    quoted = "".join(chunk for shown, chunk in chunks if not shown)
    if not quoted:
        # Gmail and Outlook wrap history in a marked container quotequail may not split on.
        match = re.search(
            r'<div[^>]*class="[^"]*(gmail_quote|OutlookMessageHeader)[^"]*"|'
            r'<blockquote[^>]*type="cite"',
            visible,
        )
        if match:
            visible, quoted = visible[: match.start()], visible[match.start() :]
    return visible, quoted


def is_auto_reply(headers, subject: str) -> bool:
    """RFC 3834 ``Auto-Submitted`` and the headers Exchange, Gmail and list software set."""
    auto_submitted = (headers.get("Auto-Submitted") or "no").strip().lower()
    if auto_submitted != "no":
        return True
    if headers.get("X-Autoreply") or headers.get("X-Autorespond"):
        return True
    if (headers.get("X-Auto-Response-Suppress") or "").strip().lower() in {"all", "oof"}:
        return True
    if (headers.get("Precedence") or "").strip().lower() in {"auto_reply", "bulk", "junk"}:
        return True
    return bool(AUTO_SUBJECT_RE.search(subject or ""))


def amazon_marketplace(address: str) -> str:
    """``amazon.de`` for ``…@marketplace.amazon.de`` (empty when not a relay address)."""
    if not is_amazon_relay(address):
        return ""
    domain = address.strip().lower().rsplit("@", 1)[1]
    return domain.removeprefix("marketplace.")


def order_id_in(*texts: str) -> str:
    """The first Amazon order number in the texts, in order (subject first)."""
    for text in texts:
        match = AMAZON_ORDER_RE.search(text or "")
        if match:
            return match.group(1)
    return ""


def clean_message_id(value: str | None) -> str:
    value = (value or "").strip()
    match = re.search(r"<([^<>\s]+)>", value)
    return (match.group(1) if match else value.strip("<> "))[:255]


def message_ids(value: str | None) -> list[str]:
    """Every Message-ID in a References / In-Reply-To header, oldest first."""
    return [m[:255] for m in re.findall(r"<([^<>\s]+)>", value or "")]


def address_list(value) -> str:
    return ", ".join(addr for _name, addr in getaddresses([str(value or "")]) if addr)


def display_name_parts(name: str) -> tuple[str, str]:
    """First and last name from a display name ("Hans Mueller", or "Mueller, Hans" as many
    address books write it); Amazon appends " - Amazon Marketplace"."""
    name = re.sub(r"\s*-\s*Amazon(\s+Marketplace)?\s*$", "", name or "", flags=re.IGNORECASE)
    name = name.strip().strip('"').strip()
    if not name or "@" in name:
        return "", ""
    if name.count(",") == 1:
        last, _, first = name.partition(",")
        return first.strip()[:150], last.strip()[:150]
    first, _, last = name.partition(" ")
    return first[:150], last[:150]
