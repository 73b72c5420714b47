"""The demo products' names and summaries, and the variants' labels, in the five languages
besides English (the catalogue's source language)."""

# slug → language → (name, summary)
TRANSLATIONS = {
    "trail-headlamp-400": {
        "de": ("Stirnlampe Trail 400", "Aufladbare Stirnlampe mit 400 Lumen, Rotlicht und Sperre."),
        "fr": ("Lampe frontale Trail 400", "Lampe frontale rechargeable de 400 lumens, avec lumière rouge et verrouillage."),
        "es": ("Linterna frontal Trail 400", "Linterna frontal recargable de 400 lúmenes, con luz roja y bloqueo."),
        "it": ("Lampada frontale Trail 400", "Lampada frontale ricaricabile da 400 lumen, con luce rossa e blocco."),
        "zh-hans": ("Trail 400 头灯", "可充电 400 流明头灯，带红光模式和锁定功能。"),
    },
    "insulated-bottle-750": {
        "de": ("Isolierflasche 750 ml", "Doppelwandige Edelstahlflasche; 24 h kalt, 12 h heiß."),
        "fr": ("Bouteille isotherme 750 ml", "Bouteille en inox à double paroi ; 24 h au frais, 12 h au chaud."),
        "es": ("Botella térmica 750 ml", "Botella de acero de doble pared; 24 h fría, 12 h caliente."),
        "it": ("Borraccia termica 750 ml", "Borraccia in acciaio a doppia parete; 24 h fredda, 12 h calda."),
        "zh-hans": ("750 毫升保温瓶", "双层不锈钢保温瓶；保冷 24 小时，保温 12 小时。"),
    },
    "compact-camp-stove": {
        "de": ("Kompakter Campingkocher", "Klappbarer Gaskocher mit Piezozündung und Windschutz."),
        "fr": ("Réchaud de camping compact", "Réchaud à gaz pliable avec allumage piézo et pare-vent."),
        "es": ("Hornillo de camping compacto", "Hornillo de gas plegable con encendido piezoeléctrico y paravientos."),
        "it": ("Fornello da campeggio compatto", "Fornello a gas pieghevole con accensione piezo e paravento."),
        "zh-hans": ("便携露营炉", "折叠式燃气炉，带电子点火和挡风罩。"),
    },
    "ultralight-trekking-poles": {
        "de": ("Ultraleichte Trekkingstöcke", "Carbonstöcke, 245 g pro Paar, mit Klemmverschluss."),
        "fr": ("Bâtons de randonnée ultralégers", "Bâtons en carbone, 245 g la paire, avec réglage par levier."),
        "es": ("Bastones de trekking ultraligeros", "Bastones de carbono, 245 g el par, con cierre rápido."),
        "it": ("Bastoncini da trekking ultraleggeri", "Bastoncini in carbonio, 245 g al paio, con regolazione a leva."),
        "zh-hans": ("超轻登山杖", "碳纤维登山杖，每对 245 克，快锁调节。"),
    },
    "down-sleeping-bag-m5": {
        "de": ("Daunenschlafsack −5 °C", "Verantwortungsvoll gewonnene Daunen, Komfortgrenze −5 °C."),
        "fr": ("Sac de couchage en duvet −5 °C", "Duvet d’origine responsable, température de confort −5 °C."),
        "es": ("Saco de dormir de plumón −5 °C", "Plumón de origen responsable, temperatura de confort −5 °C."),
        "it": ("Sacco a pelo in piuma −5 °C", "Piuma di provenienza responsabile, temperatura comfort −5 °C."),
        "zh-hans": ("−5 °C 羽绒睡袋", "负责任来源的羽绒，舒适温度 −5 °C。"),
    },
    "water-filter-pro": {
        "de": ("Wasserfilter Pro", "Hohlfaserfilter für 1.500 Liter, mit Rückspülspritze."),
        "fr": ("Filtre à eau Pro", "Filtre à fibres creuses pour 1 500 litres, avec seringue de rétrolavage."),
        "es": ("Filtro de agua Pro", "Filtro de fibra hueca para 1.500 litros, con jeringa de retrolavado."),
        "it": ("Filtro per acqua Pro", "Filtro a fibre cave per 1.500 litri, con siringa per il controlavaggio."),
        "zh-hans": ("Pro 净水过滤器", "中空纤维过滤器，可过滤 1500 升，附反冲洗注射器。"),
    },
}  # fmt: skip

# English label → language → label
SKU_LABELS = {
    "Black": {"de": "Schwarz", "fr": "Noir", "es": "Negro", "it": "Nero", "zh-hans": "黑色"},
    "Orange": {"de": "Orange", "fr": "Orange", "es": "Naranja", "it": "Arancione", "zh-hans": "橙色"},
    "Steel": {"de": "Edelstahl", "fr": "Inox", "es": "Acero", "it": "Acciaio", "zh-hans": "不锈钢色"},
    "Sage": {"de": "Salbeigrün", "fr": "Vert sauge", "es": "Verde salvia", "it": "Verde salvia", "zh-hans": "鼠尾草绿"},
    "Pair": {"de": "Paar", "fr": "Paire", "es": "Par", "it": "Paio", "zh-hans": "一对"},
    "Right zip": {"de": "Reißverschluss rechts", "fr": "Fermeture à droite", "es": "Cremallera a la derecha", "it": "Zip a destra", "zh-hans": "右侧拉链"},
    "Left zip": {"de": "Reißverschluss links", "fr": "Fermeture à gauche", "es": "Cremallera a la izquierda", "it": "Zip a sinistra", "zh-hans": "左侧拉链"},
}  # fmt: skip
