"""Message-IDs on the sender's own domain, for every mail the project builds.

Django names the machine it runs on in a Message-ID it makes up (``<…@localhost>`` in most
containers), which tells recipients nothing and counts against the mail with spam filters. The
registration mails, the funnel's deliveries and tests, and the helpdesk's replies set their
own, on the domain of the address they are sent from.
"""

from email.utils import make_msgid, parseaddr

from django.conf import settings


def sender_domain(sender: str) -> str:
    """The domain of *sender* (``"Brand <care@brand.example>"`` → ``brand.example``), in its
    ASCII form; the domain of ``DEFAULT_FROM_EMAIL`` when *sender* has none."""
    for address in (sender, settings.DEFAULT_FROM_EMAIL):
        domain = parseaddr(address or "")[1].rpartition("@")[2].strip().lower()
        if domain:
            try:
                return domain.encode("idna").decode("ascii")
            except UnicodeError:
                continue
    return "localhost"


def message_id(sender: str, *, unique: str = "") -> str:
    """A Message-ID header value on *sender*'s domain. With *unique* (e.g. a delivery's public
    id) it is the same every time, so a message sent twice is recognisably the same one."""
    domain = sender_domain(sender)
    return f"<{unique}@{domain}>" if unique else make_msgid(domain=domain)
