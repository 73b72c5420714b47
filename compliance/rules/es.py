"""Spanish rules. Each note names the POLICY.md line the rule enforces."""

from ..model import Rule
from ._shared import ALL, AM, INS, LONG_GAP, MK, TRANSACTIONAL, WORDS2

RULES: tuple[Rule, ...] = (
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
        pattern=r"\b(?:rebajas|oferta\sespecial|ofertas\sexclusivas|oferta\sexclusiva|black\sfriday|por\stiempo\slimitado|compra\sya|hasta\sfin\sde\sexistencias)\b",
        note="amazon_message, insert: campañas de venta",
        policies=MK,
        keywords=("rebajas", "oferta", "friday", "tiempo limitado", "compra ya", "existencias"),
    ),
    Rule(
        id="es.review.five_star",
        category="review_solicitation",
        pattern=r"\b(?:5|cinco)\s?estrellas\b",
        note="amazon_message, insert: petición de 5 estrellas",
        policies=MK,
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
        + r"(?:déjanos|danos|deja|valora)",
        note="amazon_message, insert: reseña pedida solo a clientes contentos",
        policies=MK,
        keywords=("contento", "contenta", "satisfech", "gusta"),
    ),
    Rule(
        id="es.review.gating",
        category="review_solicitation",
        pattern=r"\bantes\sde\s(?:dejar|escribir|publicar|poner|dar)\s(?:una|tu|su|un)\s(?:\w{1,20}\s)?(?:opinión|reseña|valoración|comentario|calificación)|\ben\slugar\sde\s(?:dejar|poner|escribir)\s(?:una|un)\s(?:\w{1,20}\s)?(?:opinión|reseña|valoración|comentario)",
        note="amazon_message, insert: filtrado de reseñas («escríbenos antes de opinar»)",
        policies=MK,
        message="review_gating",
        keywords=("antes de", "en lugar de"),
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
        + r"\b(?:te\s(?:enviamos|regalamos|devolvemos|mandamos)|regalo|gratis|recibe|recibirás|obt[eé]n|reembols)|\bpor\scada\s(?:reseña|opinión|valoración)",
        note="en todas partes: algo de valor a cambio de una reseña",
        policies=ALL,
        keywords=("reseña", "opini", "valoraci"),
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
        pattern=r"\b(?:sorteos?|concursos?|gana\s(?:un|una)|participa\sen\s(?:el|nuestro)\s(?:sorteo|concurso))\b",
        note="amazon_message, insert: sorteos y concursos",
        policies=MK,
        message="social_giveaway",
        keywords=("sorteo", "concurso", "gana "),
    ),
    Rule(
        id="es.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"\bdar(?:te|se)\sde\sbaja\b|\bno\s(?:quieres|desea|deseas)\srecibir\sm[aá]s\b|\bcancelar\s(?:la|tu)\ssuscripci[oó]n\b",
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
