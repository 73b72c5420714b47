"""Demo inserts: the Nordvik thank-you card and the own-store welcome card, each approved in six
languages, with the brand's logo and each card's product picture and name, and the print
profiles a small brand uses."""

from django.utils import translation
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


def address(brand: Brand, language: str) -> str:
    """The brand's postal address on one line, the country in the card's language."""
    with translation.override(language):
        return " · ".join(brand.sender_lines)


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


# heading, paragraph (HTML), offer headline, offer terms, register caption
WELCOME = {
    "en": ("Thanks for ordering from our shop",
           "<p>Every order from shop.nordvik.example is packed by hand in Hamburg. Enjoy your new gear!</p>",
           "15 % off your next order", "Valid for 60 days at shop.nordvik.example, once per customer.",
           "Register for 12 extra months of warranty"),
    "de": ("Danke für Ihre Bestellung in unserem Shop",
           "<p>Jede Bestellung aus shop.nordvik.example wird in Hamburg von Hand gepackt. Viel Freude mit Ihrer neuen Ausrüstung!</p>",
           "15 % Rabatt auf Ihre nächste Bestellung", "60 Tage gültig auf shop.nordvik.example, einmal pro Kunde.",
           "Registrieren und 12 Monate Garantie dazu"),
    "fr": ("Merci pour votre commande dans notre boutique",
           "<p>Chaque commande de shop.nordvik.example est emballée à la main à Hambourg. Profitez bien de votre nouvel équipement !</p>",
           "15 % de réduction sur votre prochaine commande", "Valable 60 jours sur shop.nordvik.example, une fois par client.",
           "Enregistrez votre produit : 12 mois de garantie en plus"),
    "es": ("Gracias por su pedido en nuestra tienda",
           "<p>Cada pedido de shop.nordvik.example se empaqueta a mano en Hamburgo. ¡Disfrute de su nuevo equipo!</p>",
           "15 % de descuento en su próximo pedido", "Válido 60 días en shop.nordvik.example, una vez por cliente.",
           "Regístrelo y obtenga 12 meses más de garantía"),
    "it": ("Grazie per il Suo ordine nel nostro negozio",
           "<p>Ogni ordine da shop.nordvik.example viene imballato a mano ad Amburgo. Buon divertimento con la Sua nuova attrezzatura!</p>",
           "15 % di sconto sul Suo prossimo ordine", "Valido 60 giorni su shop.nordvik.example, una volta per cliente.",
           "Registri il prodotto: 12 mesi di garanzia in più"),
    "zh-hans": ("感谢您在我们的网店下单",
                "<p>shop.nordvik.example 的每一份订单都在汉堡手工打包。祝您使用愉快！</p>",
                "下次订单立减 15%", "在 shop.nordvik.example 使用，60 天内有效，每位顾客限用一次。",
                "注册即可延长 12 个月保修"),
}  # fmt: skip


THANK_YOU_PICTURE_MM = 34
WELCOME_PICTURE_MM = 24


def _logo(brand: Brand, width_mm: int = 36) -> list:
    if brand.logo is None:
        return []
    return [("image", {"image": brand.logo, "width_mm": width_mm, "align": "left"})]


def _product(picture_mm: int) -> tuple:
    return ("product", {"show_picture": True, "picture_mm": picture_mm, "show_name": True,
                        "align": "center"})  # fmt: skip


def thank_you_content(language: str, brand: Brand) -> tuple[list, list]:
    (heading, paragraph, register, care_title, care, safety_title, safety, manual, contact,
     hours) = TEXTS[language]  # fmt: skip
    front = [
        *_logo(brand),
        _product(THANK_YOU_PICTURE_MM),
        ("heading", {"text": heading, "size": "medium", "align": "left"}),
        ("paragraph", {"text": paragraph, "align": "left"}),
        ("qr_code", {"purpose": "register", "caption": register, "size_mm": 22, "show_code": True}),
        ("small_print", {"text": address(brand, language), "align": "left"}),
    ]
    back = [
        *_logo(brand, 28),
        ("steps", {"kind": "care", "title": care_title, "steps": care}),
        ("steps", {"kind": "safety", "title": safety_title, "steps": safety}),
        ("qr_code", {"purpose": "manual", "caption": manual, "size_mm": 22, "show_code": False}),
        ("support_contact", {"title": contact, "email": brand.support_email,
                             "phone": brand.support_phone, "hours": hours}),
    ]  # fmt: skip
    return front, back


def welcome_content(language: str, brand: Brand) -> list:
    heading, paragraph, offer, terms, register = WELCOME[language]
    return [
        *_logo(brand),
        _product(WELCOME_PICTURE_MM),
        ("heading", {"text": heading, "size": "medium", "align": "left"}),
        ("paragraph", {"text": paragraph, "align": "left"}),
        ("offer", {"headline": offer, "code": "WELCOME15", "terms": terms}),
        ("qr_code", {"purpose": "register", "caption": register, "size_mm": 20, "show_code": True}),
        ("small_print", {"text": address(brand, language), "align": "left"}),
    ]  # fmt: skip


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


def _current(design: InsertDesign, front: list) -> bool:
    """True when *design* already has the demo's current front (same blocks, same picture):
    a design seeded by an earlier version of the demo is brought up to date."""
    return [child.block_type for child in design.front] == [kind for kind, _v in front] and all(
        child.value["picture_mm"] == value["picture_mm"]
        for child, (kind, value) in zip(design.front, front, strict=True)
        if kind == "product"
    )


def _translate(original: InsertDesign, content, name: str, languages) -> None:
    """A translation of *original* in each of *languages*; one made before the cards carried
    the logo and the product picture gets the new content as a new, published revision."""
    for language in languages:
        if language == "en":
            continue
        locale = Locale.objects.get(language_code=language)
        translated = original.get_translations().filter(locale=locale).first()
        front, back = content(language)
        if translated is None:
            translated = original.copy_for_translation(locale)
        elif _current(translated, front):
            continue
        translated.front, translated.back = front, back
        translated.name = f"{name} ({language})"
        _publish(translated)


def _design(slug: str, content, defaults: dict) -> InsertDesign:
    english = Locale.objects.get(language_code="en")
    design = InsertDesign.objects.filter(slug=slug, locale=english).first()
    front, back = content("en")
    if design is None:
        design = InsertDesign(slug=slug, locale=english, front=front, back=back, **defaults)
        _publish(design)
    elif not _current(design, front):
        design.front, design.back = front, back
        _publish(design)
    return design


def seed(command) -> None:
    profiles = _profiles()
    brand = Brand.objects.get(slug="nordvik")
    thank_you = _design(
        "thank-you-card",
        lambda language: thank_you_content(language, brand),
        {"name": "Thank-you card", "channel": "marketplace", "brand": brand,
         "profile": profiles["a6-double"], "accent_cmyk": "90,35,0,20",
         "background_cmyk": "3,0,8,0"},
    )  # fmt: skip
    _translate(thank_you, lambda language: thank_you_content(language, brand), "Thank-you card",
               TEXTS)  # fmt: skip
    welcome = _design(
        "shop-welcome-card",
        lambda language: (welcome_content(language, brand), []),
        {"name": "Shop welcome card", "channel": "owned_store", "brand": brand,
         "profile": profiles["a6-single"], "accent_cmyk": "0,70,100,0"},
    )  # fmt: skip
    _translate(welcome, lambda language: (welcome_content(language, brand), []),
               "Shop welcome card", WELCOME)  # fmt: skip
    designs = InsertDesign.objects.filter(live=True).count()
    command.line(
        f"Inserts: {designs} approved designs (thank-you card and own-store welcome card in "
        f"{len(TEXTS)} languages, with the logo and each card's product), "
        f"{len(profiles)} print profiles"
    )
