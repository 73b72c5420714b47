"""Cost of the helpdesk's two hot paths beside a plain stored row, in the same run.

* inbound: ``helpdesk.services.inbound.inbound_receive`` on realistic mails (Amazon relay and
  own-store HTML with a quoted history; parse, sanitise with nh3, fold quotes, find the customer,
  thread, start the clock, keep the raw file) against the baseline of inserting one bare
  ``Message`` row with the same text into an existing ticket.
* the send gate: ``helpdesk.services.replies.reply_send`` (compose, lint with
  ``amazon_message``, store the decision and the reply, stop the clock) against the baseline
  ``helpdesk.services.tickets.note_add`` (one stored message, no linter), alternating allowed
  and blocked replies.
* redelivery: a webhook delivered again (the idempotency check alone).

Runs on a throwaway SQLite database (``python bench/helpdesk_bench.py [ROUNDS]``, default 7);
figures are medians over interleaved rounds of wall time per operation, ratios are medians of
per-round ratios. Last line: ``RESULT inbound_ms=… inbound_baseline_ms=… inbound_ratio=…
gate_ms=… gate_baseline_ms=… gate_ratio=… redelivery_ms=…``
"""

import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_tmp = tempfile.mkdtemp(prefix="helpdesk-bench-")
os.environ["BRIDGECARD_VAR_DIR"] = _tmp
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DATABASE_URL"] = f"sqlite:///{_tmp}/bench.sqlite3"
os.environ["LOG_LEVEL"] = "WARNING"

import django

django.setup()

from anymail.inbound import AnymailInboundMessage
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from helpdesk.models import Channel, Message, Ticket
from helpdesk.services.inbound import inbound_receive
from helpdesk.services.replies import reply_send
from helpdesk.services.tickets import note_add

N = 40
QUOTED = "\n".join(f"> earlier line {i} of the history" for i in range(30))
HTML = (
    "<div><p>Hello,</p><p>the lid of my <b>bottle</b> leaks.</p><script>x()</script>"
    '<img src="https://t.example/p.gif"></div><div class="gmail_quote"><blockquote>'
    + "<p>older message</p>" * 30
    + "</blockquote></div>"
)


def mail(i: int, amazon: bool) -> AnymailInboundMessage:
    if amazon:
        sender = f"Buyer {i} - Amazon Marketplace <buyer{i}x{uuid.uuid4().hex[:6]}@marketplace.amazon.de>"
        subject = f"Anfrage (Bestellung: 302-{i:07d}-1234567)"
        text = (
            "------------- Nachricht: -------------\nWo ist mein Paket?\n---------- Ende ----------"
        )
        html = None
    else:
        sender = f"Customer {i} <c{i}-{uuid.uuid4().hex[:6]}@example.org>"
        subject = "Lid leaks"
        text = f"Hello, the lid leaks.\n\nOn Mon, Nordvik wrote:\n{QUOTED}\n"
        html = HTML
    return AnymailInboundMessage.construct(
        from_email=sender,
        to="care@nordvik.example",
        subject=subject,
        text=text,
        html=html,
        headers=[("Message-ID", f"<{uuid.uuid4().hex}@bench>")],
    )


def timed(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - start) / len(items) * 1000


def main(rounds: int) -> None:
    call_command("migrate", verbosity=0)
    settings.HELPDESK_AMAZON_SENDER = "Brand <seller@brand.example>"
    Channel.objects.create(kind="amazon", marketplace="amazon.de", name="DE", slug="amazon-de")
    Channel.objects.create(kind="email", name="Mail", slug="email")
    agent = get_user_model().objects.create_user("bench")
    seed, _ = inbound_receive(message=mail(0, True), provider="bench")
    ticket = seed.ticket

    def baseline_insert(i):
        Message.objects.create(
            ticket=ticket,
            direction="inbound",
            message_id=f"{uuid.uuid4().hex}@base",
            body_text="Hello, the lid leaks.",
            visible_text="Hello, the lid leaks.",
        )

    replies = [
        "Your parcel is with DHL, tracking 00340434161234567890.",
        "Use code SAVE10 on our website for 10% off",
    ]
    inbound_ms, base_ms, inbound_ratio = [], [], []
    gate_ms, note_ms, gate_ratio, redelivery_ms = [], [], [], []
    for r in range(rounds):
        mails = [mail(i + r * N, amazon=i % 2 == 0) for i in range(N)]
        a = timed(lambda m: inbound_receive(message=m, provider="bench"), mails)
        b = timed(baseline_insert, range(N))
        c = timed(lambda m: inbound_receive(message=m, provider="bench"), mails)
        inbound_ms.append(a)
        base_ms.append(b)
        inbound_ratio.append(a / b)
        redelivery_ms.append(c)
        amazon_tickets = list(Ticket.objects.filter(channel__kind="amazon")[:N])
        g = timed(
            lambda t: reply_send(ticket=t, body=replies[t.pk % 2], author=agent),
            amazon_tickets,
        )
        n = timed(
            lambda t: note_add(ticket=t, body=replies[t.pk % 2], author=agent),
            amazon_tickets,
        )
        gate_ms.append(g)
        note_ms.append(n)
        gate_ratio.append(g / n)

    med = statistics.median
    print(f"inbound_receive      {med(inbound_ms):7.2f} ms/mail")
    print(f"baseline row insert  {med(base_ms):7.2f} ms/mail   ratio {med(inbound_ratio):.1f}x")
    print(f"redelivered webhook  {med(redelivery_ms):7.2f} ms/mail")
    print(f"reply_send (gate)    {med(gate_ms):7.2f} ms/reply")
    print(f"note_add baseline    {med(note_ms):7.2f} ms/reply  ratio {med(gate_ratio):.1f}x")
    print(
        f"RESULT inbound_ms={med(inbound_ms):.2f} inbound_baseline_ms={med(base_ms):.2f} "
        f"inbound_ratio={med(inbound_ratio):.1f} gate_ms={med(gate_ms):.2f} "
        f"gate_baseline_ms={med(note_ms):.2f} gate_ratio={med(gate_ratio):.1f} "
        f"redelivery_ms={med(redelivery_ms):.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
