"""Demo wording for the product pages and consent texts, in the six languages (kept apart from
``demo.py`` so the seeding logic stays readable)."""

INDEX_TITLES = {
    "en": ("Products", "products", "Find your product to register it, download its manual or get help."),
    "de": ("Produkte", "produkte", "Finden Sie Ihr Produkt, um es zu registrieren, die Anleitung herunterzuladen oder Hilfe zu bekommen."),
    "fr": ("Produits", "produits", "Trouvez votre produit pour l’enregistrer, télécharger son mode d’emploi ou obtenir de l’aide."),
    "es": ("Productos", "productos", "Busque su producto para registrarlo, descargar el manual u obtener ayuda."),
    "it": ("Prodotti", "prodotti", "Trovi il suo prodotto per registrarlo, scaricare il manuale o ricevere assistenza."),
    "zh-hans": ("产品", "products", "找到您的产品，即可注册、下载说明书或获取帮助。"),
}  # fmt: skip

# slug → language → (headline, short introduction)
PRODUCTS = {
    "trail-headlamp-400": {
        "en": ("Trail Headlamp 400", "400 lumens, a red light for the tent and a lock so it never switches on in your pack."),
        "de": ("Stirnlampe Trail 400", "400 Lumen, Rotlicht fürs Zelt und eine Sperre, damit sie sich im Rucksack nie von selbst einschaltet."),
        "fr": ("Lampe frontale Trail 400", "400 lumens, une lumière rouge pour la tente et un verrouillage pour qu’elle ne s’allume jamais dans le sac."),
        "es": ("Linterna frontal Trail 400", "400 lúmenes, luz roja para la tienda y bloqueo para que nunca se encienda en la mochila."),
        "it": ("Lampada frontale Trail 400", "400 lumen, luce rossa per la tenda e blocco per non accendersi mai nello zaino."),
        "zh-hans": ("Trail 400 头灯", "400 流明，帐篷内可用红光模式，并带锁定功能，放在背包里不会误开。"),
    },
    "insulated-bottle-750": {
        "en": ("Insulated Bottle 750 ml", "Keeps drinks cold for 24 hours and hot for 12, in double-walled stainless steel."),
        "de": ("Isolierflasche 750 ml", "Hält Getränke 24 Stunden kalt und 12 Stunden heiß – doppelwandiger Edelstahl."),
        "fr": ("Bouteille isotherme 750 ml", "Garde vos boissons froides 24 heures et chaudes 12 heures, en inox à double paroi."),
        "es": ("Botella térmica 750 ml", "Mantiene las bebidas frías 24 horas y calientes 12, en acero inoxidable de doble pared."),
        "it": ("Borraccia termica 750 ml", "Mantiene le bevande fredde per 24 ore e calde per 12, in acciaio inox a doppia parete."),
        "zh-hans": ("750 毫升保温瓶", "双层不锈钢，保冷 24 小时，保温 12 小时。"),
    },
    "compact-camp-stove": {
        "en": ("Compact Camp Stove", "Folds to the size of a fist, lights at the push of a button and keeps burning in the wind."),
        "de": ("Kompakter Campingkocher", "Zusammengeklappt so groß wie eine Faust, zündet per Knopfdruck und brennt auch bei Wind."),
        "fr": ("Réchaud de camping compact", "Replié, il tient dans la main, s’allume d’une pression et résiste au vent."),
        "es": ("Hornillo de camping compacto", "Plegado cabe en un puño, se enciende con un botón y aguanta el viento."),
        "it": ("Fornello da campeggio compatto", "Ripiegato sta in un pugno, si accende con un pulsante e resiste al vento."),
        "zh-hans": ("便携露营炉", "折叠后只有拳头大小，一键点火，有风也能稳定燃烧。"),
    },
    "ultralight-trekking-poles": {
        "en": ("Ultralight Trekking Poles", "Carbon poles at 245 g a pair, adjusted in seconds with flick locks."),
        "de": ("Ultraleichte Trekkingstöcke", "Carbonstöcke mit 245 g pro Paar, in Sekunden mit Klemmverschlüssen eingestellt."),
        "fr": ("Bâtons de randonnée ultralégers", "Bâtons en carbone de 245 g la paire, réglés en quelques secondes grâce aux leviers."),
        "es": ("Bastones de trekking ultraligeros", "Bastones de carbono de 245 g el par, que se ajustan en segundos con cierres rápidos."),
        "it": ("Bastoncini da trekking ultraleggeri", "Bastoncini in carbonio da 245 g al paio, regolabili in pochi secondi con le leve."),
        "zh-hans": ("超轻登山杖", "碳纤维材质，每对仅 245 克，快锁设计，几秒即可调节长度。"),
    },
    "down-sleeping-bag-m5": {
        "en": ("Down Sleeping Bag −5 °C", "Responsibly sourced down, comfortable down to −5 °C, packs small."),
        "de": ("Daunenschlafsack −5 °C", "Verantwortungsvoll gewonnene Daunen, komfortabel bis −5 °C, klein verpackbar."),
        "fr": ("Sac de couchage en duvet −5 °C", "Duvet d’origine responsable, confortable jusqu’à −5 °C, très compressible."),
        "es": ("Saco de dormir de plumón −5 °C", "Plumón de origen responsable, confortable hasta −5 °C y muy compacto."),
        "it": ("Sacco a pelo in piuma −5 °C", "Piuma di provenienza responsabile, confortevole fino a −5 °C, poco ingombrante."),
        "zh-hans": ("−5 °C 羽绒睡袋", "负责任来源的羽绒，舒适温度低至 −5 °C，收纳体积小。"),
    },
    "water-filter-pro": {
        "en": ("Water Filter Pro", "Hollow-fibre filter for 1,500 litres of clean water, with a syringe to backflush it."),
        "de": ("Wasserfilter Pro", "Hohlfaserfilter für 1.500 Liter sauberes Wasser, mit Spritze zum Rückspülen."),
        "fr": ("Filtre à eau Pro", "Filtre à fibres creuses pour 1 500 litres d’eau propre, avec seringue de rétrolavage."),
        "es": ("Filtro de agua Pro", "Filtro de fibra hueca para 1.500 litros de agua limpia, con jeringa para retrolavado."),
        "it": ("Filtro per acqua Pro", "Filtro a fibre cave per 1.500 litri di acqua pulita, con siringa per il controlavaggio."),
        "zh-hans": ("Pro 净水过滤器", "中空纤维滤芯，可过滤 1500 升净水，附反冲洗注射器。"),
    },
}  # fmt: skip

# language → list of (kind, title or level, text)
CARE = {
    "en": [
        ("tip", "Before the first trip", "<p>Read the quick-start guide and try every function at home, where mistakes cost nothing.</p>"),
        ("tip", "Cleaning and storage", "<p>Wipe with a damp cloth, no solvents. Let it dry completely and store it somewhere dry and out of direct sun.</p>"),
        ("safety", "warning", "<p>Use the product only as the manual describes. Stop using it if it is damaged, and keep it away from small children.</p>"),
    ],
    "de": [
        ("tip", "Vor der ersten Tour", "<p>Lesen Sie die Kurzanleitung und probieren Sie alle Funktionen zu Hause aus – dort kosten Fehler nichts.</p>"),
        ("tip", "Reinigen und Aufbewahren", "<p>Mit einem feuchten Tuch abwischen, keine Lösungsmittel verwenden. Vollständig trocknen lassen und trocken, ohne direkte Sonne lagern.</p>"),
        ("safety", "warning", "<p>Verwenden Sie das Produkt nur wie in der Anleitung beschrieben. Benutzen Sie es nicht weiter, wenn es beschädigt ist, und halten Sie es von kleinen Kindern fern.</p>"),
    ],
    "fr": [
        ("tip", "Avant la première sortie", "<p>Lisez le guide de démarrage et essayez chaque fonction à la maison, là où une erreur ne coûte rien.</p>"),
        ("tip", "Nettoyage et rangement", "<p>Essuyez avec un chiffon humide, sans solvant. Laissez sécher complètement et rangez au sec, à l’abri du soleil.</p>"),
        ("safety", "warning", "<p>N’utilisez le produit que comme décrit dans le mode d’emploi. Cessez de l’utiliser s’il est endommagé et tenez-le hors de portée des jeunes enfants.</p>"),
    ],
    "es": [
        ("tip", "Antes de la primera salida", "<p>Lea la guía rápida y pruebe todas las funciones en casa, donde un error no cuesta nada.</p>"),
        ("tip", "Limpieza y almacenamiento", "<p>Límpielo con un paño húmedo, sin disolventes. Déjelo secar por completo y guárdelo en un lugar seco, lejos del sol directo.</p>"),
        ("safety", "warning", "<p>Utilice el producto solo como se indica en el manual. Deje de usarlo si está dañado y manténgalo fuera del alcance de los niños pequeños.</p>"),
    ],
    "it": [
        ("tip", "Prima della prima uscita", "<p>Legga la guida rapida e provi ogni funzione a casa, dove un errore non costa nulla.</p>"),
        ("tip", "Pulizia e conservazione", "<p>Pulire con un panno umido, senza solventi. Lasciare asciugare completamente e conservare in un luogo asciutto, lontano dal sole diretto.</p>"),
        ("safety", "warning", "<p>Usi il prodotto solo come descritto nel manuale. Smetta di usarlo se è danneggiato e lo tenga lontano dai bambini piccoli.</p>"),
    ],
    "zh-hans": [
        ("tip", "首次出行前", "<p>请阅读快速入门指南，并在家中试用每项功能，在家出错不会有任何损失。</p>"),
        ("tip", "清洁与存放", "<p>请用湿布擦拭，勿使用溶剂。待完全干燥后，存放于干燥处，避免阳光直射。</p>"),
        ("safety", "warning", "<p>请仅按说明书所述方式使用本产品。如有损坏，请停止使用，并放在幼儿接触不到的地方。</p>"),
    ],
}  # fmt: skip

FAQ = {
    "en": [
        ("Why should I register my product?", "<p>Registering records your purchase date, so a warranty claim is quick, and it adds the extra warranty months shown on this page where there are any.</p>"),
        ("Do I need to keep the receipt?", "<p>Yes, please keep it with your warranty certificate. For a claim, the registration number on the certificate is usually enough.</p>"),
        ("Will I get advertising if I register?", "<p>No. You receive only your certificate and messages about your registration, unless you tick the optional box and confirm your address.</p>"),
    ],
    "de": [
        ("Warum sollte ich mein Produkt registrieren?", "<p>Die Registrierung hält Ihr Kaufdatum fest, damit ein Garantiefall schnell erledigt ist, und schaltet – wo angegeben – die zusätzlichen Garantiemonate frei.</p>"),
        ("Muss ich den Kaufbeleg aufbewahren?", "<p>Ja, bitte bewahren Sie ihn zusammen mit Ihrem Garantiezertifikat auf. Für einen Garantiefall genügt meist die Registrierungsnummer auf dem Zertifikat.</p>"),
        ("Bekomme ich Werbung, wenn ich mich registriere?", "<p>Nein. Sie erhalten nur Ihr Zertifikat und Nachrichten zu Ihrer Registrierung – es sei denn, Sie setzen freiwillig das Häkchen und bestätigen Ihre Adresse.</p>"),
    ],
    "fr": [
        ("Pourquoi enregistrer mon produit ?", "<p>L’enregistrement conserve votre date d’achat pour traiter rapidement une demande de garantie et, le cas échéant, ajoute les mois de garantie supplémentaires indiqués sur cette page.</p>"),
        ("Dois-je garder le ticket de caisse ?", "<p>Oui, conservez-le avec votre certificat de garantie. Pour une demande, le numéro d’enregistrement figurant sur le certificat suffit généralement.</p>"),
        ("Vais-je recevoir de la publicité si je m’enregistre ?", "<p>Non. Vous recevez uniquement votre certificat et les messages liés à votre enregistrement, sauf si vous cochez la case facultative et confirmez votre adresse.</p>"),
    ],
    "es": [
        ("¿Por qué registrar mi producto?", "<p>El registro guarda la fecha de compra para que una reclamación de garantía sea rápida y, cuando corresponde, añade los meses de garantía adicionales indicados en esta página.</p>"),
        ("¿Tengo que guardar el tique de compra?", "<p>Sí, guárdelo junto con su certificado de garantía. Para una reclamación suele bastar el número de registro que figura en el certificado.</p>"),
        ("¿Recibiré publicidad si me registro?", "<p>No. Solo recibirá su certificado y mensajes sobre su registro, salvo que marque la casilla opcional y confirme su dirección.</p>"),
    ],
    "it": [
        ("Perché registrare il prodotto?", "<p>La registrazione conserva la data di acquisto, così una richiesta di garanzia è rapida, e dove previsto aggiunge i mesi di garanzia extra indicati in questa pagina.</p>"),
        ("Devo conservare lo scontrino?", "<p>Sì, lo conservi insieme al certificato di garanzia. Per una richiesta di solito basta il numero di registrazione riportato sul certificato.</p>"),
        ("Riceverò pubblicità se mi registro?", "<p>No. Riceverà solo il certificato e i messaggi relativi alla registrazione, a meno che non spunti la casella facoltativa e confermi il suo indirizzo.</p>"),
    ],
    "zh-hans": [
        ("为什么要注册产品？", "<p>注册会记录您的购买日期，让保修申请更快捷；如本页注明，还可获得额外的保修月数。</p>"),
        ("需要保留购物凭证吗？", "<p>需要，请与保修证书一起保存。申请保修时，通常只需提供证书上的注册编号。</p>"),
        ("注册后会收到广告吗？", "<p>不会。除非您勾选可选项并确认邮箱地址，否则您只会收到保修证书和与本次注册有关的消息。</p>"),
    ],
}  # fmt: skip

WARRANTY = {
    "en": "<p>We guarantee this product against defects in materials and workmanship for <b>{months} months</b> from the date of purchase{bonus}. We repair or replace a faulty product free of charge. Wear, misuse and accidents are not covered.</p>",
    "de": "<p>Wir garantieren für dieses Produkt <b>{months} Monate</b> ab Kaufdatum{bonus}, dass es frei von Material- und Verarbeitungsfehlern ist. Ein fehlerhaftes Produkt reparieren oder ersetzen wir kostenlos. Verschleiß, unsachgemäßer Gebrauch und Unfälle sind nicht abgedeckt.</p>",
    "fr": "<p>Nous garantissons ce produit contre tout défaut de matériau ou de fabrication pendant <b>{months} mois</b> à compter de la date d’achat{bonus}. Nous réparons ou remplaçons gratuitement un produit défectueux. L’usure, une mauvaise utilisation et les accidents ne sont pas couverts.</p>",
    "es": "<p>Garantizamos este producto frente a defectos de materiales y fabricación durante <b>{months} meses</b> desde la fecha de compra{bonus}. Reparamos o sustituimos gratis un producto defectuoso. El desgaste, el mal uso y los accidentes no están cubiertos.</p>",
    "it": "<p>Garantiamo questo prodotto contro difetti di materiale e di fabbricazione per <b>{months} mesi</b> dalla data di acquisto{bonus}. Ripariamo o sostituiamo gratuitamente un prodotto difettoso. Usura, uso improprio e incidenti non sono coperti.</p>",
    "zh-hans": "<p>自购买之日起 <b>{months} 个月</b>内{bonus}，本产品如出现材料或工艺缺陷，我们将免费维修或更换。正常磨损、使用不当及意外损坏不在保修范围内。</p>",
}  # fmt: skip

BONUS = {
    "en": " (including {bonus} extra months for registering)",
    "de": " (davon {bonus} zusätzliche Monate für die Registrierung)",
    "fr": " (dont {bonus} mois supplémentaires pour l’enregistrement)",
    "es": " (incluidos {bonus} meses adicionales por registrarlo)",
    "it": " (inclusi {bonus} mesi extra per la registrazione)",
    "zh-hans": "（含注册赠送的 {bonus} 个月）",
}

SUPPORT = {
    "en": "<p>Something not working as it should? Write to us or call us: we answer within one working day, in your language.</p>",
    "de": "<p>Funktioniert etwas nicht wie erwartet? Schreiben Sie uns oder rufen Sie an: Wir antworten innerhalb eines Werktags – auf Deutsch.</p>",
    "fr": "<p>Quelque chose ne fonctionne pas comme prévu ? Écrivez-nous ou appelez-nous : nous répondons sous un jour ouvré, en français.</p>",
    "es": "<p>¿Algo no funciona como debería? Escríbanos o llámenos: respondemos en un día laborable, en español.</p>",
    "it": "<p>Qualcosa non funziona come dovrebbe? Ci scriva o ci chiami: rispondiamo entro un giorno lavorativo, in italiano.</p>",
    "zh-hans": "<p>产品使用有问题？欢迎来信或致电，我们会在一个工作日内用中文答复您。</p>",
}

# purpose → language → wording
CONSENT_TEXTS = {
    "marketing_email": {
        "en": "Yes, Nordvik Outdoor may e-mail me news, tips and offers about its outdoor products, at most twice a month. I can withdraw at any time with the link in every e-mail.",
        "de": "Ja, Nordvik Outdoor darf mir per E-Mail Neuigkeiten, Tipps und Angebote zu seinen Outdoor-Produkten schicken, höchstens zweimal im Monat. Ich kann diese Einwilligung jederzeit über den Link in jeder E-Mail widerrufen.",
        "fr": "Oui, Nordvik Outdoor peut m’envoyer par e-mail des nouveautés, des conseils et des offres sur ses produits outdoor, au maximum deux fois par mois. Je peux retirer mon consentement à tout moment via le lien présent dans chaque e-mail.",
        "es": "Sí, Nordvik Outdoor puede enviarme por correo electrónico novedades, consejos y ofertas sobre sus productos de exterior, como máximo dos veces al mes. Puedo retirar mi consentimiento en cualquier momento con el enlace de cada correo.",
        "it": "Sì, Nordvik Outdoor può inviarmi via e-mail novità, consigli e offerte sui suoi prodotti outdoor, al massimo due volte al mese. Posso revocare il consenso in qualsiasi momento con il link presente in ogni e-mail.",
        "zh-hans": "是的，Nordvik Outdoor 可以通过电子邮件向我发送其户外产品的新闻、使用技巧和优惠信息，每月最多两次。我可以随时通过每封邮件中的链接撤回同意。",
    },
    "safety_notices": {
        "en": "Send me safety and recall notices about the products I register, and nothing else.",
        "de": "Senden Sie mir bitte nur Sicherheits- und Rückrufhinweise zu den Produkten, die ich registriere – sonst nichts.",
        "fr": "Envoyez-moi uniquement les avis de sécurité et de rappel concernant les produits que j’enregistre, rien d’autre.",
        "es": "Envíenme solo avisos de seguridad y de retirada sobre los productos que registro, nada más.",
        "it": "Inviatemi solo avvisi di sicurezza e di richiamo sui prodotti che registro, nient’altro.",
        "zh-hans": "仅向我发送与我注册的产品有关的安全提示和召回通知，不发送其他内容。",
    },
}  # fmt: skip
