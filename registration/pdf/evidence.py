"""The consent-evidence report for a brand's legal team: every ledger row of one customer with
the exact wording, version, time, source and hashed network address, as a printable PDF.

Built with reportlab's platypus (paragraph wrapping, page breaks) in the embedded fonts; each
paragraph picks the CJK face when its text needs it.
"""

from __future__ import annotations

import hashlib
import io
import json
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import fonts


def _style(name: str, size: float, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=fonts.SANS_BOLD if bold else fonts.SANS, fontSize=size, leading=size * 1.3
    )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    if fonts.needs_cjk(text):
        style = ParagraphStyle(
            f"{style.name}-cjk", parent=style, fontName=fonts.CJK, wordWrap="CJK"
        )
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render(*, customer, records, generated_by: str) -> bytes:
    """*records*: the customer's ``ConsentRecord`` rows, oldest first."""
    fonts.register()
    title, body, small = _style("t", 16, True), _style("b", 9.5), _style("s", 8)
    label = _style("l", 8.5, True)
    rows = list(records)
    digest = hashlib.sha256(
        json.dumps(
            [
                [r.pk, r.created_at.isoformat(), r.purpose, r.action, r.text_version, r.text,
                 r.locale, r.source, r.page_url, r.short_code, r.insert_ref, r.ip_hash]
                for r in rows
            ],
            ensure_ascii=False,
        ).encode()
    ).hexdigest()  # fmt: skip
    who = customer.email or f"{customer.public_id} (erased)"
    story = [
        _para("Consent evidence", title),
        Spacer(1, 3 * mm),
        _para(
            f"Customer: {who} · id {customer.public_id}\n"
            f"Generated {timezone.now():%Y-%m-%d %H:%M:%S %Z} by {generated_by} "
            f"from {settings.SITE_URL}\n"
            f"Ledger rows: {len(rows)} · SHA-256 of their contents: {digest}\n"
            "Network addresses are kept only as keyed hashes (HMAC-SHA256 with IP_HASH_SECRET); "
            "the brand can show that a given address produced a row, nobody can recover it.",
            small,
        ),
        Spacer(1, 5 * mm),
    ]
    for record in rows:
        cells = [
            ("Row", f"#{record.pk} · {record.created_at:%Y-%m-%d %H:%M:%S %Z}"),
            ("Purpose", f"{record.get_purpose_display()} ({record.purpose})"),
            ("Action", f"{record.get_action_display()} ({record.action})"),
            ("Source", f"{record.get_source_display()} ({record.source})"),
            ("Wording version", record.text_version or "–"),
            ("Exact wording shown", record.text or "–"),
            ("Language", record.locale or "–"),
            ("Page", record.page_url or "–"),
            ("Short code / insert", " / ".join(x for x in (record.short_code, record.insert_ref) if x) or "–"),
            ("Network address hash", record.ip_hash or "–"),
            ("Recorded by", record.actor or "–"),
        ]  # fmt: skip
        if record.erased_at:
            cells.append(("Anonymised", f"{record.erased_at:%Y-%m-%d %H:%M:%S %Z}"))
        table = Table(
            [[_para(k, label), _para(v, body)] for k, v in cells],
            colWidths=[42 * mm, 124 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ]
            )
        )
        story += [table, Spacer(1, 4 * mm)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=f"Consent evidence {customer.public_id}",
        author=settings.WAGTAIL_SITE_NAME,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        invariant=1,
        initialFontName=fonts.SANS,
    )
    document.build(story)
    return buffer.getvalue()
