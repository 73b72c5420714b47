"""Demo wording of the legal notice (Impressum, § 5 DDG) and the privacy notice (Art. 13 GDPR)
in the six languages, formal register. Placeholders a brand's lawyers replace: the register
number, the VAT number and the managing directors are invented."""

ADDRESS = "Nordvik Outdoor GmbH<br>Hafenstraße 12<br>20457 Hamburg"

# language: {kind: (title, slug, body)}
LEGAL = {
    "en": {
        "imprint": ("Legal notice", "legal-notice",
            f"<h2>Information pursuant to Section 5 of the German Digital Services Act (DDG)</h2><p>{ADDRESS}<br>Germany</p>"
            "<p>Managing directors: Anna Lindqvist, Jonas Berger<br>Commercial register: Hamburg Local Court, HRB 000000<br>VAT identification number: DE000000000</p>"
            "<h2>Contact</h2><p>E-mail: care@nordvik.example<br>Phone: +49 40 1234567</p>"
            "<h2>Online dispute resolution</h2><p>We are neither obliged nor willing to take part in dispute resolution proceedings before a consumer arbitration board.</p>"),
        "privacy": ("Privacy notice", "privacy",
            f"<h2>Controller</h2><p>{ADDRESS}, Germany, care@nordvik.example</p>"
            "<h2>What we process and why</h2><p>When you register a product, we process your name, your e-mail address, the product, its serial number and the date of purchase to issue your warranty certificate and to handle warranty claims (Art. 6(1)(b) GDPR). We send you news only if you have given your consent and confirmed your address (Art. 6(1)(a) GDPR); you may withdraw your consent at any time.</p>"
            "<h2>How long we keep it</h2><p>We keep registration data for as long as the warranty runs and for the statutory retention periods thereafter. Unconfirmed consents are anonymised after 30 days.</p>"
            "<h2>Your rights</h2><p>You have the right of access, rectification, erasure, restriction of processing, data portability and objection, and the right to lodge a complaint with a supervisory authority. On the page “Your data” you can download your data, withdraw consent or have your data erased at any time.</p>"),
    },
    "de": {
        "imprint": ("Impressum", "impressum",
            f"<h2>Angaben gemäß § 5 DDG</h2><p>{ADDRESS}<br>Deutschland</p>"
            "<p>Geschäftsführung: Anna Lindqvist, Jonas Berger<br>Registergericht: Amtsgericht Hamburg, HRB 000000<br>Umsatzsteuer-Identifikationsnummer: DE000000000</p>"
            "<h2>Kontakt</h2><p>E-Mail: care@nordvik.example<br>Telefon: +49 40 1234567</p>"
            "<h2>Verbraucherstreitbeilegung</h2><p>Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.</p>"),
        "privacy": ("Datenschutzerklärung", "datenschutz",
            f"<h2>Verantwortlicher</h2><p>{ADDRESS}, Deutschland, care@nordvik.example</p>"
            "<h2>Welche Daten wir verarbeiten und warum</h2><p>Wenn Sie ein Produkt registrieren, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse, das Produkt, seine Seriennummer und das Kaufdatum, um Ihr Garantiezertifikat auszustellen und Garantiefälle zu bearbeiten (Art. 6 Abs. 1 lit. b DSGVO). Neuigkeiten senden wir Ihnen nur, wenn Sie eingewilligt und Ihre Adresse bestätigt haben (Art. 6 Abs. 1 lit. a DSGVO); Sie können Ihre Einwilligung jederzeit widerrufen.</p>"
            "<h2>Wie lange wir Daten speichern</h2><p>Registrierungsdaten speichern wir für die Dauer der Garantie und danach für die gesetzlichen Aufbewahrungsfristen. Nicht bestätigte Einwilligungen werden nach 30 Tagen anonymisiert.</p>"
            "<h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch sowie das Recht auf Beschwerde bei einer Aufsichtsbehörde. Auf der Seite „Ihre Daten“ können Sie Ihre Daten jederzeit herunterladen, Einwilligungen widerrufen oder Ihre Daten löschen lassen.</p>"),
    },
    "fr": {
        "imprint": ("Mentions légales", "mentions-legales",
            f"<h2>Éditeur du site</h2><p>{ADDRESS}<br>Allemagne</p>"
            "<p>Gérants : Anna Lindqvist, Jonas Berger<br>Registre du commerce : tribunal d’instance de Hambourg, HRB 000000<br>Numéro de TVA intracommunautaire : DE000000000</p>"
            "<h2>Contact</h2><p>E-mail : care@nordvik.example<br>Téléphone : +49 40 1234567</p>"
            "<h2>Règlement des litiges</h2><p>Nous ne sommes ni disposés ni tenus à participer à une procédure de règlement des litiges devant un organisme de médiation de la consommation.</p>"),
        "privacy": ("Politique de confidentialité", "confidentialite",
            f"<h2>Responsable du traitement</h2><p>{ADDRESS}, Allemagne, care@nordvik.example</p>"
            "<h2>Données traitées et finalités</h2><p>Lorsque vous enregistrez un produit, nous traitons votre nom, votre adresse e-mail, le produit, son numéro de série et la date d’achat afin d’émettre votre certificat de garantie et de traiter vos demandes de garantie (art. 6, paragraphe 1, point b du RGPD). Nous ne vous envoyons des nouvelles que si vous y avez consenti et avez confirmé votre adresse (art. 6, paragraphe 1, point a du RGPD) ; vous pouvez retirer votre consentement à tout moment.</p>"
            "<h2>Durée de conservation</h2><p>Nous conservons les données d’enregistrement pendant la durée de la garantie, puis pendant les délais de conservation légaux. Les consentements non confirmés sont anonymisés après 30 jours.</p>"
            "<h2>Vos droits</h2><p>Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation du traitement, de portabilité et d’opposition, ainsi que du droit d’introduire une réclamation auprès d’une autorité de contrôle. Sur la page « Vos données », vous pouvez à tout moment télécharger vos données, retirer votre consentement ou faire effacer vos données.</p>"),
    },
    "es": {
        "imprint": ("Aviso legal", "aviso-legal",
            f"<h2>Titular del sitio</h2><p>{ADDRESS}<br>Alemania</p>"
            "<p>Administradores: Anna Lindqvist, Jonas Berger<br>Registro mercantil: Juzgado de Hamburgo, HRB 000000<br>Número de IVA: DE000000000</p>"
            "<h2>Contacto</h2><p>Correo electrónico: care@nordvik.example<br>Teléfono: +49 40 1234567</p>"
            "<h2>Resolución de litigios</h2><p>No estamos obligados ni dispuestos a participar en procedimientos de resolución de litigios ante una entidad de arbitraje de consumo.</p>"),
        "privacy": ("Política de privacidad", "privacidad",
            f"<h2>Responsable del tratamiento</h2><p>{ADDRESS}, Alemania, care@nordvik.example</p>"
            "<h2>Qué datos tratamos y por qué</h2><p>Cuando registra un producto, tratamos su nombre, su dirección de correo electrónico, el producto, su número de serie y la fecha de compra para emitir su certificado de garantía y gestionar sus reclamaciones de garantía (art. 6, apartado 1, letra b del RGPD). Solo le enviamos novedades si ha dado su consentimiento y ha confirmado su dirección (art. 6, apartado 1, letra a del RGPD); puede retirar su consentimiento en cualquier momento.</p>"
            "<h2>Cuánto tiempo conservamos los datos</h2><p>Conservamos los datos del registro mientras dure la garantía y, después, durante los plazos legales de conservación. Los consentimientos no confirmados se anonimizan a los 30 días.</p>"
            "<h2>Sus derechos</h2><p>Tiene derecho de acceso, rectificación, supresión, limitación del tratamiento, portabilidad y oposición, así como derecho a presentar una reclamación ante una autoridad de control. En la página «Sus datos» puede descargar sus datos, retirar su consentimiento o solicitar la supresión de sus datos en cualquier momento.</p>"),
    },
    "it": {
        "imprint": ("Note legali", "note-legali",
            f"<h2>Titolare del sito</h2><p>{ADDRESS}<br>Germania</p>"
            "<p>Amministratori: Anna Lindqvist, Jonas Berger<br>Registro delle imprese: Tribunale di Amburgo, HRB 000000<br>Partita IVA: DE000000000</p>"
            "<h2>Contatti</h2><p>E-mail: care@nordvik.example<br>Telefono: +49 40 1234567</p>"
            "<h2>Risoluzione delle controversie</h2><p>Non siamo obbligati né disposti a partecipare a procedure di risoluzione delle controversie dinanzi a un organismo di conciliazione per i consumatori.</p>"),
        "privacy": ("Informativa sulla privacy", "privacy",
            f"<h2>Titolare del trattamento</h2><p>{ADDRESS}, Germania, care@nordvik.example</p>"
            "<h2>Quali dati trattiamo e perché</h2><p>Quando Lei registra un prodotto, trattiamo il Suo nome, il Suo indirizzo e-mail, il prodotto, il numero di serie e la data di acquisto per emettere il Suo certificato di garanzia e gestire le richieste di garanzia (art. 6, par. 1, lett. b GDPR). Le inviamo novità solo se ha dato il Suo consenso e confermato il Suo indirizzo (art. 6, par. 1, lett. a GDPR); può revocare il consenso in qualsiasi momento.</p>"
            "<h2>Per quanto tempo conserviamo i dati</h2><p>Conserviamo i dati di registrazione per la durata della garanzia e successivamente per i termini di conservazione previsti dalla legge. I consensi non confermati vengono resi anonimi dopo 30 giorni.</p>"
            "<h2>I Suoi diritti</h2><p>Lei ha diritto di accesso, rettifica, cancellazione, limitazione del trattamento, portabilità e opposizione, nonché il diritto di proporre reclamo a un’autorità di controllo. Alla pagina «I Suoi dati» può in qualsiasi momento scaricare i Suoi dati, revocare il consenso o chiederne la cancellazione.</p>"),
    },
    "zh-hans": {
        "imprint": ("法律声明", "legal-notice",
            f"<h2>根据德国《数字服务法》（DDG）第 5 条提供的信息</h2><p>{ADDRESS}<br>德国</p>"
            "<p>总经理：Anna Lindqvist、Jonas Berger<br>商业登记：汉堡地方法院，HRB 000000<br>增值税识别号：DE000000000</p>"
            "<h2>联系方式</h2><p>电子邮件：care@nordvik.example<br>电话：+49 40 1234567</p>"
            "<h2>争议解决</h2><p>我们没有义务、也不愿意参加消费者仲裁机构的争议解决程序。</p>"),
        "privacy": ("隐私声明", "privacy",
            f"<h2>数据控制者</h2><p>{ADDRESS}，德国，care@nordvik.example</p>"
            "<h2>我们处理哪些数据及其目的</h2><p>当您注册产品时，我们会处理您的姓名、电子邮件地址、产品、序列号和购买日期，以便为您出具保修证书并处理保修申请（《通用数据保护条例》第 6 条第 1 款 b 项）。只有在您同意并确认了您的地址后，我们才会向您发送新闻（第 6 条第 1 款 a 项）；您可以随时撤回同意。</p>"
            "<h2>数据保存期限</h2><p>我们在保修期内以及此后的法定保存期限内保存注册数据。未确认的同意将在 30 天后匿名化。</p>"
            "<h2>您的权利</h2><p>您有权访问、更正、删除、限制处理、数据可携带和提出异议，并有权向监管机构投诉。在“您的数据”页面上，您可以随时下载您的数据、撤回同意或要求删除您的数据。</p>"),
    },
}  # fmt: skip
