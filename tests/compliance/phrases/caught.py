"""Violations said without the usual words, by theme."""

from __future__ import annotations

from tests.compliance.phrases import cases

#: Violations said without the usual words, by theme: "<policy> <lang> <text>" per line.
CAUGHT: dict[str, list[tuple[str, str, str]]] = {
    "reviews": cases(
        """
amazon_message de Hallo Herr Braun, freut uns, dass alles passt! Ein paar Sterne auf Amazon würden unserem kleinen Team sehr helfen. Viele Grüße, Nora
amazon_message de Hallo Herr Lenz, sobald Ihr Erfahrungsbericht auf der Produktseite steht, schicken Sie uns kurz einen Screenshot, dann gibt es eine kleine Überraschung. Grüße, Ole
amazon_message de Hallo Herr Otto, wenn Sie zufrieden sind, freuen wir uns über ein paar Zeilen auf der Produktseite, das hilft uns sehr. Grüße, Eva
amazon_message de Hallo Herr Otto, falls Sie die volle Punktzahl vergeben möchten, wäre das für uns ein großes Geschenk. Grüße, Eva
amazon_message de Hallo Herr Otto, für ein Foto Ihrer Bewertung legen wir Ihnen gern ein Pflegeset bei. Grüße, Eva
amazon_message de Hallo Herr Albrecht, der Ersatz ist unterwegs. Wenn alles passt, erzählen Sie doch anderen Kunden auf Amazon von Ihren Erfahrungen – wir freuen uns über jedes Sternchen. Viele Grüße, Lena
amazon_message de Hallo Frau Roth, es wäre großartig, wenn Sie anderen Käufern erzählen, wie Ihnen die Decke gefällt. Viele Grüße, Iris
amazon_message de Sehr geehrte Frau Aydin, vielen Dank für die Fotos. Wir haben Ihnen heute ein Ersatzgerät mit DPD geschickt (Sendungsnummer 15502338817732); das defekte Gerät müssen Sie nicht zurücksenden. Falls Sie zufrieden sind, würden ein paar freundliche Worte dort, wo andere Kaffeefreunde sie lesen, uns sehr helfen. Mit freundlichen Grüßen, Hannah
insert de Zufrieden? Dann freuen wir uns über Ihre Sterne auf Amazon! Unzufrieden? Bitte zuerst uns kontaktieren.
insert de Gefällt Ihnen Ihr neuer Rucksack? Dann teilen Sie Ihre Begeisterung auf Amazon! Falls nicht, schreiben Sie uns vorher eine Mail.
insert de Mehr Ideen unter dem Namen Gartenglüсk – einfach im Browser eingeben.
insert de Mit Liebe gemacht.⏎Wenn Ihnen die Kerze gefällt, erzählen Sie es gern der Welt auf Amazon.⏎Nie unbeaufsichtigt brennen lassen.
insert de Danke für Ihre Bestellung!⏎Etwas nicht in Ordnung? Bitte keine schlechte Bewertung schreiben – melden Sie sich zuerst bei uns, wir lösen es innerhalb von 24 Stunden.
amazon_message en Hi Paul, glad the kettle is working again! A quick rating on Amazon would mean a lot to our little team. Thanks, Jen
amazon_message en Hi Paul, glad it's sorted. If it's earned full marks from you, we'd be over the moon to see that on the listing. Cheers, Jen
amazon_message en Hi Max, when your write-up about the boots appears on the product page, drop us a note and a small surprise will be on its way. Best, Kim
amazon_message en Hi Kay, great to hear the drill is back in action. Would you mind sharing your verdict with other shoppers on the listing? It really helps a small brand like ours. Thanks, Ed
amazon_message en Hi Kay, if the drill has won you over, a top score from you would make our week. Thanks, Ed
amazon_message en Hi Greta, the replacement cable is on its way with DPD and should arrive tomorrow. Once it's all working, we'd be so grateful if you could tell other customers how you got on. Small businesses like ours live and die by that. Warm wishes, Lars
amazon_message en Hi Tom, glad that's fixed! Quick favour: if it's a 10/10 for you, please say so on Amazon; if not, give us a shout here instead. Cheers, Ava
amazon_message en Hello Mrs Bell, thank you for your patience with the delayed parcel. It would mean the world to us if you could let people know what you think of the throw once it's on your sofa. Kind regards, Iris
amazon_message en Hi Owen, the refund is on its way. Between us, if you post a picture of the tent in use on the product page, there's a free groundsheet with your name on it. Cheers, Sol
amazon_message en Just look for Kettlewоrks in your browser, the second o is not what it seems.
amazon_message en Dear Mr Osei, thank you for the photos. I'm sorry the grinder stopped after three weeks. A replacement left our warehouse this afternoon with DPD (tracking 15502338817732), and you don't need to return the faulty one. Once the new grinder has settled in, a few kind words from you where other coffee lovers can see them would make our day. Kind regards, Hannah
amazon_message en Hi Cole, thanks for sticking with us. If you're pleased with how we handled this, we'd be grateful if you let other shoppers know. Best, Ada
amazon_message en Hi Beth, so glad you're happy with it! Five shiny stars from you would honestly make the whole team's day. Best, Gus
insert en Loving your new saw? We'd be thrilled with a five-star shout-out on Amazon!
insert en Made with love in Devon.⏎If our candle made your home cosier, we'd love it if you told the world about it on Amazon.⏎Burn for 2 hours at a time.
insert en Thanks for your order!⏎Psst - reviews keep our small shop alive. If you're loving your new watch, a 5-star rating would mean everything.
insert en Thank you for your order!⏎Did something go wrong? Don't leave a bad review - message us first and we'll sort it out within 24h.
amazon_message es Hola, Rosa: ¡qué bien que ya funcione! Una valoración en Amazon nos ayudaría muchísimo. Saludos, Iker
amazon_message es Hola, Sr. Pons: si el producto le ha convencido, unas palabras en la ficha de Amazon nos ayudarían mucho. Saludos, Ana
amazon_message es Hola, Sr. Pons: por cada foto de su reseña publicada le regalamos un juego de recambios. Saludos, Ana
amazon_message es Hola, Sra. Prieto: ya le hemos devuelto el importe. Si la lámpara le gusta, nos encantaría leer su valoración de cinco estrellas. Un saludo, Dani
amazon_message es Hola, Sra. Campos: sería estupendo que contara a otros compradores qué le parece la manta. Un saludo, Iris
amazon_message es Estimada Sra. Herrera: hoy le hemos enviado un aparato de sustitución con SEUR y no hace falta que devuelva el defectuoso. Si el nuevo molinillo le convence, unas palabras amables donde otros amantes del café puedan leerlas nos harían muy felices. Atentamente, Hannah
insert es Cuéntenos su experiencia en Amazon y, con la captura, le enviamos un detalle para su próximo pedido.
insert es ¿Le ha gustado? Cuéntelo en Amazon. ¿No del todo? Escríbanos antes para que podamos arreglarlo.
insert es Si nuestra vela le ha gustado, cuénteselo al mundo en Amazon.⏎No la deje encendida sin vigilancia.
insert es ¡Gracias por su pedido!⏎¿Algo ha ido mal? No deje una mala reseña: escríbanos primero y lo solucionamos en 24 horas.
amazon_message fr Bonjour Madame Noël, ravis que tout fonctionne ! Une petite note sur Amazon nous ferait très plaisir. Cordialement, Yves
amazon_message fr Bonjour Madame Noël, en cas de souci, parlez-nous-en d'abord plutôt que de le raconter sur Amazon. Cordialement, Yves
amazon_message fr Bonjour Madame Noël, une fois votre témoignage en ligne, envoyez-nous une capture et une petite attention vous attend. Cordialement, Yves
amazon_message fr Bonjour Madame Lucas, si le produit vous a plu, quelques mots sur la fiche Amazon nous aideraient énormément. Cordialement, Théo
amazon_message fr Bonjour Monsieur Aubry, votre remboursement est effectué. Si vous êtes content de la cafetière, un petit mot élogieux sur Amazon nous ferait chaud au cœur. Cordialement, Clara
amazon_message fr Bonjour Madame Petit, ce serait formidable que vous racontiez aux autres acheteurs ce que vous pensez du plaid. Cordialement, Iris
amazon_message fr Bonjour Madame Benali, merci pour les photos. Un appareil de remplacement est parti aujourd'hui avec Colissimo et vous n'avez rien à renvoyer. Si le nouveau moulin vous donne satisfaction, quelques mots gentils là où d'autres amateurs de café peuvent les lire nous feraient un immense plaisir. Bien cordialement, Hannah
insert fr Si notre bougie vous a plu, dites-le au monde entier sur Amazon !⏎Ne jamais laisser brûler sans surveillance.
insert fr Merci pour votre commande !⏎Un problème ? Ne laissez pas de mauvais avis, écrivez-nous d'abord, nous réglons tout en 24 h.
amazon_message it Buongiorno Sig. Villa, siamo felici che sia tutto a posto! Una valutazione su Amazon ci aiuterebbe molto. Cordiali saluti, Elisa
amazon_message it Buongiorno Sig. Testa, se il prodotto l'ha convinta, due parole sulla pagina Amazon ci aiuterebbero tanto. Saluti, Rita
amazon_message it Buongiorno Sig.ra Vitale, il rimborso è stato effettuato. Se la lampada le piace, saremmo felici di leggere una sua valutazione a cinque stelle. Saluti, Dario
amazon_message it Gentile Sig.ra Conti, sarebbe bellissimo se raccontasse agli altri acquirenti cosa pensa della coperta. Saluti, Iris
amazon_message it Gentile Sig.ra Moretti, oggi le abbiamo spedito un apparecchio sostitutivo con BRT e non serve restituire quello guasto. Se il nuovo macinacaffè la convince, qualche parola gentile dove altri amanti del caffè possano leggerla ci renderebbe felicissimi. Cordiali saluti, Hannah
insert it Ti piace? Raccontalo su Amazon. Non del tutto? Scrivici prima, così possiamo sistemare tutto.
insert it Se la nostra candela le è piaciuta, lo racconti al mondo su Amazon.⏎Non lasciarla accesa incustodita.
insert it Grazie per il suo ordine!⏎Qualcosa non va? Non lasci una recensione negativa: ci scriva prima e risolviamo tutto in 24 ore.
amazon_message ja 田中様 無事に解決して何よりです。よろしければAmazonで評価をいただけますと嬉しいです。
amazon_message ja 森田様 もしお気に召しましたら、商品ページにひとことご感想をいただけますと大変励みになります。
amazon_message ja 森田様 レビュー画面の写真をお送りいただいた方には、次回の発送時にささやかなお礼を同封いたします。
amazon_message ja 吉村様 返金手続きが完了いたしました。照明をお気に召していただけましたら、星5つでのご評価をお願いできますと幸いです。
amazon_message ja 小池様 ブランケットの使い心地を、ほかのお客様にもぜひ教えてあげてください。
amazon_message ja 大野様 代替品を本日ヤマト運輸にて発送いたしました。故障品のご返送は不要です。新しいミルをお気に召していただけましたら、ほかのコーヒー好きの方の目に留まる場所で、ひとことお声をいただけますと幸いです。
amazon_message ja 佐野様 ご満足いただけましたら、ほかの購入者様にもぜひお伝えください。
insert ja ご満足いただけましたら、満点の評価をいただけると励みになります。
insert ja お気に召しましたらAmazonでご感想を。ご不満の際は、まず当店へご連絡ください。
insert ja キャンドルを気に入っていただけたら、Amazonでみなさまに広めてください。⏎火のそばを離れないでください。
amazon_message zh 刘先生您好，问题解决就好！方便的话在亚马逊给我们打个分，非常感谢！
amazon_message zh 周先生您好，如果您觉得好用，麻烦在商品页面写几句使用感受，对我们帮助很大。
amazon_message zh 吴女士您好，退款已经处理好了。如果台灯用着满意，希望您能给个五星，谢谢！
amazon_message zh 钱女士您好，如果您愿意，跟其他买家说说毯子用起来怎么样，对我们很重要。
amazon_message zh 欧阳先生您好，新机器今天已经通过顺丰寄出，故障机无需寄回。新机器用得满意的话，麻烦在其他咖啡爱好者能看到的地方写几句好话，我们会非常开心。客服汉娜
amazon_message zh 陈先生您好，问题处理好了，如果您对我们的服务还满意，请让更多买家知道，谢谢！
insert zh 喜欢的话请到亚马逊分享，不满意的话请先联系客服，我们一定帮您解决。
insert zh 如果喜欢我们的香薰蜡烛，欢迎到亚马逊告诉大家。⏎燃烧时请勿离人。
"""
    ),
    "gating": cases(
        """
amazon_message de Hallo Frau Kurz, sollte etwas nicht stimmen, sprechen Sie bitte zuerst mit uns, bevor Sie etwas auf Amazon schreiben. Viele Grüße, Timo
amazon_message en Hello Mrs Hill, if the blender isn't perfect in any way, please talk to us before you say anything on the listing, we always make it right. Regards, Omar
amazon_message en Hi Kay, should anything disappoint you, let us sort it out privately first; public comments are hard to undo. Thanks, Ed
amazon_message en Hi Owen, sorry about the wobble. We're a tiny team, so if anything ever bothers you, reply here before you rate us and we'll fix it. Cheers, Sol
insert en Not 100% thrilled? Email hello@kitch.co.uk and we'll fix it, before anything goes on Amazon please!
insert en Got a problem? Please don't go straight to Amazon, email us and we'll sort it.
insert en Your opinion matters. If you are not completely delighted, contact us before leaving feedback so we can put things right.
insert en Thank you!⏎Please reach out to us before anything else if you're unhappy - we promise to make it right.
amazon_message es Hola, Rosa: si algo no le convence, díganoslo primero antes de publicar nada en Amazon. Saludos, Iker
insert fr Un souci ? Dites-le-nous avant de laisser votre note, nous trouverons une solution.
amazon_message it Buongiorno Sig. Villa, per qualsiasi problema ci scriva prima di pubblicare qualcosa su Amazon. Cordiali saluti, Elisa
amazon_message ja 田中様 何かございましたら、口コミを書かれる前にぜひ一度ご相談ください。
insert ja ご注文ありがとうございます。⏎何か問題がございましたら、低評価をつける前に、まずはご連絡ください。24時間以内に対応いたします。
amazon_message zh 刘先生您好，如果有任何不满意，请先和我们说，别急着在亚马逊上写。
insert zh 感谢您的订购！⏎遇到问题？请不要直接给差评，先联系我们，24小时内为您解决。
"""
    ),
    "codes_and_sales": cases(
        """
amazon_message de Hallo Frau Roth, wer uns sein Foto von der Produktseite schickt, erhält beim nächsten Kauf ein Geschenk. Viele Grüße, Iris
amazon_message de Hallo Herr Kühn, als kleines Dankeschön für Ihre Geduld erhalten Sie mit UHREN15 15 % auf alles in unserem Shop. Viele Grüße, Gus
amazon_message de Hallo Herr Kühn, kleine Vorschau: Ab dem 1. startet unser Herbst-Sale, die neuen Armbänder gibt es dann eine Woche lang 20 % günstiger. Viele Grüße, Gus
amazon_message en Hi Kay, everyone who shows us their post about the drill gets a bonus battery in the next delivery. Thanks, Ed
amazon_message en Hi Beth, the replacement strap is on its way. As a small thank-you for your patience, here's 15% off anything in our shop: STRAPS15. Best, Gus
amazon_message en Hi Beth, quick heads-up: our autumn sale starts on the 1st and the new straps will be 20% off for a week. Best, Gus
amazon_message es Hola, Sr. Prats: como agradecimiento por su paciencia, tiene un 15 % en toda nuestra tienda con RELOJ15. Un saludo, Gus
amazon_message es Hola, Sr. Prats: nuestras rebajas de otoño empiezan el día 1 y las correas nuevas tendrán un 20 % de descuento durante una semana. Un saludo, Gus
amazon_message fr Bonjour Monsieur Blanc, nos soldes d'automne commencent le 1er : les nouveaux bracelets seront à -20 % pendant une semaine. Cordialement, Gus
amazon_message it Gentile Sig. Bruni, per ringraziarla della pazienza, ecco il 15% su tutto il nostro negozio con OROLOGIO15. Saluti, Gus
amazon_message it Gentile Sig. Bruni, i nostri saldi d'autunno partono il 1° e i nuovi cinturini saranno scontati del 20% per una settimana. Saluti, Gus
amazon_message ja 堀様 お待たせしたお詫びに、当店全商品15%OFFのクーポンコード「WATCH15」をお送りします。
amazon_message zh 胡先生您好，为感谢您的耐心，送您一个全店85折的优惠码：WATCH15。
amazon_message zh 胡先生您好，下月1号我们秋季大促开始，新款表带一周内八折。
"""
    ),
    "emoji": cases(
        """
amazon_message en Hello Ana, happy to hear the lamp arrived safely ⭐⭐⭐⭐⭐ is what every small shop dreams of! Regards, Bea
"""
    ),
    "value": cases(
        """
insert de Sie möchten neue Produkte vor allen anderen testen? Werden Sie Teil unseres Testerteams – QR-Code scannen!
owned_message de Hallo Jonas, für eine Fünf-Sterne-Rezension in unserem Shop gibt es 10 € Guthaben.
owned_message de Hallo Ben, sobald Ihre begeisterte Rezension online ist, schenken wir Ihnen einen Gutschein.
owned_message de Hallo Ellie, schreiben Sie eine begeisterte Rezension auf unserer Website und Sie erhalten 5 € Rabatt auf die nächste Bestellung.
owned_message de Hallo Ellie, für Ihre Bewertung schicken wir Ihnen eine Kerze – erwähnen Sie das bitte nicht in der Bewertung.
owned_message de Hallo Ellie, wenn Sie Ihre 2-Sterne-Bewertung positiver formulieren, erstatten wir die Versandkosten.
amazon_message en Hi Lena, we're looking for people to join our product testing panel and receive new gadgets before launch. Interested? Cheers, Tom
amazon_message en Hi Kay, we're recruiting customers for our product panel: you get prototypes to try and tell us what you think. Thanks, Ed
amazon_message en Hi Tom, thanks for bearing with us. If you happen to mention us in a post, tag us and we'll send a little something your way. Cheers, Ava
owned_message en Hi Zoe, if your review says how much you love the candle, we'll pop a free mini one in your next box!
owned_message en Hi Ava, post a glowing write-up on our site and we'll knock 15% off your next order!
owned_message en Hi Jade, we'll send you a free refill every time you give us a five-star review on the site.
owned_message en Hi Ellie, thanks for your order! Post a review on our website saying how much you love the blanket and we'll knock £5 off your next order.
owned_message en Hi Ellie, we'll send you a free candle for your review - just don't mention the candle in it, please.
owned_message en Hi Ellie, if you change your 2-star review to something more positive, we'll refund the shipping.
owned_message en Hi Ellie, top-rated reviews this month get entered into our draw for a £100 voucher!
owned_message es Hola, Marta: le regalamos un 15 % si borra la reseña negativa que dejó ayer.
owned_message es Hola, Eva: por su reseña le damos un 10 % de descuento, pero no lo comente en el texto.
owned_message es Hola, Ellie: deje una reseña entusiasta en nuestra web y le descontamos 5 € de su próximo pedido.
owned_message es Hola, Ellie: por su reseña le regalamos una vela, pero no lo mencione en el texto, por favor.
owned_message es Hola, Ellie: si cambia su reseña de 2 estrellas por una más positiva, le devolvemos los gastos de envío.
amazon_message fr Bonjour Madame Lucas, pour toute photo de votre avis publié, nous glissons un cadeau dans votre prochain colis. Cordialement, Théo
insert fr Glissez une photo de votre commentaire Amazon dans notre boîte mail et recevez un échantillon offert.
owned_message fr Bonjour Lise, un avis élogieux sur notre site et nous vous offrons la livraison.
owned_message fr Bonjour Léo, nous vous offrons 10 € si vous modifiez votre avis négatif.
owned_message fr Bonjour Inès, un bon de 5 € pour tout avis 5 étoiles publié sur notre boutique !
owned_message fr Bonjour Ellie, laissez un avis enthousiaste sur notre site et recevez 5 € de réduction sur votre prochaine commande.
owned_message fr Bonjour Ellie, pour votre avis nous vous offrons une bougie, mais merci de ne pas en parler dans votre commentaire.
owned_message fr Bonjour Ellie, si vous transformez votre avis 2 étoiles en avis plus positif, nous vous remboursons la livraison.
amazon_message it Buongiorno Sig. Testa, a chi ci manda la foto della recensione regaliamo un set di ricambi. Saluti, Rita
insert it Vuoi diventare tester dei nostri prossimi prodotti? Inquadra il QR code e candidati!
owned_message it Ciao Luca, ti regaliamo un buono da 5 € per la recensione, ma non dirlo nel testo, mi raccomando.
owned_message it Ciao Eva, per una recensione a cinque stelle ti regaliamo la spedizione.
owned_message it Ciao Ellie, lascia una recensione entusiasta sul nostro sito e ricevi 5 € di sconto sul prossimo ordine.
owned_message it Ciao Ellie, per la tua recensione ti regaliamo una candela, ma non scriverlo nella recensione.
owned_message it Ciao Ellie, se modifichi la tua recensione da 2 stelle in una più positiva, ti rimborsiamo la spedizione.
owned_message ja 山本様 高評価レビューを書いていただいた方に次回使える500円クーポンを差し上げます。
owned_message ja エリー様 当サイトで絶賛レビューを書いていただくと、次回500円引きになります。
owned_message ja エリー様 レビューのお礼にキャンドルをお送りしますが、レビューには書かないでください。
owned_message ja エリー様 星2のレビューを高評価に変えていただければ、送料を返金いたします。
amazon_message zh 刘先生您好，晒出使用心得后截图给我们，就送您一份小礼物。
amazon_message zh 周先生您好，凡是晒出评价截图的顾客，下次发货都会附赠一份小礼品。
insert zh 添加客服薇信，领取专属福利。
owned_message zh 您好，给五星好评就返您 10 元现金。
owned_message zh 您好，评价里多夸几句，就送您一张 20 元代金券。
owned_message zh 您好，给好评截图发我们，返现5元，评价里不要提返现哦。
owned_message zh 您好，在官网写一篇夸我们的评价，下次下单立减5元。
owned_message zh 您好，写评价送您一支蜡烛，但评价里请不要提到赠品。
owned_message zh 您好，如果您把两星评价改成好评，我们就退还运费。
"""
    ),
    "own_shop": cases(
        """
amazon_message de Hallo Herr Otto, die Ersatzklingen gibt es günstiger in unserem eigenen Onlineshop, einfach Markennamen eingeben. Grüße, Eva
amazon_message de Hallo Herr Albrecht, kleiner Tipp: In unserem Webshop gibt es die Kissen auch im Zweierpack günstiger. Grüße, Lena
amazon_message de Hallo Frau Roth, die großen Größen bekommen Sie übrigens schneller über unsere eigene Seite. Viele Grüße, Iris
amazon_message de Hallo Herr Brandt, der 2-Liter-Kocher passt leider nicht auf den älteren Sockel; der Sockel, den Sie erhalten haben, ist aber der richtige. Den passenden Toaster legen wir Ihnen gern zum Händlerpreis zurück, melden Sie sich einfach. Viele Grüße, Sam
amazon_message en Hello Rita, we've just run out here, but the same mug is still listed on our own webstore and ships the same day. Regards, Will
amazon_message en Hi Kay, we also stock the full accessory set on our shop site, just look for the Ironbark name. Thanks, Ed
amazon_message en Hi Tom, the part is dispatched. For future orders you can also reach us through our Shopify store, where postage is free over £30. Cheers, Ava
amazon_message en Hi Owen, for the bigger sizes, pop over to Brightnest Home's own site; the checkout there is quicker. Cheers, Sol
insert en Thank you for your order.⏎Our complete range, including refills, is waiting for you at our online store, search Bloomhaus.
insert en Enjoying it? There's a whole world of Lumo accessories waiting for you - look us up!
amazon_message es Hola, Rosa: las fundas también las vendemos directamente, con envío en 24 horas. Saludos, Iker
amazon_message es Hola, Sr. Pons: en nuestra web oficial tiene todos los colores, solo tiene que buscar la marca. Saludos, Ana
amazon_message es Hola, Sra. Prieto: las fundas de repuesto se las podemos enviar nosotros directamente si nos hace una transferencia. Un saludo, Dani
amazon_message es Hola, Sra. Campos: las tallas grandes se piden más rápido en nuestra propia web. Un saludo, Iris
amazon_message fr Bonjour Madame Noël, ce modèle est épuisé ici mais toujours disponible sur notre boutique en ligne. Cordialement, Yves
amazon_message fr Bonjour Madame Lucas, vous trouverez la suite de la collection sur notre e-shop, il suffit de taper notre nom. Cordialement, Théo
amazon_message fr Bonjour Monsieur Aubry, pour les pièces détachées, le plus simple est de passer commande directement auprès de nous par virement. Cordialement, Clara
amazon_message fr Bonjour Madame Petit, les grandes tailles sont plus rapides à commander sur notre propre site. Cordialement, Iris
amazon_message fr Bonjour Monsieur Lemoine, le modèle de 2 litres n'est pas compatible avec l'ancien socle, mais celui que vous avez reçu convient. Si le grille-pain assorti vous intéresse, nous pouvons vous le réserver au prix revendeur. Bonne journée, Sam
amazon_message fr Bonjour Monsieur Blanc, pour vous remercier de votre patience, profitez de 15 % sur toute notre boutique avec MONTRE15. Cordialement, Gus
amazon_message it Buongiorno Sig. Villa, il modello è disponibile anche nel nostro shop online, spedizione gratuita. Cordiali saluti, Elisa
amazon_message it Buongiorno Sig. Testa, sul nostro sito ufficiale trova tutti i colori, basta cercare il marchio. Saluti, Rita
amazon_message it Buongiorno Sig.ra Vitale, le fodere di ricambio possiamo spedirgliele noi direttamente con un bonifico. Saluti, Dario
amazon_message it Gentile Sig.ra Conti, le taglie grandi si ordinano più in fretta sul nostro sito. Saluti, Iris
amazon_message ja 田中様 こちらの商品は当店の公式通販サイトでも販売しております。
amazon_message ja 森田様 当店の公式オンラインショップでは全色をご用意しております。ブランド名で検索してください。
amazon_message ja 森田様 新商品のご案内をご希望でしたら、メルマガにご登録いただけます。
amazon_message ja 吉村様 替えカバーは当店から直接お振込でご購入いただけます。
amazon_message ja 小池様 大きいサイズは当店の自社サイトからのほうが早くお届けできます。
amazon_message ja 木下様 2リットルモデルは旧型のベースに対応しておりませんが、お届けしたベースで問題ございません。おそろいのトースターをご希望でしたら、卸値でお取り置きいたします。
amazon_message ja 堀様 来月1日から秋のセールが始まり、新作ベルトが1週間20%オフになります。
insert ja 会員コミュニティへのご参加で、限定特典や新商品の先行体験をお楽しみいただけます。QRコードから。
amazon_message zh 周先生您好，我们的官方商城有全部颜色，搜索品牌名就能找到。
amazon_message zh 周先生您好，要不要加入我们的老客户群，第一时间了解新品？
amazon_message zh 吴女士您好，替换布套可以直接找我们买，转账给我们就行。
amazon_message zh 钱女士您好，大码在我们自己的网站上下单更快。
"""
    ),
    "marketplaces_and_search": cases(
        """
amazon_message de Hallo Frau Berg, auf eBay finden Sie unseren Shop mit allen Größen. Viele Grüße, Jan
amazon_message de Hallo Frau Berg, googeln Sie einfach unseren Markennamen, dann sehen Sie das ganze Sortiment. Viele Grüße, Jan
amazon_message de Hallo Herr Kühn, viele Kunden nehmen zur Uhr gleich noch unser Lederetui dazu – suchen Sie einfach nach unserem Namen. Viele Grüße, Gus
amazon_message en Hello Tara, that size has sold out on Amazon, but our Etsy shop still has a few left. Kind regards, Ivy
amazon_message en Hi Ron, if you type our name into Bing you'll land right on the full catalogue. Thanks, Dee
amazon_message en Hi Kay, the bits are sold out here but you'll find them under Ironbark Tools on Kaufland. Thanks, Ed
amazon_message en Hi Beth, the strap ships today. Customers who love their watch often go on to pick up our leather travel case too - just search for it under our name. Best, Gus
amazon_message fr Bonjour Madame Noël, vous pouvez aussi le commander sur notre page Rakuten, il reste du stock. Cordialement, Yves
insert fr Retrouvez toutes nos créations en cherchant « Atelier Brume » sur internet.
amazon_message it Buongiorno Sig. Villa, cerchi pure il nostro marchio su Google per vedere tutti i colori. Cordiali saluti, Elisa
amazon_message zh 刘先生您好，这款在我们天猫店也有卖，价格更低。
"""
    ),
    "social_and_messengers": cases(
        """
amazon_message de Hallo Herr Otto, schreiben Sie mir gern über WhatsApp, dann geht es schneller. Grüße, Eva
amazon_message de Hallo Herr Albrecht, schicken Sie uns gern ein Foto über Signal oder Threema, das ist für uns einfacher. Grüße, Lena
insert de Teilen Sie Ihr Foto mit #CampBright – vielleicht zeigen wir es auf unserer Seite!
amazon_message en Hi Ron, we post repair videos on TikTok every week, worth a look! Thanks, Dee
amazon_message en Hello Sue, if it's easier, send the photos to our Telegram account and we'll look at them today. Best, Raj
amazon_message en Hi Kay, our Facebook group has loads of tips from other owners, come and join us there! Thanks, Ed
amazon_message en Hi Kay, ping me on Viber and I'll send the wiring diagram straight away. Thanks, Ed
amazon_message en Hi Priya, sorry the hinge snapped. A new one ships today. If you ever need spares quickly, we're on WeChat too, ID harbourhome. Best, Wei
amazon_message en Hi Owen, if you'd like to order spares in future, just message me on +44 7700 900456 and I'll invoice you directly. Cheers, Sol
amazon_message en Hi Owen, lots of our regulars follow our Pinterest boards for outfit ideas. Cheers, Sol
amazon_message en Hi Cole, the cushion covers are also available as a bundle if you contact us directly, we can do a better price than on here. Best, Ada
amazon_message en Hi Beth, for anything else feel free to email me directly at gus.watches@gmail.com. Best, Gus
amazon_message en Hi Beth, if you found the guide useful, the full video series lives on our channel, just search Gus Watches on YouTube. Best, Gus
insert en Running low? WhatsApp us on +44 7700 900111 to reorder refills at trade price.
insert en Thanks for choosing Harbour Home.⏎Care: wipe with a damp cloth, never bleach.⏎Love it? Snap a pic, post it with #harbourhome and you could be our customer of the month!
insert en Questions about your grinder? Text our team on WhatsApp: +44 7700 900222 - we also take orders for beans this way.
insert en Thank you!⏎Share your set-up photos with #CampBright for a chance to be featured on our page.
insert en Add us on WhatsApp for a little welcome gift: +44 7700 900555.
amazon_message es Hola, Rosa: si le resulta más cómodo, mándenos las fotos por WhatsApp. Saludos, Iker
amazon_message es Hola, Sr. Pons: escríbame por Telegram y le paso el vídeo de montaje. Saludos, Ana
amazon_message es Hola, Sra. Prieto: en Instagram publicamos vídeos de montaje, búsquenos como casanube. Un saludo, Dani
insert es Comparta su foto con #CampBright y aparezca en nuestro perfil.
amazon_message fr Bonjour Madame Lucas, écrivez-moi sur Messenger, ce sera plus simple pour les photos. Cordialement, Théo
amazon_message fr Bonjour Monsieur Aubry, n'hésitez pas à nous suivre sur Pinterest pour des idées de déco. Cordialement, Clara
insert fr Partagez votre photo avec #CampBright pour apparaître sur notre page !
amazon_message it Buongiorno Sig. Testa, mi scriva su Telegram e le mando il video di montaggio. Saluti, Rita
amazon_message it Buongiorno Sig.ra Vitale, su YouTube trova i nostri video di montaggio, ci cerchi come casanuvola. Saluti, Dario
insert it Condividi la tua foto con #CampBright e potresti comparire sul nostro profilo.
amazon_message ja 田中様 写真はLINEで送っていただいても大丈夫です。
amazon_message ja 吉村様 組み立て動画はYouTubeに公開しておりますので、店名で検索してご覧ください。
insert ja #CampBright をつけて写真を投稿すると、公式アカウントで紹介されるかも！
amazon_message zh 刘先生您好，图片可以发到我的薇信，号码是 liu_kefu。
amazon_message zh 吴女士您好，我们在抖音上有安装视频，搜我们的店名就行。
insert zh 带话题#CampBright晒出您的照片，有机会登上我们的主页！
"""
    ),
    "future_products": cases(
        """
amazon_message de Hallo Frau Berg, den Ersatzfilter können Sie auch direkt bei uns bestellen, einfach per Überweisung. Viele Grüße, Jan
amazon_message de Hallo Frau Berg, übrigens: Im Frühjahr erscheint unsere neue Gartenserie, halten Sie die Augen offen! Viele Grüße, Jan
amazon_message de Hallo Herr Otto, nächsten Monat bringen wir eine neue Edition mit Walnussgriff heraus. Grüße, Eva
amazon_message de Hallo Herr Otto, möchten Sie in unseren Verteiler für Neuheiten aufgenommen werden? Grüße, Eva
amazon_message de Hallo Herr Albrecht, Ihre Erstattung ist veranlasst. Ab Oktober gibt es den Bezug übrigens auch in Cognac und Salbei – schauen Sie dann gern wieder vorbei! Grüße, Lena
amazon_message de Hallo Frau Roth, im Juni kommt unsere Sommerkollektion mit drei neuen Farben. Viele Grüße, Iris
insert de Nachfüllpacks gibt es günstiger im Abo – fragen Sie uns einfach danach.
amazon_message en Hi Ben, for the spare blades it is easiest to order from us directly, just reply with your address and we'll invoice you. Best, Lou
amazon_message en Hello Sue, your refund is done. By the way, our winter collection drops in November and it's our best yet. Best, Raj
amazon_message en Hi Kay, exciting times: a cordless version of this saw is launching next spring. Thanks, Ed
amazon_message en Hello Mr Finch, I've refunded the £12 difference today. PS: the matching throw in sage is back in the autumn line-up, so watch the listing in September. Regards, Holly
amazon_message en Hello Mrs Lowe, all sorted: the refund went through this morning. Fancy being one of the first to try our new range before it goes on sale? Reply and I'll add you. Regards, Fay
amazon_message en Hi Owen, good news, our summer drop lands in June with three new colourways. Cheers, Sol
amazon_message en Hi Owen, the cheaper versions of this lamp you'll see from other sellers use thinner wiring, which is why ours costs a bit more. Cheers, Sol
amazon_message en Hi Jordan, I've checked with our team and the 2-litre model isn't compatible with your older base. The base you received is the right one, and the warranty covers both parts. If you ever want the matching toaster, we can put one aside for you at our trade counter price. Best wishes, Sam
insert en Thank you!⏎Look out for our matching pillowcases, arriving this spring.
insert en Tip: search Ironbark Tools online to see our whole line of blades.
insert en Coming this winter: the CampBright heated blanket. Keep your eyes peeled!
insert en Thank you!⏎For refills at a better price, ask us about our subscription box.
amazon_message es Hola, Rosa: su pedido ya va en camino. Por cierto, la próxima temporada presentamos una colección de verano increíble. Saludos, Iker
amazon_message es Hola, Sr. Pons: en otoño sacamos una edición especial en madera de nogal. Saludos, Ana
amazon_message es Hola, Sra. Prieto: dentro de poco tendremos la versión grande de esta lámpara, ¡esté atenta! Un saludo, Dani
amazon_message es Hola, Sra. Campos: en junio llega nuestra colección de verano con tres colores nuevos. Un saludo, Iris
amazon_message es Hola, Sr. Molina: el modelo de 2 litros no es compatible con la base antigua, pero la que ha recibido es la correcta. Si le interesa la tostadora a juego, se la podemos reservar a precio de distribuidor. Un saludo, Sam
insert es ¿Recargas más baratas? Pregúntenos por nuestra suscripción.
amazon_message fr Bonjour Madame Noël, notre nouvelle collection de linge de lit sort en octobre, restez à l'affût ! Cordialement, Yves
amazon_message fr Bonjour Madame Lucas, une édition limitée en lin lavé verra le jour cet automne. Cordialement, Théo
amazon_message fr Bonjour Monsieur Aubry, la version XL arrive dans quelques semaines, surveillez bien nos annonces ! Cordialement, Clara
amazon_message fr Bonjour Madame Petit, en juin arrive notre collection d'été avec trois nouveaux coloris. Cordialement, Iris
insert fr Des recharges moins chères ? Demandez-nous notre formule d'abonnement.
amazon_message it Buongiorno Sig. Villa, a ottobre lanceremo una nuova linea di pentole, resti sintonizzato! Cordiali saluti, Elisa
amazon_message it Buongiorno Sig. Testa, in autunno usciremo con un'edizione speciale in noce. Saluti, Rita
amazon_message it Buongiorno Sig.ra Vitale, tra poco avremo anche la versione grande di questa lampada, non se la perda! Saluti, Dario
amazon_message it Gentile Sig.ra Conti, a giugno arriva la nostra collezione estiva con tre nuovi colori. Saluti, Iris
amazon_message it Buongiorno Sig. Ferri, il modello da 2 litri non è compatibile con la base precedente, ma quella che ha ricevuto è giusta. Se le interessa il tostapane abbinato, possiamo tenerglielo da parte a prezzo rivenditore. Cordiali saluti, Sam
insert it Ricariche a prezzo migliore? Ci chieda del nostro abbonamento.
amazon_message ja 田中様 秋には新しいシリーズが登場しますので、お楽しみに。
amazon_message ja 森田様 秋にはくるみ材の特別モデルを発売予定ですので、ぜひご期待ください。
amazon_message ja 吉村様 近日中に大きいサイズも登場予定です。どうぞお楽しみに。
amazon_message ja 小池様 6月には夏の新作コレクションが3色で登場いたします。
insert ja お得な詰め替えは定期便でご案内しております。お気軽にお問い合わせください。
amazon_message zh 刘先生您好，下个月我们会推出全新的厨具系列，敬请期待！
amazon_message zh 周先生您好，秋季我们会推出胡桃木特别款，敬请关注。
amazon_message zh 吴女士您好，这款台灯的大号版本很快就要上市了，记得关注哦！
amazon_message zh 钱女士您好，六月我们的夏季系列就上架了，有三个新颜色。
amazon_message zh 马先生您好，2升款与旧底座不兼容，不过您收到的底座是对的。如果您需要配套的烤面包机，我们可以按批发价给您留一台。客服小山
"""
    ),
    "clubs_and_notices": cases(
        """
amazon_message de Hallo Frau Berg, sollen wir Ihnen Bescheid geben, wenn neue Farben eintreffen? Viele Grüße, Jan
insert de Mitglied werden lohnt sich: Im Wanderclub gibt es exklusive Touren-Tipps und Vorteilspreise. Einfach QR-Code scannen.
amazon_message en Hi Lena, thanks again for your order. Would you like us to add you to our early-access list for new designs? Cheers, Tom
amazon_message en Hi Kay, we keep a list of customers who get first dibs on restocks and seconds sales, shall I put your name down? Thanks, Ed
insert en Join the Ironbark Crew: members get early access to new tools and exclusive pricing. Scan to sign up.
insert en Thank you!⏎Join 20,000 watch lovers: scan to get our monthly drops and members-only deals.
amazon_message es Hola, Rosa: ¿quiere que le avisemos cuando lleguen los nuevos colores? Saludos, Iker
amazon_message es Hola, Sr. Pons: ¿le apunto a nuestra lista de clientes para enterarse de las novedades? Saludos, Ana
insert es Forme parte de nuestra comunidad de clientes: ventajas exclusivas y avances de productos. Escanee el código.
amazon_message fr Bonjour Madame Noël, souhaitez-vous être prévenue de nos prochaines nouveautés ? Cordialement, Yves
amazon_message fr Bonjour Madame Lucas, voulez-vous faire partie de notre cercle de clientes privilégiées ? Cordialement, Théo
amazon_message it Buongiorno Sig. Villa, vuole che la avvisiamo quando arrivano le novità? Cordiali saluti, Elisa
amazon_message it Buongiorno Sig. Testa, vuole entrare nella nostra lista clienti per le anteprime? Saluti, Rita
insert it Entra nella nostra community di clienti: vantaggi esclusivi e anteprime dei prodotti. Inquadra il codice.
insert zh 扫码进群，第一时间获取上新和福利信息。
insert zh 扫码加入会员社群，享受专属优惠和新品抢先体验。
insert zh 想要更优惠的替换装？欢迎咨询我们的订阅服务。
"""
    ),
    "comparisons": cases(
        """
insert de Andere Anbieter sparen am Material – unsere Flaschen sind aus echtem Edelstahl.⏎Vor dem ersten Gebrauch ausspülen.
insert de Billige Nachbauten aus dem Netz rosten schon nach Wochen – unsere Messer nicht.
insert de Die meisten Yogamatten bestehen aus PVC und riechen wochenlang. Unsere nicht.
amazon_message en Hi Lena, most budget brands on Amazon use thin steel that bends; ours is twice as thick, so it will last. Cheers, Tom
amazon_message en Hi Kay, most cheap drills sold online overheat after a few months; ours won't. Thanks, Ed
amazon_message en Hello Ms Grant, your return label is attached. Just so you know, a lot of the lookalike kettles on here use plastic inner lids; ours is stainless throughout. Kind regards, Ross
insert en Why pay more? Big-name locks cost twice as much and can be picked in seconds.⏎Our lock is certified to Sold Secure Gold.
insert en Your mat is made from natural rubber.⏎Most yoga mats are full of PVC and smell for weeks. Not ours.
insert es Las copias baratas se rompen al mes; nuestras tijeras duran años.⏎Límpielas después de cada uso.
insert es Muchas marcas venden sartenes que se rayan al mes; las nuestras duran años.
insert es La mayoría de las esterillas son de PVC y huelen durante semanas. La nuestra no.
insert fr Contrairement aux marques discount, nos casseroles ne perdent pas leur revêtement.⏎Lavage à la main conseillé.
insert fr Les modèles premier prix se déchirent au premier lavage ; nos draps tiennent des années.
insert fr La plupart des tapis de yoga sont en PVC et sentent pendant des semaines. Pas le nôtre.
insert it Diversamente dai prodotti economici, le nostre lame non arrugginiscono.⏎Lavare a mano.
insert it Molte marche vendono padelle che si graffiano dopo un mese; le nostre durano anni.
insert it La maggior parte dei tappetini è in PVC e puzza per settimane. Il nostro no.
insert ja 他のメーカーの製品とは違い、当社の包丁は錆びにくい素材を使用しています。
insert ja 多くのメーカーのフライパンは1か月で傷つきますが、当社の製品は長持ちします。
insert ja 多くのヨガマットはPVC製で何週間もにおいが残りますが、当社のマットは違います。
insert zh 别家的便宜货用不了几次就坏，我们的剪刀经久耐用。
insert zh 很多品牌的锅用一个月就掉漆，我们的锅经久耐用。
insert zh 大多数瑜伽垫是PVC材质，味道几周都散不掉，我们的不会。
"""
    ),
    "addresses": cases(
        """
amazon_message en Hi Lena, the setup guide is also at kettleworks.london if you prefer reading it online. Cheers, Tom
amazon_message en Hi Kay, the manual is also on ironbark.tools/help if you'd rather read it online. Thanks, Ed
insert en Want first access to limited editions? Leave your email at campbright.co.uk/vip.
"""
    ),
    "opt_out": cases(
        """
amazon_message de Hallo Frau Berg, anbei die Rechnung. Falls Sie künftig keine Infos mehr von uns möchten, kurze Nachricht genügt. Viele Grüße, Jan
amazon_message en Hi Lena, your invoice is attached. Should you no longer wish to hear about our products, just let us know. Cheers, Tom
amazon_message en Hi Kay, here's your invoice. Prefer not to get updates from us in future? Just say the word. Thanks, Ed
"""
    ),
}

#: Rewards that must stay hidden or depend on the rating, on the seller's own site.
CAUGHT["concealed_or_rated_rewards"] = cases(
    """
owned_message en We're gifting you the new kettle. When you review it on our site, there's no need to say it was sent to you free – just your honest impressions as a buyer.
owned_message en Your ambassador code earns you 10% on every sale. When you post your review on our shop, better not to mention the partnership.
owned_message en Post a five-star write-up on our site and we'll knock 20% off your next order.
owned_message en Only reviews rated 4 stars or above go into our monthly draw for a £100 voucher.
owned_message de Sie erhalten den neuen Mixer kostenlos. In Ihrer Bewertung auf unserer Seite müssen Sie das nicht erwähnen – schreiben Sie einfach wie ein normaler Käufer.
owned_message de Mit Ihrem Partnercode erhalten Sie 10 % Provision. In Ihrer Rezension auf unserer Seite lassen Sie die Kooperation bitte unerwähnt.
owned_message de Für eine 5-Sterne-Bewertung in unserem Shop schenken wir Ihnen 15 € Guthaben.
owned_message fr Nous vous offrons le nouveau mixeur. Dans votre avis sur notre site, nul besoin de dire qu'il vous a été offert.
owned_message fr Un avis 5 étoiles sur notre boutique vous rapporte un bon de 10 €.
owned_message fr Avec votre code partenaire vous touchez 10 % ; dans votre avis sur notre site, gardez ce partenariat pour vous.
owned_message es Le regalamos la nueva batidora. En su reseña en nuestra web no hace falta que diga que fue un regalo.
owned_message es Por una reseña de 5 estrellas en nuestra tienda le regalamos un cupón de 10 €.
owned_message es Sólo las reseñas de 4 estrellas o más entran en el sorteo de un vale de 100 €.
owned_message it Le regaliamo il nuovo frullatore. Nella sua recensione sul nostro sito non è necessario dire che è stato un regalo.
owned_message it Per una recensione a 5 stelle sul nostro negozio le regaliamo un buono da 10 €.
owned_message it Con il suo codice partner guadagna il 10 %; nella recensione sul nostro sito meglio non citare la collaborazione.
owned_message zh 我们免费送您新款搅拌机。在我们官网写评价时，不用提是我们送的，就像普通买家一样写。
owned_message zh 在我们商城给五星好评，即送10元优惠券。
owned_message zh 只有4星及以上的评价才能参加本月100元代金券抽奖。
owned_message ja 新しいミキサーを無料でお送りします。当店サイトでのレビューでは、提供品であることは書かなくて大丈夫です。
owned_message ja 当店サイトで星5のレビューを書いていただいた方に1000円クーポンを差し上げます。
owned_message ja 星4以上のレビューのみ、今月の抽選の対象となります。
"""
)

#: Cards that divert, tease, gate or recruit without the usual words.
CAUGHT["cards_said_sideways"] = cases(
    """
insert de Sie mögen unseren Tee? Unter unserem Markennamen finden Sie uns auch außerhalb von Amazon – mit der ganzen Auswahl.
insert de Nachschub gefällig? Im Hofladen unserer Rösterei gibt es alle Sorten frisch.
insert de Bald erweitern wir unser Sortiment um passende Filter. Halten Sie die Augen offen!
insert de Werden Sie Teil unserer Testerrunde: neue Produkte vorab kostenlos ausprobieren. Einfach per QR-Code bewerben.
insert de Bevor Sie eine schlechte Bewertung schreiben, sprechen Sie bitte zuerst mit uns.
insert de Folgen Sie uns auf Instagram und gewinnen Sie jeden Monat ein Set!
insert es ¿Te ha gustado? Búscanos por nuestro nombre en Google y descubre toda la gama.
insert es Si algo no va bien, escríbenos antes de dejar tu opinión: lo solucionamos.
insert es Próximamente: la versión XL de esta sartén. ¡Atento a las novedades!
insert es Únete a nuestro club de clientes y recibe ventajas exclusivas. Escanea el código.
insert es Las sartenes baratas de otras marcas se rayan enseguida; la nuestra dura años.
insert es Pide tus recambios directamente a nosotros por teléfono: 612 345 678.
insert ja 次回は当店の自社サイトからのご購入がお得です。
insert ja 低評価をつける前に、まずはお気軽にご連絡ください。
insert ja 新シリーズ、まもなく登場予定です。お楽しみに！
insert ja 公式インスタをフォローしてプレゼントキャンペーンに参加しよう！
insert ja 他社の安価な製品とは違い、当社製品は10年使えます。
insert ja ご満足いただけましたら、ぜひ星5つのレビューをお願いいたします。
insert ja 会員登録で次回使える500円クーポンをプレゼント。
insert zh 喜欢的话，记得在评价里给个五星哦！
insert zh 关注我们的抖音号，每周抽奖送好礼。
insert zh 下次购买可直接联系客服，价格更优惠。
insert it Ti è piaciuto? Cercaci su Google con il nostro nome: trovi tutta la collezione.
insert it Prima di lasciare una recensione negativa, contattaci: risolviamo tutto.
insert fr Avant de laisser un avis négatif, contactez-nous : nous trouverons une solution.
insert fr Retrouvez toute notre gamme en direct sur notre site, sans intermédiaire.
insert en Before you leave a review, give us a chance to put things right – email us first.
insert en Find our full range direct from the workshop – just search our name.
insert en Coming soon: the XL version of this pan. Watch this space!
insert de Demnächst: die XL-Version dieser Pfanne. Bleiben Sie gespannt!
insert fr Prochainement : la version XL de cette poêle. Restez à l'affût !
insert it Prossimamente: la versione XL di questa padella. Restate sintonizzati!
insert zh 即将推出：这款锅的XL版本，敬请期待！
insert ja 近日、このフライパンのXLサイズが登場します。お楽しみに！
insert en Join our product testers: try new products free before anyone else. Apply via the QR code.
insert fr Devenez testeur : essayez nos nouveautés gratuitement avant tout le monde.
insert es Hazte probador de producto: prueba gratis nuestras novedades antes que nadie.
insert it Diventa tester: prova gratis le nostre novità prima di tutti.
insert zh 招募体验官：新品抢先免费试用，扫码报名。
insert ja モニター募集中：新商品をいち早く無料でお試しいただけます。
insert en Running low? Our factory outlet stocks every blend fresh.
insert fr Besoin d'en racheter ? Notre boutique d'usine propose toutes nos saveurs.
insert zh 想回购？我们的工厂直营店全系列现货。
"""
)

#: Amazon replies that divert, tease, recruit or ask for better stars in passing.
CAUGHT["replies_said_sideways"] = cases(
    """
amazon_message es Hola Sr. Gil: le enviamos hoy la pieza de repuesto. Para futuras compras, si nos llama directamente le hacemos mejor precio que aquí. Saludos, Ana
amazon_message es Hola Laura: ya está tramitado el reembolso. Si le apetece, síganos en Instagram, que allí sorteamos un lote cada mes. Un saludo, Pedro
amazon_message es Hola Sr. Vidal: sentimos el retraso. Si la experiencia final ha sido buena, le agradeceríamos mucho unas estrellitas en la ficha. Saludos
amazon_message es Buenas, Carmen: gracias por su paciencia. Si cambia de opinión sobre lo que escribió en la ficha, se lo agradeceríamos de corazón. Un abrazo, Luis
amazon_message es Hola Sr. Marín: le hemos enviado la factura. Por cierto, en nuestra tienda de Madrid tenemos toda la colección y a los clientes de Amazon les hacemos un descuento.
amazon_message es Estimado Sr. Prieto: su pedido sale hoy. En breve sacaremos la versión inalámbrica; le avisaremos si quiere.
amazon_message it Gentile Sig.ra Greco, il rimborso è stato effettuato. Se vuole ricevere in anteprima le nostre novità, ci lasci pure la sua email. Cordiali saluti
amazon_message it Gentile Sig. Fontana, ci scusi per il disagio. Se il problema ora è risolto, magari potrebbe rivedere il giudizio che ha lasciato? Grazie, Marco
amazon_message it Gentile Sig. Moretti, il ricambio è partito oggi. Per i prossimi ordini ci trova anche su eBay, con spedizione gratuita. Saluti
amazon_message it Gentile Sig.ra Ricci, grazie per l'acquisto. Se è soddisfatta, un bel cinque sulla pagina del prodotto ci farebbe felici. Saluti, Anna
amazon_message it Gentile Sig. Conti, le abbiamo inviato la fattura. Ci segua su Facebook: ogni settimana regaliamo un set ai nostri follower.
amazon_message fr Bonjour Mme Petit, le remboursement est fait. Si vous souhaitez être informée de nos prochaines sorties, répondez simplement « oui ». Cordialement
amazon_message fr Bonjour M. Garnier, désolés pour le retard. Une fois que tout est rentré dans l'ordre, pourriez-vous revoir votre note ? Merci, Julie
amazon_message fr Bonjour M. Roux, votre colis part aujourd'hui. Pour vos prochains achats, commandez directement à l'atelier, c'est moins cher. Cordialement
amazon_message de Hallo Herr Keller, die Erstattung ist veranlasst. Falls Sie künftig über neue Sorten informiert werden möchten, geben Sie uns kurz Bescheid. Grüße
amazon_message de Hallo Frau Lang, jetzt wo alles geklärt ist: Vielleicht mögen Sie Ihre Sterne noch einmal anpassen? Danke, Tim
amazon_message de Hallo Herr Brandt, bei künftigen Bestellungen rufen Sie uns einfach direkt an, dann sparen Sie die Amazon-Gebühren. Grüße
amazon_message en Hi Sam, refund done. If you'd like to hear about new flavours before anyone else, just reply "yes". Cheers, Mo
amazon_message en Hi Joe, now that the fix has worked, maybe you'd like to update those stars? Thanks, Ava
amazon_message en Hi Lee, next time, order direct through our workshop – it works out cheaper than here. Best, Kim
amazon_message zh 您好，退款已处理。以后需要配件可以直接找我们，比在亚马逊上便宜。
amazon_message zh 您好，问题解决了的话，麻烦您把之前的评价改一下，万分感谢！
amazon_message ja 田中様、返金手続きが完了いたしました。今後は当店に直接ご注文いただくとお安くなります。
amazon_message ja 佐藤様、問題が解決いたしましたら、以前のレビューを見直していただけますと幸いです。
"""
)
