"""Spanish rules. Each note names the docs/policy.md line the rule enforces."""

from ..model import Rule
from ._shared import ALL, AM, GAP, INS, LONG_GAP, MK, SETTLED, TRANSACTIONAL, WORDS2
from ._words import TECH_STARS

# --- vocabulary ---------------------------------------------------------------------------------

_RESENA = (
    r"(?:opini[oó]n|opiniones|reseñas?|valoraci[oó]n|valoraciones|comentarios?|calificaci[oó]n)"
)

#: The review is the condition: "en cuanto publiques tu opinión", "quienes dejen una reseña".
_RESENADO = (
    r"(?:"
    r"\b(?:en\scuanto|cuando|una\svez\s(?:que\s)?|tras|después\sde\sque|apenas|nada\smás)\s"
    r"(?:nos\s|me\s)?(?:publiques|dejes|escribas|compartas|pongas|publique|deje|escriba|comparta|"
    r"hayas\s(?:publicado|dejado|escrito)|haya\s(?:publicado|dejado|escrito))\s(?:tu|su|una|un)\s"
    r"(?:[\w-]{1,15}\s)?"
    + _RESENA
    + r"|\b(?:en\scuanto|cuando|una\svez(?:\sque)?)\s(?:tu|su|la)\s"
    + _RESENA
    + r"\s(?:esté|sea|está|aparezca)\s(?:publicad[ao]|visible|online|en\slínea)"
    r"|\buna\svez\spublicad[ao]\s(?:tu|su|la)\s"
    + _RESENA
    + r"|\bquienes?\s(?:dejen?|escriban?|publiquen?|compartan?)\s(?:una|un|su)\s(?:[\w-]{1,15}\s)?"
    + _RESENA
    + r"|\b(?:después\sde|tras)\s(?:dejar|publicar|escribir)\s(?:tu|su|una|un)\s(?:[\w-]{1,15}\s)?"
    + _RESENA
    + r")"
)

#: Something of value for the customer.
_VALOR = (
    r"(?:sin\scoste|sin\scosto|gratis|gratuit[oa]s?|regal\w{1,4}|tarjeta\sregalo|cheque\sregalo|"
    r"vale\s(?:de|por)|cup[oó]n|descuento|reembols\w{0,4}|sorteo|puntos|cashback|\d{1,3}\s?%|"
    r"\d{1,4}\s?€|€\s?\d{1,4}|premio|muestra)"
)

#: Value other than a longer warranty, for registering ("garantía gratis" is fine).
_VALOR_SIN_GARANTIA = (
    r"(?:tarjeta\sregalo|cheque\sregalo|\bun\sregalo|vale\s(?:de|por)|cup[oó]n|descuento|"
    r"cashback|\d{1,3}\s?%|\d{1,4}\s?€|€\s?\d{1,4}|sorteo|puntos)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="es.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"\b(?:en|desde|a\strav[eé]s\sde)\s(?:nuestra|nuestro)\s(?:propia\s|propio\s)?(?:web|p[aá]gina\sweb|sitio(?:\sweb)?|tienda(?:\sonline|\sen\sl[ií]nea|\svirtual|\soficial)?)\b",
        note="amazon_message: remitir al comprador a la web o tienda propia, aun sin URL",
        policies=AM,
        keywords=("nuestr",),
    ),
    Rule(
        id="es.discount.code_offer",
        category="discount",
        pattern=r"\bc[oó]digos?\s(?:de\sdescuento|promocional|promo|descuento|de\sregalo)\b|\bcup[oó]n(?:es)?\sde\sdescuento\b|\busa\s(?:el\s|nuestro\s)?c[oó]digo\b|\bcon\sel\sc[oó]digo\b",
        note="amazon_message, insert: código de descuento o cupón",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("digo", "cup"),
    ),
    Rule(
        id="es.discount.future_purchase",
        category="discount",
        pattern=r"(?:descuento|cup[oó]n|c[oó]digo|%|€|euros?|regalo|ahorr|vale)"
        + LONG_GAP
        + r"\b(?:pr[oó]xim[oa]s?|futur[oa]s?|primer[oa]?|siguiente)\s(?:compras?|pedidos?)",
        note="amazon_message, insert: oferta en % o dinero para una compra futura",
        policies=MK,
        keywords=("próxim", "proxim", "futur", "primer", "siguiente"),
    ),
    Rule(
        id="es.discount.percent",
        category="discount",
        pattern=r"\b\d{1,3}\s?%\s(?:de\sdescuento|dto|en\stoda|menos)\b|\bahorra\s(?:hasta\s)?(?:un\s)?\d{1,3}\s?%",
        note="amazon_message, insert: descuento en porcentaje",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("%",),
    ),
    Rule(
        id="es.promotion.buy_direct",
        category="promotion",
        pattern=r"\b(?:compra|comprar|pide|pedir|compre)\s"
        + WORDS2
        + r"directamente\s(?:en|a|desde)\s(?:nuestra|nuestro|nosotros)\b|\bdirectamente\sen\snuestra\s(?:web|tienda|página)\b",
        note="amazon_message, insert: «compra directamente en nuestra web»",
        policies=MK,
        keywords=("directamente",),
    ),
    Rule(
        id="es.promotion.visit_shop",
        category="promotion",
        pattern=r"\b(?:visita|visite|descubre|descubra|echa\sun\svistazo\sa|conoce|explora|mira)\s(?:también\s)?(?:toda\s|todos\s|todas\s)?(?:nuestra|nuestros|nuestras|nuestro)\s(?:\w{1,20}\s)?(?:tienda|web|página|colección|productos|novedades|catálogo|gama|nuevo|nueva|ofertas)\b",
        note="amazon_message, insert: invitación a la tienda o la gama",
        policies=MK,
        keywords=("nuestr",),
    ),
    Rule(
        id="es.promotion.sales_event",
        category="promotion",
        pattern=r"\b(?:rebajas|oferta\sespecial|ofertas\sexclusivas|oferta\sexclusiva|black\sfriday|por\stiempo\slimitado|compra\sya(?!\s(?:est|se\s|ha|hab|fue|era|es\b|lo\b|la\b))|hasta\sfin\sde\sexistencias)\b",
        note="amazon_message, insert: campañas de venta",
        policies=MK,
        keywords=("rebajas", "oferta", "friday", "tiempo limitado", "compra ya", "existencias"),
    ),
    Rule(
        id="es.review.five_star",
        category="review_solicitation",
        pattern=r"\b(?:5|cinco)\s?estrellas\b",
        note="amazon_message, insert: petición de 5 estrellas (no: hotel de cinco estrellas)",
        policies=MK,
        unless=TECH_STARS,
        keywords=("estrella",),
    ),
    Rule(
        id="es.review.positive",
        category="review_solicitation",
        pattern=r"\b(?:reseña|opinión|valoración|comentario|calificación)(?:es)?\s(?:positivas?|positivos?|favorables?|buenas?|excelentes?)\b|\b(?:buena|excelente)\s(?:reseña|opinión|valoración|calificación)\b",
        note="amazon_message, insert: petición de reseña positiva",
        policies=MK,
        unless=r"(?:buena\so\smala|positiva\so\snegativa|mala\so\sbuena|sincera|honesta)",
        keywords=("reseña", "opini", "valoraci", "comentario", "calificaci"),
    ),
    Rule(
        id="es.review.if_happy",
        category="review_solicitation",
        pattern=r"\bsi\s(?:estás|está|quedas|quedaste|quedó|te\sgusta|le\sgusta|te\sha\sgustado)\s(?:\w{1,12}\s)?(?:content[oa]s?|satisfech[oa]s?|\w{2,20})?\s?"
        + LONG_GAP
        + r"(?:reseña|opinión|valoración|estrellas)|\b(?:content[oa]|satisfech[oa])\s?\?\s"
        + WORDS2
        + r"(?:déjanos|danos|deja|valora)|\b(?:(?:te|le|os)\s(?:ha|han)\s(?:encantado|gustado)|encantad[oa]s?|(?<!no\s)(?:content[oa]s?|satisfech[oa]s?))\s?\?\s{0,2}"
        + LONG_GAP
        + r"(?:reseña|opini[oó]n|valoraci[oó]n|estrellas|val[oó]ra(?:nos|lo)?|en\samazon)",
        note="amazon_message, insert: reseña pedida solo a clientes contentos",
        policies=MK,
        unless=r"(?:buena\so\smala|positiva\so\snegativa|mala\so\sbuena|sea\scomo\ssea)",
        keywords=("contento", "contenta", "satisfech", "gusta", "encantad"),
    ),
    Rule(
        id="es.review.gating",
        category="review_solicitation",
        pattern=r"\bantes\sde\s(?:publicar|compartir|escribir|contar)\s(?:nada|algo|públicamente|en\s(?:amazon|internet|línea)|(?:tu|su)\s(?:opinión|experiencia|valoración)|(?:tus|sus)\simpresiones)|\b(?:antes\sde|en\slugar\sde|en\svez\sde)\s(?:valorar|opinar|puntuar|calificar|reseñar|evaluar)(?:lo|la)?\b|\b(?:algún\sproblema|no\s(?:estás|está|quedaste|quedó)\s(?:content|satisfech)\w{1,2}|insatisfech\w{1,2}|algo\sno\s(?:va\sbien|te\sconvence))\s?\?\s{0,2}"
        + GAP
        + r"\b(?:antes|primero)\b|\bantes\sde\s(?:dejar|escribir|publicar|poner|dar)\s(?:una|tu|su|un)\s(?:\w{1,20}\s)?(?:opinión|reseña|valoración|comentario|calificación)|\ben\slugar\sde\s(?:dejar|poner|escribir)\s(?:una|un)\s(?:\w{1,20}\s)?(?:opinión|reseña|valoración|comentario)",
        note="amazon_message, insert: filtrado de reseñas («escríbenos antes de opinar»)",
        policies=MK,
        message="review_gating",
        keywords=("antes", "en lugar de", "en vez de", "primero"),
    ),
    Rule(
        id="es.review.change",
        category="review_solicitation",
        pattern=r"\b(?:cambiar|modificar|eliminar|borrar|quitar|actualizar|retirar|mejorar|revisar)\s(?:tu|su|la|esa|esta)\s(?:\w{1,20}\s)?(?:valoración|reseña|opinión|comentario|calificación)\b",
        note="amazon_message, insert: petición de cambiar o borrar una reseña",
        policies=MK,
        message="review_change",
        keywords=("valoraci", "reseña", "opini", "comentario", "calificaci"),
    ),
    Rule(
        id="es.incentive.value_for_review",
        category="review_incentive",
        pattern=r"\ba\scambio\sde\s(?:una|tu|su)\s(?:\w{1,20}\s)?(?:reseña|opinión|valoración)|\b(?:reseña|opinión|valoración)\b"
        + LONG_GAP
        + r"\b(?:te\s(?:enviamos|regalamos|devolvemos|mandamos)|regalo|gratis|recibe|recibirás|obt[eé]n|reembols)|\bpor\scada\s(?:reseña|opinión|valoración)|\bpor\s(?:tu|su)\s(?:reseña|opinión|valoración)\s(?:te|le)\s(?:regalamos|enviamos|damos|mandamos)",
        note="en todas partes: algo de valor a cambio de una reseña",
        policies=ALL,
        keywords=("reseña", "opini", "valoraci", "comentario", "calificaci"),
    ),
    Rule(
        id="es.incentive.reward_once_reviewed",
        category="review_incentive",
        pattern=_RESENADO + LONG_GAP + _VALOR + "|" + _VALOR + LONG_GAP + _RESENADO,
        note="en todas partes: algo de valor una vez publicada la reseña («en cuanto publiques tu opinión te mandamos …»)",
        policies=ALL,
        unless=SETTLED,
        keywords=("opini", "reseña", "valoraci", "comentario", "calificaci"),
    ),
    Rule(
        id="es.promotion.registration_reward",
        category="promotion",
        pattern=r"\bregistr\w{1,6}"
        + LONG_GAP
        + _VALOR_SIN_GARANTIA
        + "|"
        + _VALOR_SIN_GARANTIA
        + LONG_GAP
        + r"\bregistr\w{1,6}",
        note="insert, amazon_message: por registrar el producto, algo distinto de una garantía más larga",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("registr",),
    ),
    Rule(
        id="es.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"\bsuscr[ií]be(?:te|se)\b|\b(?:únete|unete|apúntate|regístrate)\s(?:a\s|en\s)?(?:nuestro|nuestra)\s(?:club|newsletter|bolet[ií]n|programa|comunidad)|\bprograma\sde\s(?:fidelidad|puntos)\b",
        note="amazon_message, insert: suscripción, club o programa de fidelidad",
        policies=MK,
        keywords=("suscr", "únete", "unete", "apúntate", "regístrate", "programa de"),
    ),
    Rule(
        id="es.social.follow",
        category="social_media",
        pattern=r"\bs[ií]guenos\b|\bs[ií]ganos\b",
        note="amazon_message: llamadas a seguir en redes sociales",
        policies=AM,
        keywords=("guenos", "ganos"),
    ),
    Rule(
        id="es.social.giveaway",
        category="social_media",
        pattern=r"\b(?:sorteos?|sorteamos|concursos?|gana\s(?:un|una)|ganar\s(?:un|una|uno|unos|unas|\d{1,4}|nuestr[oa]s?)|participa\sen\s(?:el|nuestro)\s(?:sorteo|concurso)|ganador(?:a|es|as)?\s(?:será|serán|se\sanunciará)|(?:podrás|puedes|podrías)\sganar)\b",
        note="amazon_message, insert: sorteos y concursos",
        policies=MK,
        message="social_giveaway",
        keywords=("sorteo", "sorteamos", "concurso", "gana"),
    ),
    Rule(
        id="es.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"\bdar(?:te|se)\sde\sbaja\b|\bno\s(?:quieres|desea|deseas)\srecibir\sm[aá]s\b|\bcancelar\s(?:la|tu)\ssuscripci[oó]n\b|\b(?:responda|responde|conteste|contesta|escriba|escribe|env[ií]e)\s(?:con\s)?(?:la\spalabra\s)?[\"«“']?baja\b",
        note="amazon_message: líneas de baja",
        policies=AM,
        keywords=("baja", "recibir", "suscrip"),
    ),
    Rule(
        id="es.contact.off_amazon",
        category="contact_diversion",
        pattern=r"\bfuera\sde\samazon\b|\bsin\spasar\spor\samazon\b|\bescr[ií]benos\s(?:\w{1,12}\s){0,2}directamente\b|\bll[aá]manos\b",
        note="amazon_message: sacar la conversación de Amazon",
        policies=AM,
        keywords=("amazon", "directamente", "llama", "lláma"),
    ),
    Rule(
        id="es.competitor.knocking",
        category="competitor_disparagement",
        pattern=r"\ba\sdiferencia\sde\s(?:las|los)\s"
        + WORDS2
        + r"(?:imitaciones|copias|falsificaciones|competidores|otros\svendedores|otras\smarcas)|\b(?:imitaciones|copias)\s(?:baratas|de\smala\scalidad|de\sotros\svendedores)",
        note="insert: desacreditar productos de otros vendedores",
        policies=INS,
        keywords=("diferencia", "imitacion", "copias"),
    ),
)
