"""What to tell the brand manager or agent: what is wrong and what to write instead.

Each entry has the English text and its translations. ``message_for`` looks up
``"<key>@<policy>"`` first (advice that differs by channel), then ``<key>``; a language without
a translation falls back to the English text. Keep the tone plain: the reader is writing a
reply to a customer, not studying policy.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "risk_review": {
        "en": "Reviews or ratings are mentioned. A reviewer checks that the request is neutral, goes to every buyer, offers nothing in return and does not ask for a good rating or to hear complaints first.",
        "de": "Bewertungen werden erwähnt. Eine Prüferin oder ein Prüfer stellt sicher, dass die Bitte neutral ist, an jeden Käufer geht, nichts im Gegenzug bietet und weder um eine gute Bewertung noch darum bittet, Beschwerden zuerst zu hören.",
        "fr": "Des avis ou des notes sont mentionnés. Un vérificateur s'assure que la demande est neutre, s'adresse à tout acheteur, n'offre rien en échange et ne demande ni une bonne note ni d'être averti des réclamations d'abord.",
        "es": "Se mencionan reseñas o valoraciones. Un revisor comprueba que la solicitud sea neutral, se dirija a todo comprador, no ofrezca nada a cambio y no pida una buena valoración ni conocer las quejas primero.",
        "it": "Si parla di recensioni o valutazioni. Un revisore verifica che la richiesta sia neutrale, rivolta a ogni acquirente, senza nulla in cambio e che non chieda una buona valutazione né di conoscere prima i reclami.",
        "zh": "文中提到了评价或评分。审核人员会确认该请求保持中立、面向所有买家、不提供任何回报，也没有要求好评或要求先向卖家反映问题。",
        "ja": "レビューまたは評価に触れています。依頼が中立で、すべての購入者に向けたものであり、見返りがなく、高評価や苦情の事前連絡を求めていないことを審査担当者が確認します。",
    },
    "link": {
        "en": "Web addresses outside Amazon are not allowed in Amazon messages. Remove the address; if the buyer needs a document, attach it to the message instead.",
        "de": "Webadressen außerhalb von Amazon sind in Amazon-Nachrichten nicht erlaubt. Entfernen Sie die Adresse; braucht der Käufer ein Dokument, hängen Sie es an die Nachricht an.",
        "fr": "Les adresses web hors Amazon sont interdites dans les messages Amazon. Supprimez l'adresse ; si l'acheteur a besoin d'un document, joignez-le au message.",
        "es": "Las direcciones web fuera de Amazon no están permitidas en los mensajes de Amazon. Elimina la dirección; si el comprador necesita un documento, adjúntalo al mensaje.",
        "it": "Gli indirizzi web esterni ad Amazon non sono ammessi nei messaggi Amazon. Rimuovi l'indirizzo; se l'acquirente ha bisogno di un documento, allegalo al messaggio.",
        "zh": "亚马逊消息中不允许出现亚马逊以外的网址。请删除该网址；如买家需要文件，请以附件形式发送。",
        "ja": "Amazonのメッセージに Amazon 以外のURLは記載できません。URLを削除し、資料が必要な場合は添付ファイルで送ってください。",
    },
    "amazon_other": {
        "en": "Only Amazon links needed to complete this order (order page, returns centre, help page) are allowed. Remove this link or use the order or returns page instead.",
        "de": "Erlaubt sind nur Amazon-Links, die für diese Bestellung nötig sind (Bestellübersicht, Rücksendezentrum, Hilfeseite). Entfernen Sie den Link oder verweisen Sie auf die Bestell- oder Rücksendeseite.",
        "fr": "Seuls les liens Amazon nécessaires à cette commande (page de commande, centre de retours, aide) sont autorisés. Supprimez ce lien ou utilisez la page de commande ou de retour.",
        "es": "Solo se permiten enlaces de Amazon necesarios para este pedido (página del pedido, centro de devoluciones, ayuda). Elimina el enlace o usa la página del pedido o de devoluciones.",
        "it": "Sono ammessi solo i link Amazon necessari per questo ordine (pagina dell'ordine, centro resi, guida). Rimuovi il link o usa la pagina dell'ordine o dei resi.",
        "zh": "只允许完成本订单所需的亚马逊链接（订单页面、退货中心、帮助页面）。请删除此链接，或改用订单或退货页面。",
        "ja": "この注文の完了に必要なAmazonのリンク（注文履歴、返品センター、ヘルプ）のみ使用できます。このリンクを削除するか、注文・返品ページに置き換えてください。",
    },
    "obfuscated_link": {
        "en": "This web address is disguised (spelled-out dots, spaces, look-alike or invisible characters). A hidden address is still a link off the channel: remove it completely.",
        "de": "Diese Webadresse ist verschleiert (ausgeschriebene Punkte, Leerzeichen, ähnlich aussehende oder unsichtbare Zeichen). Auch eine versteckte Adresse ist ein Link: Entfernen Sie sie ganz.",
        "fr": "Cette adresse web est déguisée (points écrits en lettres, espaces, caractères similaires ou invisibles). Une adresse cachée reste un lien : supprimez-la entièrement.",
        "es": "Esta dirección web está disfrazada (puntos escritos con letras, espacios, caracteres parecidos o invisibles). Una dirección oculta sigue siendo un enlace: elimínala por completo.",
        "it": "Questo indirizzo web è camuffato (punti scritti in lettere, spazi, caratteri simili o invisibili). Un indirizzo nascosto resta un link: rimuovilo del tutto.",
        "zh": "此网址经过伪装（用文字写的点、空格、形近或不可见字符）。隐藏的网址仍然是链接：请完全删除。",
        "ja": "このURLは偽装されています（「ドット」表記、スペース、似た文字や不可視文字）。隠したURLもリンクとみなされます。完全に削除してください。",
    },
    "contact_diversion": {
        "en": "This moves the buyer off Amazon. Keep the conversation in Amazon messages: write 'Just reply to this message and we will help you.'",
        "de": "Das lenkt den Käufer von Amazon weg. Bleiben Sie in den Amazon-Nachrichten: Schreiben Sie „Antworten Sie einfach auf diese Nachricht, wir helfen Ihnen gern.“",
        "fr": "Cela détourne l'acheteur d'Amazon. Restez dans la messagerie Amazon : écrivez « Répondez simplement à ce message, nous vous aiderons. »",
        "es": "Esto saca al comprador de Amazon. Mantén la conversación en los mensajes de Amazon: escribe «Responde a este mensaje y te ayudaremos».",
        "it": "Così l'acquirente viene portato fuori da Amazon. Resta nei messaggi Amazon: scrivi «Risponda pure a questo messaggio e la aiuteremo».",
        "zh": "这会把买家引导到亚马逊之外。请在亚马逊消息中继续沟通，例如写：“直接回复此消息，我们会为您处理。”",
        "ja": "購入者をAmazonの外に誘導しています。やり取りはAmazonのメッセージで続けてください（例：「このメッセージにご返信いただければ対応いたします」）。",
    },
    "contact_email": {
        "en": "Your own e-mail address moves the conversation off Amazon. Remove it and ask the buyer to reply to this message instead.",
        "de": "Eine eigene E-Mail-Adresse verlagert das Gespräch weg von Amazon. Entfernen Sie sie und bitten Sie den Käufer, auf diese Nachricht zu antworten.",
        "fr": "Votre propre adresse e-mail fait sortir la conversation d'Amazon. Supprimez-la et invitez l'acheteur à répondre à ce message.",
        "es": "Tu propia dirección de correo saca la conversación de Amazon. Elimínala y pide al comprador que responda a este mensaje.",
        "it": "Il vostro indirizzo e-mail porta la conversazione fuori da Amazon. Rimuovetelo e chiedete all'acquirente di rispondere a questo messaggio.",
        "zh": "您自己的电子邮箱会把沟通转移到亚马逊之外。请删除，并请买家直接回复此消息。",
        "ja": "自社のメールアドレスはやり取りをAmazonの外に移します。削除し、このメッセージへの返信をお願いしてください。",
    },
    "contact_phone": {
        "en": "Your own phone or messenger number moves the conversation off Amazon. Remove it; a manufacturer's or carrier's service number may stay if you name them.",
        "de": "Eine eigene Telefon- oder Messenger-Nummer verlagert das Gespräch weg von Amazon. Entfernen Sie sie; die Servicenummer des Herstellers oder Paketdienstes darf bleiben, wenn Sie ihn nennen.",
        "fr": "Votre propre numéro de téléphone ou de messagerie fait sortir la conversation d'Amazon. Supprimez-le ; le numéro du fabricant ou du transporteur peut rester si vous le nommez.",
        "es": "Tu propio número de teléfono o mensajería saca la conversación de Amazon. Elimínalo; el número del fabricante o del transportista puede quedarse si lo nombras.",
        "it": "Il vostro numero di telefono o di messaggistica porta la conversazione fuori da Amazon. Rimuovetelo; il numero del produttore o del corriere può restare se lo nominate.",
        "zh": "您自己的电话或聊天账号会把沟通转移到亚马逊之外。请删除；如注明是制造商或承运商的客服电话则可以保留。",
        "ja": "自社の電話番号やメッセンジャーはやり取りをAmazonの外に移します。削除してください。メーカーや配送業者の番号は、その名前を明記すれば記載できます。",
    },
    "discount": {
        "en": "Codes and % or money offers on a future purchase are marketing. Remove the offer; a refund, replacement or credit for this order is fine — describe it as such.",
        "de": "Codes und Prozent- oder Geldangebote für künftige Käufe sind Werbung. Entfernen Sie das Angebot; eine Erstattung, ein Ersatz oder eine Gutschrift für diese Bestellung ist in Ordnung.",
        "fr": "Les codes et offres en % ou en argent sur un prochain achat sont de la publicité. Supprimez l'offre ; un remboursement, un remplacement ou un avoir pour cette commande reste possible.",
        "es": "Los códigos y las ofertas en % o dinero para una compra futura son publicidad. Elimina la oferta; un reembolso, reemplazo o abono para este pedido sí está permitido.",
        "it": "Codici e offerte in % o in denaro su acquisti futuri sono pubblicità. Rimuovi l'offerta; un rimborso, una sostituzione o un accredito per questo ordine va bene.",
        "zh": "优惠码以及针对下次购买的折扣或金额优惠属于营销。请删除；针对本订单的退款、换货或补偿是可以的，请如实描述。",
        "ja": "クーポンコードや次回購入の割引は販促にあたります。削除してください。この注文に対する返金・交換・補償は問題ありません。",
    },
    "discount@insert": {
        "en": "An insert must not carry a code or a % / money offer, not even as a reward for registering. Offer a longer warranty for registering instead.",
        "de": "Eine Beilage darf keinen Code und kein Prozent- oder Geldangebot enthalten, auch nicht als Dank für die Registrierung. Bieten Sie stattdessen eine längere Garantie an.",
        "fr": "Un encart ne doit contenir ni code ni offre en % ou en argent, même en récompense de l'enregistrement. Proposez plutôt une garantie prolongée.",
        "es": "Un folleto no puede llevar códigos ni ofertas en % o dinero, ni siquiera como premio por registrarse. Ofrece en su lugar una garantía más larga.",
        "it": "Un inserto non può contenere codici né offerte in % o in denaro, nemmeno come premio per la registrazione. Offri invece una garanzia più lunga.",
        "zh": "包装插页不得包含优惠码或折扣/金额优惠，即使作为注册奖励也不行。可改为注册即延长保修期。",
        "ja": "同梱物にクーポンや割引を載せることはできません（登録特典としても不可）。代わりに保証期間の延長を提供してください。",
    },
    "promotion": {
        "en": "This promotes products, a shop or future sales. Keep the text to this order and its use: delete the cross-selling or 'buy direct' part.",
        "de": "Das bewirbt Produkte, einen Shop oder künftige Käufe. Bleiben Sie bei dieser Bestellung und ihrer Nutzung: Streichen Sie den Verkaufs- oder „direkt bei uns“-Teil.",
        "fr": "Ceci fait la promotion de produits, d'une boutique ou d'achats futurs. Tenez-vous-en à cette commande : supprimez la vente croisée ou l'« achat direct ».",
        "es": "Esto promociona productos, una tienda o compras futuras. Cíñete a este pedido: elimina la venta cruzada o el «compra directa».",
        "it": "Questo promuove prodotti, un negozio o acquisti futuri. Limitati a questo ordine: elimina la vendita incrociata o l'«acquista direttamente».",
        "zh": "这是在推广产品、店铺或未来购买。请只谈本订单及使用：删除交叉销售或“直接找我们购买”的内容。",
        "ja": "商品・ショップ・今後の購入を宣伝しています。この注文と使い方に関する内容だけにし、販促部分を削除してください。",
    },
    "amazon_product": {
        "en": "Links to product pages (/dp/) or storefronts (/stores/) are cross-selling. Remove the link; only order and returns pages may be linked.",
        "de": "Links auf Produktseiten (/dp/) oder Markenshops (/stores/) sind Cross-Selling. Entfernen Sie den Link; verlinkt werden dürfen nur Bestell- und Rücksendeseiten.",
        "fr": "Les liens vers des fiches produit (/dp/) ou des boutiques (/stores/) sont de la vente croisée. Supprimez-les ; seules les pages de commande et de retour sont autorisées.",
        "es": "Los enlaces a fichas de producto (/dp/) o tiendas (/stores/) son venta cruzada. Elimínalos; solo se permiten las páginas del pedido y de devoluciones.",
        "it": "I link a pagine prodotto (/dp/) o vetrine (/stores/) sono vendita incrociata. Rimuovili; sono ammesse solo le pagine dell'ordine e dei resi.",
        "zh": "商品页面（/dp/）或店铺（/stores/）链接属于交叉销售。请删除；只能链接订单和退货页面。",
        "ja": "商品ページ（/dp/）やストア（/stores/）へのリンクはクロスセルにあたります。削除してください。注文・返品ページのみリンクできます。",
    },
    "insert_target": {
        "en": "An insert may only send people to a registration, warranty, manual or support page. Point this address or QR code at such a page (for example …/register), or add it to the allowed addresses.",
        "de": "Eine Beilage darf nur auf eine Registrierungs-, Garantie-, Anleitungs- oder Supportseite führen. Lassen Sie Adresse oder QR-Code auf eine solche Seite zeigen (z. B. …/registrieren) oder tragen Sie sie als erlaubt ein.",
        "fr": "Un encart ne peut renvoyer que vers une page d'enregistrement, de garantie, de notice ou d'assistance. Faites pointer l'adresse ou le QR code vers une telle page (p. ex. …/enregistrement) ou ajoutez-la aux adresses autorisées.",
        "es": "Un folleto solo puede llevar a una página de registro, garantía, manual o soporte. Haz que la dirección o el código QR apunte a una de ellas (p. ej. …/registro) o añádela a las direcciones permitidas.",
        "it": "Un inserto può rimandare solo a una pagina di registrazione, garanzia, manuale o assistenza. Fai puntare l'indirizzo o il QR code a una di queste (es. …/registrazione) o aggiungilo agli indirizzi ammessi.",
        "zh": "插页只能引导到产品注册、保修、说明书或售后支持页面。请让网址或二维码指向此类页面（例如 …/register），或将其加入允许列表。",
        "ja": "同梱物から案内できるのは製品登録・保証・取扱説明書・サポートのページだけです。URLやQRコードをそのようなページ（例：…/register）に向けるか、許可リストに追加してください。",
    },
    "short_link": {
        "en": "A short link can lead anywhere, so it is only accepted under a prefix the app knows. Add your short-link prefix (e.g. https://brand.example/r/) to the allowed prefixes, or print the full registration address.",
        "de": "Ein Kurzlink kann überallhin führen und wird nur unter einem bekannten Präfix akzeptiert. Tragen Sie Ihr Kurzlink-Präfix (z. B. https://brand.example/r/) als erlaubt ein oder drucken Sie die volle Registrierungsadresse.",
        "fr": "Un lien court peut mener n'importe où : il n'est accepté que sous un préfixe connu. Ajoutez votre préfixe (p. ex. https://brand.example/r/) aux préfixes autorisés ou imprimez l'adresse d'enregistrement complète.",
        "es": "Un enlace corto puede llevar a cualquier sitio y solo se acepta con un prefijo conocido. Añade tu prefijo (p. ej. https://brand.example/r/) a los permitidos o imprime la dirección de registro completa.",
        "it": "Un link breve può portare ovunque ed è accettato solo con un prefisso noto. Aggiungi il tuo prefisso (es. https://brand.example/r/) a quelli ammessi o stampa l'indirizzo di registrazione completo.",
        "zh": "短链接可能指向任何地方，只有在已知前缀下才被接受。请将您的短链接前缀（如 https://brand.example/r/）加入允许列表，或印刷完整的注册网址。",
        "ja": "短縮URLはどこへでも飛ばせるため、既知のプレフィックスの場合のみ許可されます。短縮URLのプレフィックス（例：https://brand.example/r/）を許可リストに追加するか、登録ページのURLをそのまま印刷してください。",
    },
    "registration_reward": {
        "en": "The only reward an insert may offer for registering is a longer warranty. Remove the gift card, voucher, cashback, free item or prize draw; keep 'Register your product to extend your warranty.'",
        "de": "Als Belohnung für die Registrierung ist auf einer Beilage nur eine längere Garantie erlaubt. Streichen Sie Gutschein, Geschenkkarte, Cashback, Gratisartikel oder Verlosung; behalten Sie „Registrieren Sie Ihr Produkt und verlängern Sie die Garantie.“",
        "fr": "La seule contrepartie autorisée pour l'enregistrement est une garantie plus longue. Supprimez la carte cadeau, le bon d'achat, le cashback, l'article offert ou le tirage au sort ; gardez « Enregistrez votre produit pour prolonger la garantie. »",
        "es": "La única recompensa permitida por registrar el producto es una garantía más larga. Elimina la tarjeta regalo, el vale, el cashback, el artículo gratis o el sorteo; deja «Registra tu producto para ampliar la garantía».",
        "it": "L'unica ricompensa ammessa per la registrazione è una garanzia più lunga. Elimina buono, carta regalo, cashback, articolo gratuito o estrazione; lascia «Registra il prodotto per estendere la garanzia».",
        "zh": "注册产品唯一允许的回报是延长保修。请删除红包、代金券、返现、赠品或抽奖；保留“注册产品即可延长保修”。",
        "ja": "製品登録の特典として認められるのは保証期間の延長だけです。ギフト券・クーポン・キャッシュバック・無料の品・抽選を削除し、「製品登録で保証期間を延長」とだけ記載してください。",
    },
    "own_site": {
        "en": "On Amazon you may not send the buyer to your own website or shop, even without a link. Answer the question here; to share a manual or a document, attach it as a PDF.",
        "de": "Auf Amazon dürfen Sie den Käufer nicht auf Ihre eigene Website oder Ihren Shop verweisen, auch ohne Link. Beantworten Sie die Frage hier; eine Anleitung oder ein Dokument hängen Sie als PDF an.",
        "fr": "Sur Amazon, vous ne pouvez pas renvoyer l'acheteur vers votre site ou votre boutique, même sans lien. Répondez ici ; pour une notice ou un document, joignez-le en PDF.",
        "es": "En Amazon no puedes remitir al comprador a tu web o tienda, ni siquiera sin enlace. Responde aquí; si necesita un manual o un documento, adjúntalo en PDF.",
        "it": "Su Amazon non puoi rimandare l'acquirente al tuo sito o negozio, nemmeno senza link. Rispondi qui; per un manuale o un documento, allegalo in PDF.",
        "zh": "在亚马逊上不能把买家引导到您自己的网站或商城，即使没有链接也不行。请直接在此回答；说明书或文件请以PDF附件发送。",
        "ja": "Amazonでは、リンクがなくても自社サイトやショップへ案内することはできません。ここで回答し、説明書や資料はPDFで添付してください。",
    },
    "brand_shop": {
        "en": "This sends the customer to your own shop. Remove it; on marketplace orders talk only about this order and the product.",
        "de": "Das schickt den Kunden in Ihren eigenen Shop. Entfernen Sie es; bei Marktplatz-Bestellungen geht es nur um diese Bestellung und das Produkt.",
        "fr": "Cela envoie le client vers votre propre boutique. Supprimez-le ; pour une commande marketplace, parlez seulement de cette commande et du produit.",
        "es": "Esto envía al cliente a tu propia tienda. Elimínalo; en pedidos del marketplace habla solo de este pedido y del producto.",
        "it": "Questo manda il cliente al vostro negozio. Rimuovetelo; per gli ordini marketplace parlate solo di questo ordine e del prodotto.",
        "zh": "这会把顾客引导到您自己的店铺。请删除；平台订单中只谈本订单和产品。",
        "ja": "自社ショップへ誘導しています。削除してください。マーケットプレイスの注文ではこの注文と商品についてのみ記載します。",
    },
    "review_solicitation": {
        "en": "Ask for a review only neutrally, e.g. 'We would appreciate your honest review, good or bad.' Do not ask for positive or 5-star reviews or only ask happy customers.",
        "de": "Bitten Sie nur neutral um eine Bewertung, z. B. „Wir freuen uns über Ihre ehrliche Bewertung – ob positiv oder negativ.“ Bitten Sie nicht um positive oder 5-Sterne-Bewertungen.",
        "fr": "Demandez un avis de façon neutre, p. ex. « Votre avis sincère, positif ou négatif, nous aide. » Ne demandez pas d'avis positif ou 5 étoiles.",
        "es": "Pide la reseña de forma neutral, p. ej. «Te agradeceríamos una opinión sincera, buena o mala». No pidas reseñas positivas ni de 5 estrellas.",
        "it": "Chiedi una recensione in modo neutro, es. «Ci farebbe piacere una recensione sincera, positiva o negativa». Non chiedere recensioni positive o a 5 stelle.",
        "zh": "只能中立地请求评价，例如“欢迎留下真实评价，好评差评都可以”。不要索要好评或五星评价。",
        "ja": "レビューの依頼は中立的に（例：「良い点も悪い点も率直なレビューをお願いします」）。高評価や星5つを求めないでください。",
    },
    "review_gating": {
        "en": "Asking unhappy buyers to contact you before reviewing is review gating. Offer help and ask for a review separately and neutrally: 'If anything is wrong, reply and we will help.'",
        "de": "Unzufriedene Käufer zu bitten, sich vor einer Bewertung zuerst bei Ihnen zu melden, ist Review-Gating. Bieten Sie Hilfe an und bitten Sie getrennt und neutral um eine Bewertung.",
        "fr": "Demander aux acheteurs mécontents de vous contacter avant de laisser un avis, c'est filtrer les avis. Proposez votre aide et demandez l'avis séparément, de façon neutre.",
        "es": "Pedir a los compradores descontentos que te contacten antes de opinar es filtrar reseñas. Ofrece ayuda y pide la reseña por separado y de forma neutral.",
        "it": "Chiedere agli acquirenti insoddisfatti di contattarvi prima di recensire significa filtrare le recensioni. Offrite aiuto e chiedete la recensione separatamente e in modo neutro.",
        "zh": "要求不满意的买家先联系您再评价属于“评价筛选”。请单独提供帮助，并中立地请求评价。",
        "ja": "不満のある購入者にレビュー前の連絡を求めるのはレビューの選別にあたります。サポートの案内とレビュー依頼は分け、中立的に書いてください。",
    },
    "review_change": {
        "en": "Never ask a buyer to change or remove a review, even after solving the problem. Just confirm the solution.",
        "de": "Bitten Sie nie darum, eine Bewertung zu ändern oder zu löschen, auch nicht nach gelöstem Problem. Bestätigen Sie einfach die Lösung.",
        "fr": "Ne demandez jamais de modifier ou supprimer un avis, même après avoir réglé le problème. Confirmez simplement la solution.",
        "es": "Nunca pidas cambiar o eliminar una reseña, ni siquiera tras resolver el problema. Limítate a confirmar la solución.",
        "it": "Non chiedere mai di modificare o rimuovere una recensione, nemmeno dopo aver risolto il problema. Conferma solo la soluzione.",
        "zh": "即使问题已解决，也绝不能要求买家修改或删除评价。只需确认解决方案即可。",
        "ja": "問題解決後であっても、レビューの変更や削除を依頼してはいけません。解決した旨だけをお伝えください。",
    },
    "review_incentive": {
        "en": "Nothing of value may be tied to a review (refund, gift, voucher, free or discounted product). Remove the reward; a neutral review request without anything in return is fine.",
        "de": "Für eine Bewertung darf es keine Gegenleistung geben (Erstattung, Geschenk, Gutschein, Gratis- oder reduziertes Produkt). Entfernen Sie die Belohnung; eine neutrale Bitte ohne Gegenleistung ist erlaubt.",
        "fr": "Rien de valeur ne peut être lié à un avis (remboursement, cadeau, bon d'achat, produit gratuit ou réduit). Supprimez la récompense ; une demande neutre sans contrepartie est possible.",
        "es": "Nada de valor puede ir ligado a una reseña (reembolso, regalo, cupón, producto gratis o rebajado). Elimina la recompensa; una petición neutral sin nada a cambio sí vale.",
        "it": "Nulla di valore può essere legato a una recensione (rimborso, regalo, buono, prodotto gratis o scontato). Rimuovi il premio; una richiesta neutra senza contropartita va bene.",
        "zh": "不得以任何有价值的东西换取评价（退款、礼品、优惠券、免费或打折产品）。请删除奖励；不附带回报的中立评价请求是可以的。",
        "ja": "レビューの見返りに価値のあるもの（返金、プレゼント、クーポン、無料・割引商品）を提供してはいけません。特典を削除してください。見返りのない中立的な依頼は問題ありません。",
    },
    "review_incentive@owned_message": {
        "en": "Paying or rewarding customers for reviews is unlawful in the EU and the US when it is tied to the review (and breaks every marketplace's rules). Remove the reward or make it independent of any review.",
        "de": "Belohnungen für Bewertungen sind in der EU und den USA unzulässig, wenn sie an die Bewertung geknüpft sind (und verstoßen gegen alle Marktplatzregeln). Entfernen Sie die Belohnung oder lösen Sie sie von der Bewertung.",
        "fr": "Récompenser des avis est illégal dans l'UE et aux États-Unis lorsque la récompense est liée à l'avis (et contraire aux règles des marketplaces). Supprimez-la ou rendez-la indépendante de tout avis.",
        "es": "Recompensar reseñas es ilegal en la UE y EE. UU. cuando la recompensa depende de la reseña (y va contra las normas de los marketplaces). Elimínala o hazla independiente de cualquier reseña.",
        "it": "Premiare le recensioni è illecito nell'UE e negli USA quando il premio è legato alla recensione (e viola le regole dei marketplace). Rimuovilo o rendilo indipendente da qualsiasi recensione.",
        "zh": "以奖励换取评价在欧盟和美国属于违法行为（也违反所有电商平台规则）。请删除奖励，或使其与评价无关。",
        "ja": "レビューと引き換えの報酬はEU・米国で違法となり、各マーケットプレイスの規約にも違反します。特典を削除するか、レビューと無関係にしてください。",
    },
    "newsletter_signup": {
        "en": "Sign-up invitations (newsletter, club, loyalty, membership) are marketing. Remove it; on an insert, invite people to register their product — marketing consent is asked separately on the registration page.",
        "de": "Einladungen zu Newsletter, Club, Treue- oder Mitgliedsprogramm sind Werbung. Entfernen Sie sie; laden Sie auf einer Beilage zur Produktregistrierung ein – die Werbeeinwilligung wird dort getrennt abgefragt.",
        "fr": "Les invitations à s'inscrire (newsletter, club, fidélité) sont de la publicité. Supprimez-les ; sur un encart, invitez plutôt à enregistrer le produit — le consentement marketing est demandé à part.",
        "es": "Las invitaciones a suscribirse (boletín, club, fidelidad) son publicidad. Elimínala; en un folleto invita a registrar el producto: el consentimiento de marketing se pide aparte.",
        "it": "Gli inviti a iscriversi (newsletter, club, fedeltà) sono pubblicità. Rimuovili; su un inserto invita a registrare il prodotto: il consenso marketing si chiede a parte.",
        "zh": "邀请订阅（新闻邮件、会员、积分计划）属于营销。请删除；插页上可邀请注册产品，营销同意会在注册页单独征求。",
        "ja": "メルマガ・会員・ポイントプログラムへの勧誘は販促にあたります。削除してください。同梱物では製品登録の案内にとどめ、販促の同意は登録ページで別途取得します。",
    },
    "social_media": {
        "en": "Follow-us calls and social media handles move buyers off Amazon. Remove them from the message.",
        "de": "Aufrufe zum Folgen und Social-Media-Namen lenken Käufer von Amazon weg. Entfernen Sie sie aus der Nachricht.",
        "fr": "Les invitations à vous suivre et les comptes de réseaux sociaux détournent l'acheteur d'Amazon. Supprimez-les du message.",
        "es": "Las invitaciones a seguiros y los perfiles en redes sociales sacan al comprador de Amazon. Elimínalos del mensaje.",
        "it": "Gli inviti a seguirvi e i profili social portano l'acquirente fuori da Amazon. Rimuovili dal messaggio.",
        "zh": "“关注我们”及社交媒体账号会把买家引导到亚马逊之外。请从消息中删除。",
        "ja": "SNSのフォロー依頼やアカウントは購入者をAmazonの外に誘導します。メッセージから削除してください。",
    },
    "social_giveaway": {
        "en": "Giveaways, contests and prize draws are promotions. Remove them; a plain social handle ('@brand on Instagram') may stay on an insert.",
        "de": "Gewinnspiele und Verlosungen sind Werbung. Entfernen Sie sie; ein einfacher Social-Media-Name („@marke auf Instagram“) darf auf einer Beilage bleiben.",
        "fr": "Les jeux-concours et tirages au sort sont de la publicité. Supprimez-les ; un simple compte (« @marque sur Instagram ») peut rester sur un encart.",
        "es": "Los sorteos y concursos son publicidad. Elimínalos; un simple perfil («@marca en Instagram») puede quedarse en un folleto.",
        "it": "Concorsi ed estrazioni sono pubblicità. Rimuovili; un semplice profilo («@marchio su Instagram») può restare su un inserto.",
        "zh": "抽奖和竞赛属于促销。请删除；插页上可以保留简单的社交账号（如“Instagram：@品牌”）。",
        "ja": "プレゼント企画や抽選は販促にあたります。削除してください。同梱物ではアカウント名の記載（「Instagram：@ブランド」）のみ可能です。",
    },
    "emoji": {
        "en": "Amazon messages may not contain emoji or emoji decorations. Remove them; plain words carry the tone.",
        "de": "Amazon-Nachrichten dürfen keine Emojis oder Emoji-Verzierungen enthalten. Entfernen Sie sie; freundliche Worte genügen.",
        "fr": "Les messages Amazon ne doivent contenir ni emoji ni décoration emoji. Supprimez-les ; des mots aimables suffisent.",
        "es": "Los mensajes de Amazon no pueden llevar emojis ni adornos con emojis. Elimínalos; bastan palabras amables.",
        "it": "I messaggi Amazon non possono contenere emoji né decorazioni emoji. Rimuovile; bastano parole cortesi.",
        "zh": "亚马逊消息中不得使用表情符号或表情装饰。请删除，用文字表达语气即可。",
        "ja": "Amazonのメッセージに絵文字や絵文字の装飾は使えません。削除し、言葉で伝えてください。",
    },
    "opt_out": {
        "en": "Amazon messages are order messages and must not carry marketing-style unsubscribe or 'reply STOP' lines. Remove it; Amazon manages buyers' message preferences.",
        "de": "Amazon-Nachrichten sind Bestellnachrichten und dürfen keine Abmelde- oder „STOP“-Zeilen wie im Marketing enthalten. Entfernen Sie sie; Amazon verwaltet die Einstellungen der Käufer.",
        "fr": "Les messages Amazon concernent la commande et ne doivent pas contenir de lien de désinscription ou de « répondez STOP ». Supprimez-le ; Amazon gère les préférences des acheteurs.",
        "es": "Los mensajes de Amazon son sobre el pedido y no pueden llevar líneas de baja ni «responde STOP». Elimínala; Amazon gestiona las preferencias del comprador.",
        "it": "I messaggi Amazon riguardano l'ordine e non possono contenere righe di disiscrizione o «rispondi STOP». Rimuovila; Amazon gestisce le preferenze degli acquirenti.",
        "zh": "亚马逊消息是订单消息，不得包含营销式的退订或“回复TD”内容。请删除；买家的消息偏好由亚马逊管理。",
        "ja": "Amazonのメッセージは注文連絡であり、配信停止の案内を入れることはできません。削除してください。購入者の受信設定はAmazonが管理します。",
    },
    "competitor_disparagement": {
        "en": "Do not knock other sellers' or brands' products on an insert. Describe your own product's qualities instead.",
        "de": "Werten Sie auf einer Beilage keine Produkte anderer Anbieter oder Marken ab. Beschreiben Sie stattdessen die Stärken Ihres eigenen Produkts.",
        "fr": "Ne dénigrez pas les produits d'autres vendeurs ou marques sur un encart. Décrivez plutôt les qualités de votre produit.",
        "es": "No desacredites productos de otros vendedores o marcas en un folleto. Describe en su lugar las cualidades de tu producto.",
        "it": "Non denigrare i prodotti di altri venditori o marchi su un inserto. Descrivi invece le qualità del tuo prodotto.",
        "zh": "不要在插页上贬低其他卖家或品牌的产品。请改为介绍自己产品的优点。",
        "ja": "同梱物で他社・他ブランドの商品をけなさないでください。自社商品の良さを説明してください。",
    },
}

#: The category whose translations stand in when a specific entry lacks a language.
_FALLBACK: dict[str, str] = {
    "amazon_other": "link",
    "contact_email": "contact_diversion",
    "contact_phone": "contact_diversion",
    "amazon_product": "promotion",
    "insert_target": "promotion",
    "short_link": "promotion",
    "brand_shop": "promotion",
    "own_site": "promotion",
    "registration_reward": "promotion",
    "review_gating": "review_solicitation",
    "review_change": "review_solicitation",
    "social_giveaway": "social_media",
}


def message_for(key: str, policy: str, lang: str | None) -> tuple[str, str, str]:
    """``(english, local, local_lang)`` for a message key under a policy."""
    entry = MESSAGES.get(f"{key}@{policy}") or MESSAGES.get(key)
    if entry is None:
        entry = MESSAGES[_FALLBACK.get(key, "promotion")]
    english = entry["en"]
    if not lang or lang == "en":
        return english, english, "en"
    local = entry.get(lang)
    if local is None:
        fallback = MESSAGES.get(_FALLBACK.get(key, ""), {})
        local = fallback.get(lang)
    if local is None:
        return english, english, "en"
    return english, local, lang
