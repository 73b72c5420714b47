"""Demo inserts: the Nordvik thank-you card, approved in six languages, an own-store card with
an offer, and the print profiles a small brand uses."""

from wagtail.models import Locale

from catalog.models import Brand

from .models import InsertDesign, PrintProfile

PROFILES = [
    # slug, name, values
    ("a6-double", "A6 card, double-sided, one per page",
     {"trim_size": "a6", "sides": "double", "imposition": "one_up"}),
    ("a6-single", "A6 card, single-sided, one per page",
     {"trim_size": "a6", "sides": "single", "imposition": "one_up"}),
    ("a6-sra3", "A6 card, double-sided, 4-up on SRA3",
     {"trim_size": "a6", "sides": "double", "imposition": "sra3"}),
    ("a7-a4", "A7 card, double-sided, n-up on A4",
     {"trim_size": "a7", "sides": "double", "imposition": "a4", "safe_margin_mm": 4}),
    ("card-letter", "3.5 × 2 in card, single-sided, n-up on US Letter",
     {"trim_size": "3.5x2in", "orientation": "landscape", "sides": "single",
      "imposition": "letter", "safe_margin_mm": 3}),
]  # fmt: skip

ADDRESS = "Nordvik Outdoor GmbH · Hafenstraße 12 · 20457 Hamburg · Germany"

# heading, paragraph (HTML), register caption, care title, care steps, safety title,
# safety steps, manual caption, contact title, hours
TEXTS = {
    "en": (
        "Thank you for choosing Nordvik",
        "<p>We hope your new gear keeps you going for many seasons. Register it in two minutes "
        "and we add <b>12 extra months</b> to your warranty.</p>",
        "Scan to register your product",
        "Care", ["Wipe clean with a damp cloth; do not use solvents.",
                 "Store dry and out of direct sunlight.",
                 "Recharge every three months when not in use."],
        "Safety", ["Read the manual before first use.", "Keep away from small children."],
        "The manual in your language",
        "Questions or a problem?", "Mon–Fri 9:00–17:00 CET",
    ),
    "de": (
        "Danke, dass Sie sich für Nordvik entschieden haben",
        "<p>Wir wünschen Ihnen viele gute Touren mit Ihrer neuen Ausrüstung. Registrieren Sie "
        "Ihr Produkt in zwei Minuten – dafür verlängern wir Ihre Garantie um <b>12 Monate</b>.</p>",
        "Scannen und Produkt registrieren",
        "Pflege", ["Mit einem feuchten Tuch reinigen, keine Lösungsmittel verwenden.",
                   "Trocken und vor direkter Sonne geschützt lagern.",
                   "Bei längerer Nichtbenutzung alle drei Monate aufladen."],
        "Sicherheit", ["Lesen Sie vor dem ersten Gebrauch die Anleitung.",
                       "Von kleinen Kindern fernhalten."],
        "Die Anleitung in Ihrer Sprache",
        "Fragen oder ein Problem?", "Mo–Fr 9:00–17:00 Uhr",
    ),
    "fr": (
        "Merci d’avoir choisi Nordvik",
        "<p>Nous vous souhaitons de belles sorties avec votre nouvel équipement. Enregistrez "
        "votre produit en deux minutes et nous prolongeons votre garantie de <b>12 mois</b>.</p>",
        "Scannez pour enregistrer votre produit",
        "Entretien", ["Nettoyer avec un chiffon humide, sans solvant.",
                      "Ranger au sec, à l’abri du soleil.",
                      "Recharger tous les trois mois en cas de non-utilisation."],
        "Sécurité", ["Lisez le mode d’emploi avant la première utilisation.",
                     "Tenir hors de portée des jeunes enfants."],
        "Le mode d’emploi dans votre langue",
        "Une question ou un problème ?", "Lun.–ven. 9 h–17 h",
    ),
    "es": (
        "Gracias por elegir Nordvik",
        "<p>Esperamos que disfrute de muchas salidas con su nuevo equipo. Registre su producto "
        "en dos minutos y ampliamos su garantía <b>12 meses</b>.</p>",
        "Escanee para registrar su producto",
        "Cuidado", ["Límpielo con un paño húmedo, sin disolventes.",
                    "Guárdelo seco y protegido del sol directo.",
                    "Si no lo usa, recárguelo cada tres meses."],
        "Seguridad", ["Lea el manual antes del primer uso.",
                      "Manténgalo fuera del alcance de los niños pequeños."],
        "El manual en su idioma",
        "¿Preguntas o algún problema?", "Lun.–vie. 9:00–17:00",
    ),
    "it": (
        "Grazie per aver scelto Nordvik",
        "<p>Le auguriamo tante belle uscite con la sua nuova attrezzatura. Registri il prodotto "
        "in due minuti e prolunghiamo la sua garanzia di <b>12 mesi</b>.</p>",
        "Scansionare per registrare il prodotto",
        "Cura", ["Pulire con un panno umido, senza solventi.",
                 "Conservare all’asciutto, al riparo dal sole.",
                 "Se non viene usato, ricaricarlo ogni tre mesi."],
        "Sicurezza", ["Leggere il manuale prima del primo utilizzo.",
                      "Tenere lontano dalla portata dei bambini piccoli."],
        "Il manuale nella sua lingua",
        "Domande o un problema?", "Lun–ven 9:00–17:00",
    ),
    "zh-hans": (
        "感谢您选择 Nordvik",
        "<p>祝您带着新装备享受每一次户外旅程。只需两分钟注册您的产品，我们即为您的保修延长"
        "<b>12 个月</b>。</p>",
        "扫码注册您的产品",
        "保养", ["请用湿布擦拭，勿使用溶剂。", "存放于干燥处，避免阳光直射。",
                 "长期不用时，请每三个月充电一次。"],
        "安全", ["首次使用前请阅读说明书。", "请放在幼儿接触不到的地方。"],
        "您所用语言的说明书",
        "有疑问或遇到问题？", "周一至周五 9:00–17:00",
    ),
}  # fmt: skip


def thank_you_content(language: str, brand: Brand) -> tuple[list, list]:
    (heading, paragraph, register, care_title, care, safety_title, safety, manual, contact,
     hours) = TEXTS[language]  # fmt: skip
    front = [
        ("heading", {"text": heading, "size": "large", "align": "left"}),
        ("paragraph", {"text": paragraph, "align": "left"}),
        ("qr_code", {"purpose": "register", "caption": register, "size_mm": 22, "show_code": True}),
        ("small_print", {"text": ADDRESS, "align": "left"}),
    ]
    back = [
        ("steps", {"kind": "care", "title": care_title, "steps": care}),
        ("steps", {"kind": "safety", "title": safety_title, "steps": safety}),
        ("qr_code", {"purpose": "manual", "caption": manual, "size_mm": 22, "show_code": False}),
        ("support_contact", {"title": contact, "email": brand.support_email,
                             "phone": brand.support_phone, "hours": hours}),
    ]  # fmt: skip
    return front, back


def _profiles() -> dict[str, PrintProfile]:
    found = {}
    for slug, name, values in PROFILES:
        profile, _ = PrintProfile.objects.get_or_create(
            slug=slug, defaults={"name": name, **values}
        )
        found[slug] = profile
    return found


def _publish(design: InsertDesign) -> None:
    design.save()
    design.save_revision().publish()


def seed(command) -> None:
    profiles = _profiles()
    brand = Brand.objects.get(slug="nordvik")
    english = Locale.objects.get(language_code="en")
    original = InsertDesign.objects.filter(slug="thank-you-card", locale=english).first()
    if original is None:
        front, back = thank_you_content("en", brand)
        original = InsertDesign(
            name="Thank-you card", slug="thank-you-card", channel="marketplace", brand=brand,
            profile=profiles["a6-double"], accent_cmyk="90,35,0,20", background_cmyk="3,0,8,0",
            front=front, back=back, locale=english,
        )  # fmt: skip
        _publish(original)
    for language in TEXTS:
        if language == "en":
            continue
        locale = Locale.objects.get(language_code=language)
        if original.get_translations().filter(locale=locale).exists():
            continue
        translated = original.copy_for_translation(locale)
        translated.front, translated.back = thank_you_content(language, brand)
        translated.name = f"Thank-you card ({language})"
        _publish(translated)
    if not InsertDesign.objects.filter(slug="shop-welcome-card", locale=english).exists():
        _publish(
            InsertDesign(
                name="Shop welcome card",
                slug="shop-welcome-card",
                channel="owned_store",
                brand=brand,
                profile=profiles["a6-single"],
                accent_cmyk="0,70,100,0",
                locale=english,
                front=[
                    (
                        "heading",
                        {
                            "text": "Thanks for ordering from our shop",
                            "size": "large",
                            "align": "left",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "text": "<p>Every order from shop.nordvik.example is packed "
                            "by hand in Hamburg. Enjoy your new gear!</p>",
                            "align": "left",
                        },
                    ),
                    (
                        "offer",
                        {
                            "headline": "15 % off your next order",
                            "code": "WELCOME15",
                            "terms": "Valid for 60 days at shop.nordvik.example, once per "
                            "customer.",
                        },
                    ),
                    (
                        "qr_code",
                        {
                            "purpose": "register",
                            "caption": "Register for 12 extra months of warranty",
                            "size_mm": 20,
                            "show_code": True,
                        },
                    ),
                    ("small_print", {"text": ADDRESS, "align": "left"}),
                ],
            )
        )
    designs = InsertDesign.objects.filter(live=True).count()
    command.line(
        f"Inserts: {designs} approved designs (thank-you card in {len(TEXTS)} languages, "
        f"own-store welcome card), {len(profiles)} print profiles"
    )
