"""Demo funnel: a three-step welcome sequence (commercial, six languages), a transactional care
sequence after registration, a discount code pool, and the demo's marketable customers enrolled."""

import uuid
from datetime import time

from catalog.models import Brand, Product
from customers.selectors import marketable_identities

from .models import DiscountCodePool, Enrolment, MailType, Sequence, SequenceStep
from .services import discount_codes_add, enrolments_start_for_consent

LANGS = ("en", "de", "fr", "es", "it", "zh-hans")

# step → language → (subject, preheader, [paragraphs])
WELCOME = {
    "welcome": {
        "en": (
            'Welcome to Nordvik Outdoor, {{ first_name|default:"friend" }}',
            "Thanks for confirming. Here is what to expect from us.",
            [
                'Hi {{ first_name|default:"there" }},',
                'thank you for registering your {{ product_name|default:"gear" }} and for '
                "letting us stay in touch. We write a few times a month at most: care tips, "
                "trail ideas and a first look at new gear.",
            ],
            "Visit our store",
        ),
        "de": (
            "Willkommen bei Nordvik Outdoor",
            "Danke für Ihre Bestätigung. Das erwartet Sie bei uns.",
            [
                'Guten Tag {{ first_name|default:"und herzlich willkommen" }},',
                'vielen Dank, dass Sie Ihr {{ product_name|default:"Produkt" }} registriert haben '
                "und von uns hören möchten. Wir schreiben höchstens ein paar Mal im Monat: "
                "Pflegetipps, Tourenideen und neue Ausrüstung, bevor sie im Laden ist.",
            ],
            "Zum Shop",
        ),
        "fr": (
            "Bienvenue chez Nordvik Outdoor",
            "Merci pour votre confirmation. Voici ce qui vous attend.",
            [
                'Bonjour {{ first_name|default:"et bienvenue" }},',
                'merci d’avoir enregistré votre {{ product_name|default:"produit" }} et de '
                "vouloir garder le contact. Nous écrivons au plus quelques fois par mois : "
                "conseils d’entretien, idées de randonnée et avant-premières de nos nouveautés.",
            ],
            "Découvrir la boutique",
        ),
        "es": (
            "Le damos la bienvenida a Nordvik Outdoor",
            "Gracias por confirmar. Esto es lo que le espera.",
            [
                'Hola, {{ first_name|default:"amante del aire libre" }}:',
                'gracias por registrar su {{ product_name|default:"producto" }} y por querer '
                "saber de nosotros. Escribimos como mucho unas pocas veces al mes: consejos de "
                "cuidado, ideas de rutas y novedades antes que nadie.",
            ],
            "Visitar la tienda",
        ),
        "it": (
            "Benvenuti in Nordvik Outdoor",
            "Grazie per la conferma. Ecco cosa la aspetta.",
            [
                'Gentile {{ first_name|default:"cliente" }},',
                'grazie per aver registrato il suo {{ product_name|default:"prodotto" }} e '
                "per voler restare in contatto. Scriviamo al massimo qualche volta al mese: "
                "consigli di manutenzione, idee per le escursioni e novità in anteprima.",
            ],
            "Visitare il negozio",
        ),
        "zh-hans": (
            "欢迎加入 Nordvik Outdoor",
            "感谢您的确认，以下是我们今后会发给您的内容。",
            [
                '亲爱的{{ first_name|default:"户外爱好者" }}：',
                '感谢您注册{{ product_name|default:"产品" }}并愿意与我们保持联系。我们每月最多'
                "来信几次：保养建议、徒步路线灵感，以及新品抢先看。",
            ],
            "访问商店",
        ),
    },
    "care": {
        "en": (
            'Three minutes that add years to your {{ product_name|default:"gear" }}',
            "Care tips from our workshop.",
            [
                "Gear lasts longest when it is dried before it is stored, kept out of the sun "
                "and checked before a big trip. The manual has the details for your model.",
            ],
            "Read the manual",
        ),
        "de": (
            'Drei Minuten, die Ihrem {{ product_name|default:"Produkt" }} Jahre schenken',
            "Pflegetipps aus unserer Werkstatt.",
            [
                "Ausrüstung hält am längsten, wenn sie vor dem Einlagern trocknet, nicht in der "
                "Sonne liegt und vor einer großen Tour kurz geprüft wird. Die Einzelheiten für "
                "Ihr Modell stehen in der Anleitung.",
            ],
            "Zur Anleitung",
        ),
        "fr": (
            'Trois minutes pour faire durer votre {{ product_name|default:"équipement" }}',
            "Les conseils d’entretien de notre atelier.",
            [
                "Un équipement dure plus longtemps s’il est séché avant d’être rangé, tenu à "
                "l’abri du soleil et vérifié avant une grande sortie. Le mode d’emploi donne "
                "les détails pour votre modèle.",
            ],
            "Lire le mode d’emploi",
        ),
        "es": (
            'Tres minutos que alargan la vida de su {{ product_name|default:"equipo" }}',
            "Consejos de cuidado de nuestro taller.",
            [
                "El equipo dura más si se seca antes de guardarlo, se protege del sol y se "
                "revisa antes de una salida larga. En el manual encontrará los detalles de su "
                "modelo.",
            ],
            "Leer el manual",
        ),
        "it": (
            'Tre minuti che allungano la vita del suo {{ product_name|default:"prodotto" }}',
            "I consigli di manutenzione del nostro laboratorio.",
            [
                "L’attrezzatura dura di più se viene asciugata prima di riporla, tenuta lontana "
                "dal sole e controllata prima di un’uscita impegnativa. Nel manuale trova i "
                "dettagli per il suo modello.",
            ],
            "Leggere il manuale",
        ),
        "zh-hans": (
            '三分钟，让您的{{ product_name|default:"装备" }}多用几年',
            "来自我们工坊的保养建议。",
            [
                "装备在收纳前晾干、避免长时间暴晒、出发远行前检查一遍，就能用得更久。"
                "您这款产品的详细说明请见使用手册。",
            ],
            "阅读使用手册",
        ),
    },
    "gift": {
        "en": (
            "A thank-you for joining us",
            "10 % off your next order in our own store.",
            ["As promised, a small thank-you for registering: 10 % off your next order."],
            "Your code:",
        ),
        "de": (
            "Ein Dankeschön für Sie",
            "10 % auf Ihre nächste Bestellung in unserem Shop.",
            [
                "Wie versprochen ein kleines Dankeschön fürs Registrieren: 10 % auf Ihre nächste Bestellung."
            ],
            "Ihr Code:",
        ),
        "fr": (
            "Un petit merci de notre part",
            "10 % sur votre prochaine commande dans notre boutique.",
            [
                "Comme promis, un petit merci pour votre enregistrement : 10 % sur votre prochaine commande."
            ],
            "Votre code :",
        ),
        "es": (
            "Un detalle para darle las gracias",
            "Un 10 % en su próximo pedido en nuestra tienda.",
            [
                "Como le prometimos, un detalle por registrarse: un 10 % de descuento en su próximo pedido."
            ],
            "Su código:",
        ),
        "it": (
            "Un piccolo grazie da parte nostra",
            "Il 10 % sul suo prossimo ordine nel nostro negozio.",
            [
                "Come promesso, un piccolo grazie per la registrazione: il 10 % sul suo prossimo ordine."
            ],
            "Il suo codice:",
        ),
        "zh-hans": (
            "送您一份感谢礼",
            "在我们的官方商店下次购物可享 9 折。",
            ["如约送上一份注册感谢礼：下次在官方商店购物可享 9 折优惠。"],
            "您的优惠码：",
        ),
    },
}

CARE = {
    "start": {
        "en": ("Getting started with your {{ product_name|default:\"product\" }}", "Your warranty is active.",
               ["Your registration is complete and your warranty runs until {{ warranty_ends_on }}. "
                "The quick-start steps and safety notes are in the manual."], "Open the manual"),
        "de": ("Die ersten Schritte mit Ihrem {{ product_name|default:\"Produkt\" }}", "Ihre Garantie ist aktiv.",
               ["Ihre Registrierung ist abgeschlossen, die Garantie läuft bis {{ warranty_ends_on }}. "
                "Die ersten Schritte und Sicherheitshinweise stehen in der Anleitung."], "Anleitung öffnen"),
        "fr": ("Bien démarrer avec votre {{ product_name|default:\"produit\" }}", "Votre garantie est active.",
               ["Votre enregistrement est terminé et votre garantie court jusqu’au {{ warranty_ends_on }}. "
                "Les premiers pas et les consignes de sécurité sont dans le mode d’emploi."], "Ouvrir le mode d’emploi"),
        "es": ("Primeros pasos con su {{ product_name|default:\"producto\" }}", "Su garantía está activa.",
               ["Su registro está completo y la garantía es válida hasta el {{ warranty_ends_on }}. "
                "Los primeros pasos y las indicaciones de seguridad están en el manual."], "Abrir el manual"),
        "it": ("Primi passi con il suo {{ product_name|default:\"prodotto\" }}", "La sua garanzia è attiva.",
               ["La registrazione è completa e la garanzia è valida fino al {{ warranty_ends_on }}. "
                "I primi passi e le avvertenze di sicurezza sono nel manuale."], "Aprire il manuale"),
        "zh-hans": ("{{ product_name|default:\"产品\" }}入门指南", "您的保修已生效。",
                    ["注册已完成，保修期至 {{ warranty_ends_on }}。快速上手步骤和安全须知请见使用手册。"], "打开使用手册"),
    },
    "check": {
        "en": ("How is your {{ product_name|default:\"product\" }} doing?", "If anything is not right, we are here.",
               ["A month in: if anything does not work as it should, just reply to this e-mail. "
                "Your warranty covers it until {{ warranty_ends_on }}."], "Read the manual"),
        "de": ("Wie bewährt sich Ihr {{ product_name|default:\"Produkt\" }}?", "Wenn etwas nicht stimmt, sind wir da.",
               ["Ein Monat ist vorbei: Falls etwas nicht so funktioniert, wie es soll, antworten Sie einfach "
                "auf diese E-Mail. Ihre Garantie gilt bis {{ warranty_ends_on }}."], "Zur Anleitung"),
        "fr": ("Comment se passe l’utilisation de votre {{ product_name|default:\"produit\" }} ?", "Un souci ? Nous sommes là.",
               ["Un mois déjà : si quelque chose ne fonctionne pas comme prévu, répondez simplement à cet "
                "e-mail. Votre garantie court jusqu’au {{ warranty_ends_on }}."], "Lire le mode d’emploi"),
        "es": ("¿Qué tal con su {{ product_name|default:\"producto\" }}?", "Si algo no va bien, aquí estamos.",
               ["Ya ha pasado un mes: si algo no funciona como debería, responda a este correo. "
                "Su garantía lo cubre hasta el {{ warranty_ends_on }}."], "Leer el manual"),
        "it": ("Come va con il suo {{ product_name|default:\"prodotto\" }}?", "Se qualcosa non va, siamo qui.",
               ["È passato un mese: se qualcosa non funziona come dovrebbe, risponda pure a questa e-mail. "
                "La garanzia la copre fino al {{ warranty_ends_on }}."], "Leggere il manuale"),
        "zh-hans": ("您的{{ product_name|default:\"产品\" }}用得还好吗？", "如有任何问题，我们随时为您服务。",
                    ["已经使用一个月了：如果有任何地方不正常，直接回复这封邮件即可。保修期至 {{ warranty_ends_on }}。"],
                    "阅读使用手册"),
    },
}  # fmt: skip


SHOP_LABEL = {
    "en": "Shop now",
    "de": "Jetzt ansehen",
    "fr": "Découvrir",
    "es": "Ver ahora",
    "it": "Scoprire",
    "zh-hans": "立即查看",
}


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _messages(content: dict, build_body) -> list:
    return [
        _block(
            "message",
            {
                "locale": lang,
                "subject": content[lang][0],
                "preheader": content[lang][1],
                "body": build_body(lang, content[lang]),
            },
        )
        for lang in LANGS
    ]


def _text(paragraphs):
    return _block("text", "".join(f"<p>{p}</p>" for p in paragraphs))


def seed(command) -> None:
    brand = Brand.objects.filter(slug="nordvik").first()
    if brand is None:
        command.line("Funnel: no demo brand, skipped")
        return
    pool, _created = DiscountCodePool.objects.get_or_create(
        name="Welcome 10 %", defaults={"description": "Single-use codes from the Shopify admin"}
    )
    discount_codes_add(pool=pool, codes=[f"NORDVIK-WELCOME-{n:04d}" for n in range(1, 201)])
    headlamp = Product.objects.filter(slug="trail-headlamp-400").first()

    welcome = Sequence.objects.filter(name="Welcome after registration").first()
    if welcome is None:
        welcome = Sequence(
            name="Welcome after registration",
            brand=brand,
            trigger=Sequence.Trigger.CONSENT_CONFIRMED,
            mail_type=MailType.COMMERCIAL,
            default_locale="en",
        )
        welcome.steps = [
            SequenceStep(
                sort_order=0,
                name="Welcome",
                window_start=time(8),
                window_end=time(20),
                messages=_messages(
                    WELCOME["welcome"],
                    lambda lang, c: [
                        _text(c[2]),
                        _block("button", {"label": c[3], "url": "{{ store_url }}"}),
                    ],
                ),
            ),
            SequenceStep(
                sort_order=1,
                name="Care tips",
                delay_days=3,
                window_start=time(8),
                window_end=time(20),
                messages=_messages(
                    WELCOME["care"],
                    lambda lang, c: [
                        _text(c[2]),
                        _block("manual_link", {"product": None, "label": c[3]}),
                    ],
                ),
            ),
            SequenceStep(
                sort_order=2,
                name="A thank-you gift",
                delay_days=7,
                window_start=time(9),
                window_end=time(19),
                messages=_messages(
                    WELCOME["gift"],
                    lambda lang, c: [
                        _text(c[2]),
                        _block("discount_code", {"pool": pool.pk, "intro": c[3], "note": ""}),
                        *(
                            [
                                _block(
                                    "product_card",
                                    {
                                        "product": headlamp.pk,
                                        "text": "",
                                        "button_label": SHOP_LABEL[lang],
                                        "url": "",
                                    },
                                )
                            ]
                            if headlamp
                            else []
                        ),
                    ],
                ),
            ),
        ]
        welcome.live = False
        welcome.save()
        welcome.save_revision().publish()

    care = Sequence.objects.filter(name="Product care after registration").first()
    if care is None:
        care = Sequence(
            name="Product care after registration",
            brand=brand,
            trigger=Sequence.Trigger.REGISTRATION_CREATED,
            mail_type=MailType.TRANSACTIONAL,
            exit_on_purchase=False,
            exit_on_withdrawal=True,
            default_locale="en",
        )
        care.steps = [
            SequenceStep(
                sort_order=index,
                name=name,
                delay_days=delay,
                window_start=time(9),
                window_end=time(18),
                messages=_messages(
                    CARE[key],
                    lambda lang, c: [
                        _text(c[2]),
                        _block("manual_link", {"product": None, "label": c[3]}),
                    ],
                ),
            )
            for index, (key, name, delay) in enumerate(
                (("start", "Getting started", 1), ("check", "One month in", 30))
            )
        ]
        care.live = False
        care.save()
        care.save_revision().publish()

    for customer_id in set(marketable_identities().values_list("customer_id", flat=True)):
        enrolments_start_for_consent(customer_id=customer_id)
    command.line(
        f"Funnel: 2 sequences, {Enrolment.objects.filter(status='active').count()} active "
        f"enrolments, {pool.available} unused discount codes"
    )
