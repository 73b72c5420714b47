"""Demo helpdesk: channels per marketplace and own channel, an agent of each support group,
macro libraries, a discount code pool, and a few tickets per channel that arrive through the
real inbound pipeline (including Marie Dubois, who wrote on Amazon.fr and registered on the
site with the same order number). Safe to run again: Message-IDs make inbound idempotent."""

import os
from datetime import date, timedelta

from anymail.inbound import AnymailInboundMessage
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from catalog.models import SKU
from customers.models import ChannelIdentity, Customer
from funnel.models import DiscountCodePool
from funnel.services import discount_codes_add
from registration.models import Registration

from .models import Channel, ChannelSignature, GateDecision, Macro, MacroVariant, Ticket
from .roles import COMPLIANCE_REVIEWERS, SUPPORT_MARKETPLACE, SUPPORT_OWNED
from .services.claims import claim_open
from .services.inbound import inbound_receive
from .services.replies import reply_send

SENDER = "Nordvik Outdoor Care <care@nordvik.example>"
AGENTS = [
    ("amazon.agent", "Amira", "Haddad", SUPPORT_MARKETPLACE),
    ("store.agent", "Jonas", "Weber", SUPPORT_OWNED),
    ("compliance.officer", "Clara", "Hoffmann", COMPLIANCE_REVIEWERS),
]
#: A reply the gate holds for review on an Amazon ticket: the reviewers' queue is not empty.
HELD_REPLY = (
    "Hallo Herr Krüger, Ihre Stirnlampe ist heute mit DHL an Sie verschickt worden. Würden Sie "
    "uns nach dem ersten Einsatz eine Bewertung schreiben?"
)
CHANNELS = [
    # slug, kind, marketplace, name, extra
    ("amazon-de", "amazon", "amazon.de", "Amazon.de", {}),
    ("amazon-fr", "amazon", "amazon.fr", "Amazon.fr", {}),
    ("amazon-co-uk", "amazon", "amazon.co.uk", "Amazon.co.uk", {}),
    ("amazon-com", "amazon", "amazon.com", "Amazon.com", {}),
    (
        "shopify",
        "shopify",
        "",
        "Own store (Shopify)",
        {
            "inbound_address": "shop@nordvik.example",
            "business_hours_only": True,
            "response_target_minutes": 8 * 60,
        },
    ),
    (
        "site",
        "site",
        "",
        "Warranty claims",
        {"business_hours_only": True, "response_target_minutes": 8 * 60},
    ),
    (
        "email",
        "email",
        "",
        "E-mail",
        {
            "inbound_address": "care@nordvik.example",
            "business_hours_only": True,
            "response_target_minutes": 16 * 60,
        },
    ),
]
AMAZON_MACROS = [
    (
        "Tracking update",
        "Hello {first_name},\n\nthank you for your message about order {order_id}. Your "
        "{product} is on its way; the tracking number is {tracking_number}.\n\nKind regards",
    ),
    (
        "Return instructions",
        "Hello {first_name},\n\nwe are sorry the {product} did not work out. You can return it "
        "for a full refund through your Amazon orders page (order {order_id}). Once the return "
        "arrives, the refund is issued automatically.\n\nKind regards",
    ),
    (
        "Replacement on the way",
        "Hello {first_name},\n\nwe are sorry about the trouble with your {product}. We have "
        "sent a free replacement for order {order_id}; you do not need to return the faulty "
        "unit.\n\nKind regards",
    ),
]
OWNED_MACROS = [
    (
        "Thank you + 10% off your next order",
        "Hi {first_name},\n\nthanks for sticking with us! Here is 10% off your next order at "
        "{store_link} with the one-time code {discount_code}.\n\nHappy trails,\nNordvik",
        True,
    ),
    (
        "Join Nordvik Trail Club",
        "Hi {first_name},\n\nas a thank-you: our Trail Club gives members early access and "
        "free repairs. Join here: {loyalty_link}\n\nHappy trails,\nNordvik",
        False,
    ),
]


#: The demo's macros in the other languages (formal, as every shipped text): name → language →
#: text. Amazon ones pass the Amazon policy in each language, as the model requires.
MACRO_VARIANTS = {
    "Tracking update": {
        "de": "Guten Tag {first_name},\n\nvielen Dank für Ihre Nachricht zur Bestellung "
        "{order_id}. Ihr {product} ist unterwegs; die Sendungsnummer lautet "
        "{tracking_number}.\n\nMit freundlichen Grüßen",
        "fr": "Bonjour {first_name},\n\nmerci pour votre message concernant la commande "
        "{order_id}. Votre {product} est en route ; le numéro de suivi est "
        "{tracking_number}.\n\nCordialement",
        "es": "Hola, {first_name}:\n\ngracias por su mensaje sobre el pedido {order_id}. Su "
        "{product} está en camino; el número de seguimiento es {tracking_number}.\n\nUn "
        "cordial saludo",
        "it": "Gentile {first_name},\n\nla ringraziamo per il suo messaggio sull’ordine "
        "{order_id}. Il suo {product} è in viaggio; il numero di tracciamento è "
        "{tracking_number}.\n\nCordiali saluti",
        "zh-hans": "{first_name}，您好：\n\n感谢您就订单 {order_id} 联系我们。您的{product}"
        "已在运输途中，运单号为 {tracking_number}。\n\n此致敬礼",
    },
    "Return instructions": {
        "de": "Guten Tag {first_name},\n\nes tut uns leid, dass der {product} nicht gepasst "
        "hat. Sie können ihn über Ihre Amazon-Bestellübersicht (Bestellung {order_id}) gegen "
        "volle Erstattung zurückgeben. Sobald die Rücksendung eintrifft, wird der Betrag "
        "automatisch erstattet.\n\nMit freundlichen Grüßen",
        "fr": "Bonjour {first_name},\n\nnous sommes désolés que le {product} ne vous convienne "
        "pas. Vous pouvez le retourner pour un remboursement intégral depuis la page de vos "
        "commandes Amazon (commande {order_id}). Le remboursement est effectué "
        "automatiquement à réception du retour.\n\nCordialement",
        "es": "Hola, {first_name}:\n\nlamentamos que el {product} no le haya convencido. "
        "Puede devolverlo con reembolso completo desde la página de sus pedidos de Amazon "
        "(pedido {order_id}). El reembolso se realiza automáticamente cuando llega la "
        "devolución.\n\nUn cordial saludo",
        "it": "Gentile {first_name},\n\nci dispiace che il {product} non l’abbia soddisfatta. "
        "Può restituirlo con rimborso completo dalla pagina dei suoi ordini Amazon (ordine "
        "{order_id}). Il rimborso viene emesso automaticamente all’arrivo del reso.\n\n"
        "Cordiali saluti",
        "zh-hans": "{first_name}，您好：\n\n很抱歉{product}未能让您满意。您可以在亚马逊订单"
        "页面（订单 {order_id}）申请退货并获得全额退款。退货送达后，退款将自动发放。\n\n此致敬礼",
    },
    "Replacement on the way": {
        "de": "Guten Tag {first_name},\n\nes tut uns leid, dass es mit Ihrem {product} Probleme "
        "gibt. Wir haben für die Bestellung {order_id} kostenlos Ersatz verschickt; das "
        "defekte Gerät müssen Sie nicht zurücksenden.\n\nMit freundlichen Grüßen",
        "fr": "Bonjour {first_name},\n\nnous sommes désolés des soucis rencontrés avec votre "
        "{product}. Nous avons envoyé gratuitement un produit de remplacement pour la "
        "commande {order_id} ; vous n’avez pas besoin de renvoyer l’appareil défectueux."
        "\n\nCordialement",
        "es": "Hola, {first_name}:\n\nlamentamos los problemas con su {product}. Hemos enviado "
        "un repuesto gratuito para el pedido {order_id}; no necesita devolver la unidad "
        "defectuosa.\n\nUn cordial saludo",
        "it": "Gentile {first_name},\n\nci dispiace per i problemi con il suo {product}. "
        "Abbiamo spedito gratuitamente un prodotto sostitutivo per l’ordine {order_id}; non "
        "deve restituire l’unità difettosa.\n\nCordiali saluti",
        "zh-hans": "{first_name}，您好：\n\n很抱歉您的{product}出现了问题。我们已为订单 "
        "{order_id} 免费寄出替换品，故障产品无需退回。\n\n此致敬礼",
    },
    "Thank you + 10% off your next order": {
        "de": "Guten Tag {first_name},\n\nvielen Dank für Ihre Treue! Mit dem einmaligen Code "
        "{discount_code} erhalten Sie 10 % auf Ihre nächste Bestellung unter {store_link}."
        "\n\nHerzliche Grüße\nNordvik",
        "fr": "Bonjour {first_name},\n\nmerci pour votre fidélité ! Avec le code unique "
        "{discount_code}, vous bénéficiez de 10 % sur votre prochaine commande sur "
        "{store_link}.\n\nBien cordialement,\nNordvik",
    },
    "Join Nordvik Trail Club": {
        "de": "Guten Tag {first_name},\n\nals Dankeschön: Mitglieder unseres Trail Club "
        "erhalten frühen Zugang und kostenlose Reparaturen. Hier können Sie beitreten: "
        "{loyalty_link}\n\nHerzliche Grüße\nNordvik",
        "fr": "Bonjour {first_name},\n\npour vous remercier : les membres de notre Trail Club "
        "profitent d’un accès anticipé et de réparations gratuites. Pour nous rejoindre : "
        "{loyalty_link}\n\nBien cordialement,\nNordvik",
    },
}

#: Each channel signs in the language of the reply: an Amazon channel's own language by default,
#: the others where a customer writes in them.
SIGNATURES = {
    "en": "Nordvik Outdoor Customer Care",
    "de": "Ihr Kundenservice von Nordvik Outdoor",
    "fr": "Le service client Nordvik Outdoor",
    "es": "Atención al cliente de Nordvik Outdoor",
    "it": "Il servizio clienti Nordvik Outdoor",
    "zh-hans": "Nordvik Outdoor 客户服务",
}
CHANNEL_LANGUAGE = {"amazon-de": "de", "amazon-fr": "fr"}


def seed(command) -> None:
    channels = _channels()
    password = os.environ.get("DEMO_ADMIN_PASSWORD", "bridgecard-demo")
    for username, first, last, group in _agents(password):
        command.line(f"Helpdesk agent ({group}): {username} / {password}  ({first} {last})")
    pool = _pool()
    _macros(channels, pool)
    marie_registration = _marie_registration()
    tickets = _tickets(channels)
    _claim(marie_registration)
    _held_reply(channels)
    command.line(
        f"Helpdesk: {len(channels)} channels, {Ticket.objects.count()} tickets "
        f"({len({t.pk for t in tickets})} from demo mail), {Macro.objects.count()} macros, "
        f"{pool.available} discount codes left"
    )


def _channels() -> dict[str, Channel]:
    channels = {}
    for slug, kind, marketplace, name, extra in CHANNELS:
        channel = Channel.objects.filter(slug=slug).first() or (
            Channel.objects.filter(kind=kind, marketplace=marketplace).first()
            if kind == "amazon"
            else None
        )
        if channel is None:
            channel = Channel.objects.create(
                slug=slug,
                kind=kind,
                marketplace=marketplace,
                name=name,
                sender_address=SENDER,
                signature=SIGNATURES[CHANNEL_LANGUAGE.get(slug, "en")],
                store_url="" if kind == "amazon" else "https://shop.nordvik.example",
                loyalty_url="" if kind == "amazon" else "https://shop.nordvik.example/trail-club",
                holidays="2026-12-25\n2026-12-26\n2027-01-01",
                **extra,
            )
        for language, text in SIGNATURES.items():
            if language != CHANNEL_LANGUAGE.get(slug, "en"):
                ChannelSignature.objects.get_or_create(
                    channel=channel, language=language, defaults={"text": text}
                )
        channels[slug] = channel
    return channels


def _agents(password: str):
    User = get_user_model()
    for username, first, last, group_name in AGENTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username,
                email=f"{username}@nordvik.example",
                password=password,
                first_name=first,
                last_name=last,
                is_staff=False,
            )
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            user.groups.add(group)
        if group_name == SUPPORT_OWNED:
            # The demo's own-store agent may also refund, replace and cancel in the demo store
            # (granted per person: no group has it by default).
            user.user_permissions.add(
                *Permission.objects.filter(
                    codename="store_actions", content_type__app_label="helpdesk"
                )
            )
        yield username, first, last, group_name


def _pool() -> DiscountCodePool:
    # With the store connected (the demo's stand-in store, or a real one) each code is made in
    # Shopify as the macro hands it out; the pasted bulk codes are the fallback.
    pool, _ = DiscountCodePool.objects.get_or_create(
        name="Welcome back 10%",
        defaults={
            "description": "10% off, one use; made in the store, else Shopify bulk codes",
            "store_value_type": DiscountCodePool.StoreValue.PERCENTAGE,
            "store_value": 10,
            "store_valid_days": 30,
            "store_limit_to_customer": True,
        },
    )
    discount_codes_add(pool=pool, codes=[f"NVK10-{n:04d}" for n in range(1, 21)])
    return pool


def _macros(channels, pool) -> None:
    for name, body in AMAZON_MACROS:
        if not Macro.objects.filter(name=name).exists():
            Macro.objects.create(name=name, library="amazon_message", body=body, language="en")
    for name, body, uses_code in OWNED_MACROS:
        if not Macro.objects.filter(name=name).exists():
            Macro.objects.create(
                name=name,
                library="owned_message",
                body=body,
                language="en",
                discount_pool=pool if uses_code else None,
            )
    for name, texts in MACRO_VARIANTS.items():
        macro = Macro.objects.filter(name=name).first()
        for language, body in texts.items() if macro else ():
            if not macro.variants.filter(language=language).exists():
                MacroVariant(macro=macro, language=language, body=body).save()


def _marie_registration() -> Registration | None:
    """Marie Dubois bought on Amazon.fr and registered her headlamp on the site with the same
    order number: the evidence that links her Amazon identity to her own."""
    existing = Registration.objects.filter(amazon_order_id="405-3817264-5538102").first()
    if existing is not None:
        return existing
    customer = Customer.objects.filter(email="marie.dubois@example.fr").first()
    sku = SKU.objects.filter(code="NV-HL400-BLK").select_related("product").first()
    if customer is None or sku is None:
        return None
    identity = ChannelIdentity.objects.filter(customer=customer, channel="site").first()
    if identity is None:
        return None
    bought = date.today() - timedelta(days=21)
    months = sku.product.warranty_months + sku.product.registration_bonus_months
    return Registration.objects.create(
        customer=customer,
        identity=identity,
        product=sku.product,
        sku=sku,
        serial="HL4-204518",
        purchase_channel="amazon",
        marketplace="amazon.fr",
        amazon_order_id="405-3817264-5538102",
        purchase_date=bought,
        warranty_starts_on=bought,
        warranty_ends_on=bought + timedelta(days=round(months * 30.44)),
        country="FR",
        locale="fr",
    )


def _mail(*, message_id, sender, to, subject, text, html=None, hours_ago=0.0, extra=()):
    message = AnymailInboundMessage.construct(
        from_email=sender,
        to=to,
        subject=subject,
        text=text,
        html=html,
        headers=[("Message-ID", f"<{message_id}>"), *extra],
    )
    return message, timezone.now() - timedelta(hours=hours_ago)


DEMO_MAIL = [
    {
        "message_id": "demo-fr-1@marketplace.amazon.fr",
        "sender": '"Marie Dubois - Amazon Marketplace" <x81kq0pz3d7v2m9@marketplace.amazon.fr>',
        "to": "care@nordvik.example",
        "subject": "Demande de renseignements de la part du client Amazon Marie Dubois "
        "(Commande : 405-3817264-5538102)",
        "text": "------------- Message : -------------\n\nBonjour,\n\nma lampe frontale Trail "
        "Headlamp 400 ne tient plus la charge après trois semaines. Que puis-je faire ?\n\n"
        "Merci,\nMarie\n\n------------- Fin du message -------------",
        "hours_ago": 5,
    },
    {
        "message_id": "demo-de-1@marketplace.amazon.de",
        "sender": '"Thomas Krüger - Amazon Marketplace" <7q2mx9z1k4tbd3c@marketplace.amazon.de>',
        "to": "care@nordvik.example",
        "subject": "Anfrage von Amazon-Kunde Thomas Krüger (Bestellung: 302-1234567-1234567)",
        "text": "Hallo,\n\nmein Kocher ist seit einer Woche unterwegs. Wo ist mein Paket?\n\n"
        "Viele Grüße\nThomas Krüger",
        "hours_ago": 30,
    },
    {
        "message_id": "demo-uk-1@marketplace.amazon.co.uk",
        "sender": '"Oliver Smith - Amazon Marketplace" <k3j9d8w2q1x7p0m@marketplace.amazon.co.uk>',
        "to": "care@nordvik.example",
        "subject": "Inquiry from Amazon customer Oliver Smith (Order: 026-5512398-7741205)",
        "text": "Hi, which gas canisters fit the Compact Camp Stove? Thanks, Oliver",
        "hours_ago": 20,
    },
    {
        "message_id": "demo-uk-2@marketplace.amazon.co.uk",
        "sender": '"Oliver Smith - Amazon Marketplace" <k3j9d8w2q1x7p0m@marketplace.amazon.co.uk>',
        "to": "care@nordvik.example",
        "subject": "Automatic reply: Your Amazon.co.uk order 026-5512398-7741205",
        "text": "I am away until Monday.",
        "hours_ago": 19,
        "extra": [("Auto-Submitted", "auto-replied")],
    },
    {
        "message_id": "demo-shop-1@mail.example.co.uk",
        "sender": '"James Carter" <james.carter@example.co.uk>',
        "to": "shop@nordvik.example",
        "subject": "Lid of my bottle leaks (order #1042)",
        "text": "Hello Nordvik,\n\nthe lid of my Sage bottle leaks a little. Photo attached. "
        "Can you help?\n\nJames",
        "html": "<p>Hello Nordvik,</p><p>the lid of my <b>Sage</b> bottle leaks a little. "
        '<img src="https://tracker.example/pixel.gif"> Can you help?</p>'
        "<script>alert(1)</script><p>James</p>",
        "hours_ago": 3,
    },
    {
        "message_id": "demo-mail-1@mail.example.it",
        "sender": '"Luca Rossi" <luca.rossi@example.it>',
        "to": "care@nordvik.example",
        "subject": "Ricambi per i bastoncini",
        "text": "Buongiorno, vendete puntali di ricambio per gli Ultralight Trekking Poles?\n\n"
        "Grazie, Luca\n\nIl giorno lun 2 nov 2026 alle 10:12 Nordvik <care@nordvik.example> "
        "ha scritto:\n> Gentile Luca,\n> grazie per il suo acquisto.\n",
        "hours_ago": 26,
    },
]


DEMO_MAIL += [
    {
        "message_id": "demo-com-1@marketplace.amazon.com",
        "sender": '"Emily Johnson - Amazon Marketplace" <r5t7y9u1i3o5p7a@marketplace.amazon.com>',
        "to": "care@nordvik.example",
        "subject": "Inquiry from Amazon customer Emily Johnson (Order: 113-4419087-2250613)",
        "text": "Hi, the left pole does not lock anymore. Can I get a replacement section?",
        "hours_ago": 2,
    },
    {
        "message_id": "demo-shop-2@mail.example.de",
        "sender": '"Anna Becker" <anna.becker@example.de>',
        "to": "shop@nordvik.example",
        "subject": "Rechnung für Bestellung #1057",
        "text": "Hallo, könnten Sie mir die Rechnung mit meiner Firmenadresse schicken?\n\n"
        "Danke, Anna",
        "hours_ago": 40,
    },
    {
        "message_id": "demo-mail-2@mail.example.es",
        "sender": '"Sofía García" <sofia.garcia@example.es>',
        "to": "care@nordvik.example",
        "subject": "¿El saco de dormir se puede lavar a máquina?",
        "text": "Hola, ¿puedo lavar el Down Sleeping Bag −5 °C en la lavadora? Gracias.",
        "hours_ago": 1,
    },
]


def _tickets(channels) -> list[Ticket]:
    tickets = []
    for spec in DEMO_MAIL:
        spec = dict(spec)
        extra = spec.pop("extra", ())
        message, at = _mail(**spec, extra=extra)
        stored, _ = inbound_receive(message=message, provider="demo", received_at=at)
        tickets.append(stored.ticket)
    return tickets


def _held_reply(channels) -> None:
    """Amira's reply on an Amazon.de ticket asks for a review: held for the compliance officer."""
    if GateDecision.objects.filter(outcome=GateDecision.Outcome.REVIEW).exists():
        return
    ticket = Ticket.objects.filter(channel=channels["amazon-de"]).order_by("pk").first()
    author = get_user_model().objects.filter(username="amazon.agent").first()
    if ticket is None or not ticket.reply_to:
        return
    reply_send(ticket=ticket, body=HELD_REPLY, author=author)


def _claim(registration) -> None:
    if registration is None or registration.tickets.filter(channel__kind="site").exists():
        return
    claim_open(
        registration=registration,
        description="La lampe ne s'allume plus du tout depuis hier, même après une nuit en "
        "charge. Numéro de série HL4-204518.",
        locale="fr",
        acknowledge=False,
    )
