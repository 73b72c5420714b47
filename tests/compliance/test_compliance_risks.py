"""Risk signals on phrasings written for these tests, per theme and language.

None of these sentences is in the corpus or was taken from a held-out set: they were written
as an agent, a brand manager or a card designer would write them, to check that the signals
hold a theme (a review asked for without saying so, a shop named without a link, a launch
teased) rather than the sentences that were once missed. Each caught text must be held or
blocked; each everyday text that merely uses a trigger word in its ordinary sense must pass.
"""

from __future__ import annotations

import re

import pytest

from compliance import LANGUAGES, check
from compliance.messages import MESSAGES
from compliance.rules import ALL_RULES, TABLES


def _cases(block: str) -> list[tuple[str, str, str]]:
    """One case per line: policy, language, then the text; ⏎ stands for a line break."""
    cases = []
    for line in block.strip().splitlines():
        policy, lang, text = line.split(" ", 2)
        cases.append((policy, lang, text.replace("⏎", "\n")))
    return cases


#: Violations said without the usual words, by theme: "<policy> <lang> <text>" per line.
CAUGHT: dict[str, list[tuple[str, str, str]]] = {
    "reviews": _cases(
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
    "gating": _cases(
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
    "codes_and_sales": _cases(
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
    "emoji": _cases(
        """
amazon_message en Hello Ana, happy to hear the lamp arrived safely ⭐⭐⭐⭐⭐ is what every small shop dreams of! Regards, Bea
"""
    ),
    "value": _cases(
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
    "own_shop": _cases(
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
    "marketplaces_and_search": _cases(
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
    "social_and_messengers": _cases(
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
    "future_products": _cases(
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
    "clubs_and_notices": _cases(
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
    "comparisons": _cases(
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
    "addresses": _cases(
        """
amazon_message en Hi Lena, the setup guide is also at kettleworks.london if you prefer reading it online. Cheers, Tom
amazon_message en Hi Kay, the manual is also on ironbark.tools/help if you'd rather read it online. Thanks, Ed
insert en Want first access to limited editions? Leave your email at campbright.co.uk/vip.
"""
    ),
    "opt_out": _cases(
        """
amazon_message de Hallo Frau Berg, anbei die Rechnung. Falls Sie künftig keine Infos mehr von uns möchten, kurze Nachricht genügt. Viele Grüße, Jan
amazon_message en Hi Lena, your invoice is attached. Should you no longer wish to hear about our products, just let us know. Cheers, Tom
amazon_message en Hi Kay, here's your invoice. Prefer not to get updates from us in future? Just say the word. Thanks, Ed
"""
    ),
}

#: Everyday replies and cards that use the trigger words in their ordinary sense.
PASSED = _cases(
    """
amazon_message de Guten Tag Herr Schulz, vielen Dank für Ihre Nachricht. Wir haben Ihnen heute kostenlos ein Ersatzteil zugeschickt; die Sendungsnummer bei DHL lautet 00340434161094015902. Bei Fragen antworten Sie einfach auf diese Nachricht. Freundliche Grüße, Jana
amazon_message de Hallo Frau Weber, das tut uns leid. Wir haben den vollen Kaufpreis von 49,90 € erstattet; Sie müssen den Artikel nicht zurücksenden. Viele Grüße, Tobias
amazon_message de Sehr geehrte Frau Krause, die schwarze Variante ist auf Amazon derzeit ausverkauft. Wir erwarten neue Ware in etwa zwei Wochen. Möchten Sie die Bestellung stornieren oder warten? Mit freundlichen Grüßen, Paul
amazon_message de Hallo Herr Yildiz, bitte entkalken Sie die Maschine alle vier Wochen. Die Anleitung dazu haben wir Ihnen als PDF angehängt. Falls das Gerät danach weiterhin tropft, melden Sie sich bitte noch einmal hier. Beste Grüße, Laura
amazon_message de Guten Tag Herr Becker, wir würden uns über eine ehrliche Bewertung freuen, egal ob positiv oder negativ. Vielen Dank für Ihren Einkauf! Ihr Team von Holzwerk
amazon_message de Hallo Frau Lang, Ihre Rücksendung ist bei uns eingegangen. Die Erstattung wurde heute veranlasst und sollte in 3–5 Werktagen auf Ihrem Konto sein. Viele Grüße, Mehmet
amazon_message de Hallo Herr Roth, die Garantie beträgt zwei Jahre. Der Hersteller Kärcher bietet zusätzlich eine Servicehotline unter 07195 903 0 an, dort hilft man Ihnen bei Ersatzteilen. Freundliche Grüße, Eva
amazon_message de Hallo Herr Fuchs, im Gegensatz zum Vorgängermodell lässt sich der Akku bei diesem Gerät selbst wechseln. Lösen Sie dazu die zwei Schrauben an der Unterseite. Viele Grüße, Sven
amazon_message de Hallo Herr Klein, suchen Sie in der Anleitung bitte nach „Entkalken“, die Schritte stehen auf Seite 8. Bei Fragen melden Sie sich gern hier. Viele Grüße, Kim
amazon_message de Guten Tag Frau Horn, das neue Modell hat einen anderen Stecker, deshalb schicken wir Ihnen den passenden Adapter kostenlos zu. Freundliche Grüße, Uwe
amazon_message de Hallo Herr Beck, vielen Dank für Ihr Feedback zum Reißverschluss. Wir haben es an unser Produktteam weitergegeben und Ihnen eine neue Tasche geschickt. Viele Grüße, Ina
amazon_message de Hallo Frau Graf, das Paket kommt aus unserem eigenen Lager, deshalb zeigt die Sendungsverfolgung einen anderen Paketdienst. Es ist pünktlich für Freitag geplant. Grüße, Tom
amazon_message de Hallo Herr Wolf, während der Garantiezeit von zwei Jahren tauschen wir defekte Teile kostenlos aus. Schicken Sie uns dazu bitte ein Foto hier über die Nachrichten. Viele Grüße, Lea
amazon_message de Hallo Frau Kaiser, die Batterien sind Standard-AA, Sie können also jede Marke verwenden. Wir empfehlen Alkaline-Batterien. Viele Grüße, Olaf
amazon_message de Hallo Herr Jung, wir geben Ihnen Bescheid, sobald das Ersatzteil unser Lager verlässt. Vielen Dank für Ihre Geduld, Nina
amazon_message de Hallo Frau Ernst, entschuldigen Sie die unangenehme Überraschung beim Auspacken. Eine neue Schale ist heute an DHL übergeben worden. Viele Grüße, Lisa
amazon_message de Hallo Herr Frank, die Lampe war ein Geschenk für Ihre Tochter? Dann schicken wir den Ersatz gern direkt an ihre Adresse, antworten Sie einfach hier. Grüße, Paul
amazon_message de Hallo Frau Sommer, Filter anderer Marken passen unter Umständen auch, wir können die Passform aber nur für den FX-20 garantieren. Viele Grüße, Rolf
amazon_message de Hallo Herr Hahn, als Dankeschön für Ihre Geduld haben wir Ihnen die Versandkosten von 4,99 € erstattet. Viele Grüße, Jule
amazon_message de Hallo Frau Lorenz, im Vergleich zum Vorgängermodell ist die neue Version etwa 20 % leiser; beide nutzen denselben Filter. Grüße, Ben
amazon_message de Hallo Frau Busch, das Modell 2023 unterscheidet sich vom Vorgänger nur durch die Farbe des Schalters. Die Garantie ist dieselbe. Viele Grüße, Eva
amazon_message de Hallo Herr Kern, leider fehlte in einigen Kartons die Anleitung; ich habe sie Ihnen hier als PDF angehängt. Schönen Abend, Kim
amazon_message de Hallo Frau Vogt, es tut mir leid, dass Sie von der Farbe enttäuscht sind. Sie können den Artikel innerhalb von 30 Tagen zurückgeben und erhalten den vollen Betrag zurück. Viele Grüße, Ed
amazon_message de Sehr geehrte Frau Aydin, vielen Dank für Ihre Nachricht und die Fotos. Es tut uns leid, dass die Kaffeemühle schon nach drei Wochen ausgefallen ist. Auf dem Video ist zu sehen, dass der Motor läuft, das Mahlwerk aber stehen bleibt – vermutlich ist ein Mitnehmerstift gebrochen. Wir haben Ihnen heute ein Ersatzgerät mit DPD geschickt (Sendungsnummer 15502338817732). Das defekte Gerät müssen Sie nicht zurücksenden; bitte geben Sie es beim Wertstoffhof ab. Sollte es mit dem neuen Gerät Probleme geben, antworten Sie einfach auf diese Nachricht. Mit freundlichen Grüßen, Hannah vom Kundenservice
amazon_message de Hallo Herr Brandt, danke für Ihre Rückmeldung. Das 2-Liter-Modell passt leider nicht auf den älteren Sockel, weil der Anschluss im letzten Jahr geändert wurde. Der Sockel, den Sie erhalten haben, ist aber genau der richtige für Ihren Wasserkocher. Die aktuelle Kurzanleitung habe ich Ihnen als PDF angehängt; die Garantie gilt für beide Teile zwei Jahre ab Bestelldatum. Wenn Sie mögen, freuen wir uns später über eine ehrliche Bewertung, egal ob positiv oder negativ. Viele Grüße, Sam
amazon_message de Hallo Herr Stein, schön, dass der Ersatz angekommen ist. Über eine Bewertung auf Amazon freuen wir uns – gern auch kritisch. Viele Grüße, Kai
insert de Vielen Dank für Ihren Einkauf!⏎Bitte lesen Sie die Bedienungsanleitung vor dem ersten Gebrauch.⏎Registrieren Sie Ihr Gerät unter garantie.heizfix.de und verlängern Sie die Garantie auf 3 Jahre.⏎Fragen? service@heizfix.de
insert de Pflegehinweise⏎Nur Handwäsche bei 30 °C. Nicht in den Trockner geben.⏎Bei Problemen mit Ihrem Produkt erreichen Sie unseren Kundenservice unter 030 1234567.
insert de Danke für Ihren Kauf!⏎Unsere Lampen werden vor dem Versand 5.000 Stunden getestet.⏎Nur E14-Leuchtmittel bis 40 W verwenden.⏎Hilfe: hilfe@leuchtwerk.de
insert de Danke, dass Sie ein kleines Familienunternehmen unterstützen.⏎Jede Tasse wird in unserer Werkstatt von Hand gefertigt.⏎Spülmaschinenfest, nicht für die Mikrowelle.
insert de Willkommen bei Ihrer neuen Heißluftfritteuse!⏎Vor dem ersten Gebrauch 10 Minuten leer bei 200 °C laufen lassen; ein leichter Geruch ist normal.⏎Anleitung: airly.de/anleitung
owned_message de Hallo Jana, danke für Ihre Bestellung! Unsere neue Herbstkollektion ist da – mit dem Code HERBST15 sparen Sie 15 %.
owned_message de Hallo Ellie, danke für Ihre Bestellung! Über eine Bewertung in unserem Shop freuen wir uns. Unsere Frühjahrskollektion ist da – mit FRUEHLING10 sparen Sie 10 %.
amazon_message en Hello Mrs Carter, thank you for your patience. We checked with the courier and your parcel is at the local depot; it should be delivered tomorrow before 6 pm. If it does not arrive by Thursday, please reply here and we will send a replacement straight away. Best regards, Daniel
amazon_message en Hi Mark, sorry the lid cracked. We've issued a full refund of £34.99 and you don't need to send anything back. Please dispose of the jug safely. Kind regards, Sophie
amazon_message en Dear Mr Ahmed, the filter should be replaced every three months. You will find the model number on the sticker at the back of the unit; the compatible filter is the FX-20. Let us know if you have any other questions. Regards, Leo
amazon_message en Hi Jo, we reviewed the photos you sent and agree the stitching is faulty. A new backpack will be shipped today with Royal Mail, tracking number will follow. Sorry for the trouble! Anna
amazon_message en Hello Peter, the warranty is two years from the date of purchase. If the heater stops working within that time, reply to this message with your order number and a short video of the fault and we will arrange a repair or replacement. Best, Tom
amazon_message en Hi Grace, please find the invoice for order 304-1234567-7654321 attached. The VAT number is shown at the bottom. Have a lovely weekend, Claire
amazon_message en Hello Mr Novak, I'm sorry the wrong colour arrived. You can return it free of charge through Your Orders; once the return is scanned we will ship the grey version. Thanks, Ben
amazon_message en Hi Emma, the black version is currently out of stock on Amazon, and we expect new stock in about two weeks. You can keep an eye on the listing, or we can cancel the order if you prefer. Kind regards, Mia
amazon_message en Hello Sam, thanks for letting us know the strap broke. This model is covered by the manufacturer, Velo GmbH, and their service team can be reached on 0800 123 4567. We have also attached the user manual as a PDF. Best, Chris
amazon_message en Hi Olivia, unlike the older version, this one has a removable battery, so you can swap it yourself: unscrew the two screws on the base and slide the battery out. Thanks, Nina
amazon_message en Hi Lucas, we are sorry for the delay. The carrier, DPD, has confirmed a new delivery date of 14 May. You can follow the parcel with tracking number 15501234567890 on the DPD site. Regards, Kate
amazon_message en Dear Ms Li, if you have a moment, we would appreciate an honest review of the lamp on Amazon. Your feedback helps other customers. Thank you! Jack
amazon_message en Hello Ruth, the discount you saw was a lightning deal that ended on Sunday, so we can't apply it retroactively. We're sorry for the confusion. Kind regards, Henry
amazon_message en Hi Adam, please make sure the kettle is on a flat surface and the lid is fully closed; otherwise the automatic switch-off will not work. If it still boils dry, we'll send you a new base at no cost. Cheers, Lily
amazon_message en Hello Mr Brown, we have cancelled the order as requested and the refund has been issued to your original payment method. It usually takes 3-5 working days. All the best, Zoe
amazon_message en Hi Fiona, the size chart is on the product page under 'Product information'. For a 42 cm neck we recommend size L. Let me know if you need anything else. Best wishes, Ruby
amazon_message en Hello Ian, your replacement shipped today and should arrive on Friday. We'll let you know if there is any delay. Best regards, Max
amazon_message en Hi Tina, our warehouse team in Leeds double-checked the box and the second cushion was missing. A new one goes out today with Evri. Sorry again, Rob
amazon_message en Hello Mr Gray, please search the manual for 'descaling'; it's on page 12. If the light still flashes after that, reply here and we'll help. Regards, Amy
amazon_message en Hi Jess, the new model has a slightly different plug, so the adapter from the old one won't fit. We're sending the right adapter free of charge. Best, Noel
amazon_message en Hello Mrs Shaw, if the display shows 'E4', please type the reset code '0000' and hold the power button. Regards, Ken
amazon_message en Hi Dan, as described on the product page, the tent is rated for three seasons, not winter camping. We can take it back if it doesn't suit you. Cheers, Gail
amazon_message en Hello Mr Fox, we noticed the parcel was returned to us by the carrier as undeliverable. Could you confirm your address so we can send it again? Best, Ali
amazon_message en Hi Rosa, thank you for your feedback about the zip. We've passed it to our product team and sent you a replacement pouch. Kind regards, Ella
amazon_message en Hi Bill, the gift wrap option wasn't selected on the order, so the parcel came without it. We're sorry it wasn't what you expected. Regards, Mo
amazon_message en Hello Ms Reed, the item ships from our own warehouse rather than Amazon's, which is why the tracking shows a different carrier. It's on schedule for Friday. Best, Hal
amazon_message en Hi Clara, the colour in the photos is accurate, but screens vary. If you'd like to exchange it for another colour, start a return from Your Orders. Best, Ian
amazon_message en Hello Nick, compared to the 1.5 L version, the 2 L jug takes about a minute longer to boil. Both use the same base. Thanks, Pia
amazon_message en Hi Alan, the voucher code you mentioned was a promotion run by Amazon, not by us, and it expired on 30 April. Sorry we can't apply it now. Regards, Sue
amazon_message en Hello Ms Kent, the batteries are a standard AA size, so you can use any brand. We recommend alkaline rather than rechargeable. Best, Jon
amazon_message en Hi Omar, we'll let you know as soon as the replacement leaves our warehouse, probably on Tuesday. Thanks for your patience, Liv
amazon_message en Hello Mr Hunt, the warranty card in the box mentions a 3-year guarantee; you don't need to register anything, your Amazon order is the proof of purchase. Regards, Ray
amazon_message en Hi Meg, sorry for the unpleasant surprise when you opened the box. A replacement bowl left our warehouse today and should arrive on Thursday. Best, Ann
amazon_message en Hello Mr Dale, I understand the lamp was a gift for your daughter. We can send the replacement directly to her address if you reply with it here. Regards, Tim
amazon_message en Hi Rose, to treat the leather, use a neutral cream once every three months; avoid saddle soap. Kind regards, Pat
amazon_message en Hello Ms Wu, your Prime membership doesn't affect the warranty; the two-year cover applies to every order. Best, Karl
amazon_message en Hi Joe, filters from other brands may fit, but we can only guarantee the fit of the FX-20. Thanks, Deb
amazon_message en Hello Mr Lamb, thanks for the feedback about the handle; we've passed it to our quality team. A new handle is on its way free of charge. Best, Sal
amazon_message en Hi Nora, the dog treats have a best-before date of March next year, printed on the bottom of the tub. Cheers, Rik
amazon_message en Hello Mrs Patel, the fabric sample you asked about isn't something we can send through Amazon, but the colour is shown accurately in the third photo. Regards, Lee
amazon_message en Hi Ali, as a thank you for your patience, we've refunded the delivery charge of £4.99. It should show in 3-5 days. Regards, Bo
amazon_message en Hello Mr Stone, the energy label shows an A rating; the annual consumption is 120 kWh. Thanks, Mia
amazon_message en Hi Tess, we've checked: the bundle with two extra blades is a different listing, so your order contains the single-blade version. Sorry for the mix-up. Best, Will
amazon_message en Hello Mr Cole, I'm sorry the screen arrived cracked. Please share a photo here and we'll ship a new unit within 24 hours. Regards, Jen
amazon_message en Hello Ms Ray, compared with the previous model, the new version is about 20% quieter; both use the same filter. Regards, Ian
amazon_message en Hi Sam, the kettle you ordered is the 2023 model; the only change from the 2022 version is the colour of the switch. Both have the same warranty. Best, Eve
amazon_message en Hello Mr Khan, I've checked our stock: the grey cover is available again, so if you'd like to exchange yours, start a return and reorder the grey one on Amazon. Regards, Ben
amazon_message en Hi Lara, you're right that the photo on the listing shows a wooden lid; that was the first batch. Current stock has a bamboo lid. Sorry for the confusion, Tom
amazon_message en Hello Ms Wood, the instructions leaflet was missing from some boxes; I've attached it here as a PDF. Have a good evening, Kim
amazon_message en Hi Mo, unfortunately we can't change the delivery address once the parcel has left; Royal Mail can redirect it if you call them on 0345 774 0740. Regards, Jo
amazon_message en Hello Mrs Hart, the discount shown at checkout was Amazon's Subscribe & Save; it applies to repeat deliveries set up in your account. Best, Ali
amazon_message en Hi Nina, I'm sorry you were disappointed with the colour. You're welcome to return it for a full refund within 30 days. Kind regards, Ed
amazon_message en Dear Mr Osei, thank you for your detailed message and the photos. I'm sorry the coffee grinder stopped working after only three weeks; that's not the experience we want anyone to have. Looking at the video, the motor is turning but the burr isn't, which points to a broken drive pin. We've arranged a replacement unit, which left our warehouse this afternoon with DPD (tracking 15502338817732). You don't need to return the faulty grinder; please recycle it at your local electrical waste point. If the new one gives you any trouble at all, reply here and I'll deal with it personally. Kind regards, Hannah – Customer Care
amazon_message en Hi Jordan, thanks for getting back to me. I've checked with our team and the 2-litre model isn't compatible with the older base you have, because the connector was changed last year. The good news is that the base you received is the correct one for your jug, so you can use them together safely. I've attached the updated quick-start guide as a PDF, and the warranty covers both parts for two years from your order date. If you'd like, you're welcome to leave an honest review once you've used it for a while, whether it's positive or negative. Best wishes, Sam
amazon_message en Hi Rob, glad the replacement arrived safely. If you have time, a review on Amazon is always welcome, even if it's critical; it helps other customers decide. Best, Kit
insert en Thank you for your purchase!⏎Before first use, wash the pan in warm soapy water and dry it thoroughly.⏎Not suitable for induction hobs.⏎Questions? support@copperline.co.uk
insert en Register your blender at blendwell.com/register to extend your warranty to 5 years.⏎Keep fingers away from the blades.⏎If you have a problem, our support team is here to help: 0161 555 0100.
insert en Care guide⏎Wash at 30°C inside out. Do not tumble dry.⏎Iron on low heat.⏎We hope you enjoy your new jumper. If you have a minute, an honest review on Amazon helps other shoppers, good or bad.
insert en Safety first: always unplug the iron before filling the tank.⏎Descale every month with the included solution.⏎Find the full manual at steamco.com/manual.
insert en Thank you!⏎Our lamps are tested for 5,000 hours before they leave the workshop.⏎Use E14 bulbs up to 40 W.⏎Need help? help@glowworks.co.uk
insert en Important: this product is not a toy.⏎Keep away from open flames.⏎Made in Portugal by Lusa Home, Rua das Flores 10, Porto.
insert en Getting started:⏎1. Charge for 3 hours.⏎2. Press and hold the button until the light turns blue.⏎3. Pair with your phone via Bluetooth.⏎Full manual: support.sonique.com/manual
insert en Thank you for your order!⏎This candle is hand-poured in small batches, so each one is slightly different.⏎Trim the wick to 5 mm before lighting.⏎Never leave a burning candle unattended.
insert en Your new kettle⏎- Fill to the MAX line only.⏎- Descale monthly in hard-water areas.⏎- Our customer care team: care@boilco.com / 0800 123 456
insert en Thank you for supporting our small family business.⏎Every mug is thrown by hand in our Cornwall studio, so no two are alike.⏎Dishwasher safe. Not for the microwave.
insert en Designed in Sweden, made to last.⏎Tighten the screws again after the first week of use.⏎Problems? support@nordlys.se
insert en Welcome to your new air fryer!⏎Before first use, run it empty for 10 minutes at 200°C; a slight smell is normal.⏎Recipes and the full manual: airly.com/manual
insert en We hope you enjoy using it as much as we enjoyed making it.⏎If anything is wrong, our team is here to help: hello@fernandfig.co.uk
insert en Battery safety⏎Charge only with the supplied cable. Do not leave charging overnight.⏎Recycle old batteries at your local collection point.
insert en Your 2-year warranty starts today.⏎Register at warranty.lumio.co.uk to extend it to 3 years.⏎Keep this card with your receipt.
owned_message en Hi Zara, thanks for your order! Our new autumn collection is live, and with code AUTUMN15 you get 15% off. Follow us on Instagram for styling tips.
owned_message en Hi Max, loved your review last week, thank you! Your next order ships free, as it does for every member of our club.
owned_message en Hi Ellie, thanks for your order! We'd love to hear what you think - you can leave a review on our website any time. Also, our spring collection is live: use SPRING10 for 10% off.
owned_message en Hi Ellie, thank you for your honest review last week. We've fixed the sizing chart you mentioned. As a member of our club, your next delivery is free as always.
amazon_message es Hola, Carmen: sentimos el retraso. SEUR nos confirma la entrega para mañana; el número de seguimiento es 1234567890. Si no llega, responda a este mensaje y le enviaremos otro. Un saludo, Javier
amazon_message es Estimado Sr. López: le hemos reembolsado el importe completo. No es necesario que devuelva el producto. Atentamente, Lucía
amazon_message es Hola, Pedro: el filtro debe cambiarse cada tres meses. En el manual adjunto encontrará los pasos; si tiene alguna duda, escríbanos por aquí. Saludos, Marta
amazon_message es Hola, Ana: el color negro está agotado en Amazon, pero esperamos reposición en unas dos semanas. ¿Prefiere esperar o cancelar el pedido? Un saludo, Raúl
amazon_message es Hola, Luis: si tiene un momento, le agradeceríamos una opinión sincera en Amazon, sea buena o mala. ¡Gracias por su compra! Equipo Brisa
amazon_message es Hola, Sr. Vega: le avisaremos en cuanto el repuesto salga de nuestro almacén. Mientras tanto, puede seguir usando el aparato sin la tapa. Saludos, Elena
amazon_message es Hola, Sr. Ruiz: busque «descalcificar» en el manual, está en la página 12. Si la luz sigue parpadeando, respóndanos aquí. Un saludo, Eva
amazon_message es Hola, Sra. Soto: el nuevo modelo tiene un enchufe distinto, así que le enviamos gratis el adaptador correcto. Atentamente, Luis
amazon_message es Hola, Sr. Díaz: gracias por su comentario sobre la cremallera. Lo hemos trasladado a nuestro equipo de producto y le hemos enviado una funda nueva. Saludos, Alba
amazon_message es Hola, Sra. Gil: las pilas son AA estándar, puede usar cualquier marca. Le recomendamos pilas alcalinas. Saludos, Noé
amazon_message es Hola, Sr. Mora: la tienda está cerca de nuestra oficina, pero el envío sale del almacén de Amazon. Llegará el viernes. Un saludo, Rocío
amazon_message es Hola, Sra. Ramos: sentimos la desagradable sorpresa al abrir la caja. Un cuenco nuevo ha salido hoy con SEUR. Un saludo, Sara
amazon_message es Hola, Sr. Vidal: ¿la lámpara era un regalo para su hija? Podemos enviar el reemplazo directamente a su dirección; indíquenosla aquí. Un saludo, Pablo
amazon_message es Hola, Sra. Marín: los filtros de otras marcas pueden servir, pero solo garantizamos el ajuste del FX-20. Un saludo, Leo
amazon_message es Hola, Sr. Santos: en agradecimiento por su paciencia, le hemos reembolsado los gastos de envío de 4,99 €. Un saludo, Irene
amazon_message es Hola, Sra. Cano: en comparación con el modelo anterior, la nueva versión es un 20 % más silenciosa; el filtro es el mismo. Un saludo, Hugo
amazon_message es Hola, Sra. Pardo: el modelo 2023 solo se diferencia del anterior en el color del interruptor. La garantía es la misma. Un saludo, Eva
amazon_message es Hola, Sr. Lago: siento que el color no le haya gustado. Puede devolverlo en 30 días para un reembolso completo. Un saludo, Iván
amazon_message es Estimada Sra. Herrera: gracias por su mensaje y las fotos. Sentimos que el molinillo haya dejado de funcionar a las tres semanas. En el vídeo se ve que el motor gira pero la muela no, lo que indica un pasador roto. Hoy le hemos enviado un aparato de sustitución con SEUR (seguimiento 1234567890). No hace falta que devuelva el defectuoso; puede llevarlo a un punto limpio. Si el nuevo le da cualquier problema, responda a este mensaje y me ocuparé personalmente. Atentamente, Hannah – Atención al cliente
amazon_message es Hola, Sr. Molina: gracias por su respuesta. El modelo de 2 litros no es compatible con la base antigua porque el conector cambió el año pasado. La base que ha recibido es la correcta para su hervidor, así que puede usarlos juntos sin problema. Le adjunto la guía rápida actualizada en PDF; la garantía cubre ambas piezas durante dos años desde la fecha del pedido. Un saludo, Sam
amazon_message es Hola, Sra. Rubio: nos alegra que el repuesto haya llegado bien. Su opinión en Amazon es bienvenida, aunque sea crítica. Un saludo, Luz
insert es ¡Gracias por su compra!⏎Lave la funda a 30 °C.⏎Registre su producto en garantia.casaluz.es para ampliar la garantía a 3 años.⏎¿Algún problema? Escríbanos a soporte@casaluz.es
insert es Gracias por apoyar a un pequeño negocio familiar.⏎Cada taza está hecha a mano en nuestro taller de Valencia.⏎Apta para lavavajillas, no para microondas.
owned_message es Hola, Ellie: ¡gracias por su pedido! Puede dejar su opinión en nuestra web cuando quiera. Ya está la colección de primavera: 10 % con PRIMAVERA10.
amazon_message fr Bonjour Madame Dupont, nous sommes désolés pour ce retard. Le transporteur Chronopost nous confirme une livraison demain avant 13 h. Vous pouvez suivre le colis avec le numéro XY123456789FR. Cordialement, Julie
amazon_message fr Bonjour Monsieur Martin, nous avons procédé au remboursement intégral de votre commande. Inutile de nous renvoyer l'article. Bien cordialement, Paul
amazon_message fr Bonjour Madame Rousseau, à votre avis, le bruit vient-il du moteur ou du couvercle ? Une courte vidéo envoyée via cette messagerie nous aiderait beaucoup. Merci d'avance, Léa
amazon_message fr Bonjour Monsieur Petit, veuillez noter que la garantie couvre deux ans à compter de la date d'achat. En cas de panne, répondez simplement à ce message avec une photo. Cordialement, Marc
amazon_message fr Bonjour Madame Blanc, la couleur bleue est actuellement en rupture de stock sur Amazon ; nous attendons un réapprovisionnement d'ici deux semaines. Souhaitez-vous conserver la commande ? Cordialement, Hugo
amazon_message fr Bonjour Monsieur Girard, si vous avez un moment, votre avis sincère sur Amazon aidera d'autres clients, qu'il soit positif ou négatif. Merci pour votre confiance, l'équipe Atelier
amazon_message fr Bonjour Monsieur Roy, cherchez « détartrage » dans la notice, page 12. Si le voyant clignote encore, répondez-nous ici. Cordialement, Eva
amazon_message fr Bonjour Madame Aubert, le nouveau modèle a une prise différente ; nous vous envoyons gratuitement l'adaptateur adapté. Bien cordialement, Luc
amazon_message fr Bonjour Monsieur Henry, merci pour votre retour concernant la fermeture éclair. Nous l'avons transmis à notre équipe produit et vous avons envoyé une nouvelle pochette. Cordialement, Alice
amazon_message fr Bonjour Madame Leroy, les piles sont au format AA standard, vous pouvez utiliser n'importe quelle marque. Nous conseillons des piles alcalines. Cordialement, Noé
amazon_message fr Bonjour Monsieur Caron, nous vous préviendrons dès que la pièce de rechange quittera notre entrepôt. Merci de votre patience, Jade
amazon_message fr Bonjour Madame Morel, désolés pour cette mauvaise surprise à l'ouverture du colis. Un nouveau bol est parti aujourd'hui avec Colissimo. Cordialement, Marie
amazon_message fr Bonjour Monsieur Faure, la lampe était un cadeau pour votre fille ? Nous pouvons envoyer le remplacement directement chez elle, indiquez-nous simplement l'adresse ici. Cordialement, Louis
amazon_message fr Bonjour Madame Brun, des filtres d'autres marques peuvent convenir, mais nous ne garantissons la compatibilité que pour le FX-20. Cordialement, Zoé
amazon_message fr Bonjour Monsieur Roux, pour vous remercier de votre patience, nous vous avons remboursé les frais de port de 4,99 €. Cordialement, Emma
amazon_message fr Bonjour Madame Perrin, par rapport au modèle précédent, la nouvelle version est environ 20 % plus silencieuse ; le filtre est le même. Cordialement, Hugo
amazon_message fr Bonjour Madame Colin, le modèle 2023 ne diffère du précédent que par la couleur de l'interrupteur. La garantie reste la même. Cordialement, Ève
amazon_message fr Bonjour Monsieur Renard, je suis désolée que la couleur vous ait déçu. Vous pouvez retourner l'article sous 30 jours pour un remboursement complet. Cordialement, Inès
amazon_message fr Bonjour Madame Benali, merci pour votre message et les photos. Nous sommes désolés que le moulin à café soit tombé en panne au bout de trois semaines. Sur la vidéo, le moteur tourne mais la meule reste immobile : une goupille d'entraînement est probablement cassée. Nous vous avons expédié un appareil de remplacement aujourd'hui avec Colissimo (numéro de suivi 6A12345678901). Inutile de renvoyer l'appareil défectueux ; merci de le déposer dans un point de collecte. Si le nouveau pose le moindre problème, répondez simplement à ce message. Bien cordialement, Hannah – Service client
amazon_message fr Bonjour Monsieur Lemoine, merci pour votre retour. Le modèle de 2 litres n'est malheureusement pas compatible avec l'ancien socle, car le connecteur a changé l'an dernier. En revanche, le socle que vous avez reçu est bien le bon pour votre bouilloire. Je vous joins la notice rapide à jour en PDF ; la garantie couvre les deux éléments pendant deux ans à compter de la commande. Bonne journée, Sam
amazon_message fr Bonjour Madame Noir, ravis que le remplacement soit bien arrivé. Votre avis sur Amazon est le bienvenu, même critique. Cordialement, Léo
insert fr Merci pour votre achat !⏎Avant la première utilisation, rincez la gourde à l'eau chaude.⏎Ne convient pas au lave-vaisselle.⏎Une question ? sav@gourdex.fr
insert fr Merci de soutenir une petite entreprise familiale.⏎Chaque tasse est façonnée à la main dans notre atelier breton.⏎Compatible lave-vaisselle, pas de micro-ondes.
insert fr Bienvenue ! Avant la première utilisation, faites chauffer la friteuse à vide 10 minutes à 200 °C.⏎Notice complète : airly.fr/notice
owned_message fr Bonjour Paul, merci pour votre avis ! Découvrez aussi notre nouvelle gamme de thés d'hiver sur le site.
owned_message fr Bonjour Ellie, merci pour votre commande ! Votre avis nous intéresse, laissez-le sur notre site quand vous voulez. Notre collection de printemps est en ligne : -10 % avec PRINTEMPS10.
amazon_message it Buongiorno Sig. Rossi, ci scusiamo per il ritardo. Il corriere GLS ci conferma la consegna per domani; il numero di spedizione è 123456789. Se non dovesse arrivare, ci risponda qui e spediremo un nuovo pacco. Cordiali saluti, Marco
amazon_message it Gentile Sig.ra Bianchi, abbiamo effettuato il rimborso completo. Non è necessario restituire l'articolo. Cordialmente, Giulia
amazon_message it Buongiorno Sig. Greco, possiamo valutare la sostituzione del pezzo se ci invia una foto del difetto tramite questa chat. Cordiali saluti, Paolo
amazon_message it Gentile Sig. Conti, il colore nero è esaurito su Amazon; prevediamo un nuovo arrivo tra circa due settimane. Preferisce attendere o annullare l'ordine? Cordiali saluti, Sara
amazon_message it Gentile Sig.ra Marino, se ha un momento, una recensione sincera su Amazon, positiva o negativa, aiuterebbe altri clienti. Grazie, il team Casa
amazon_message it Buongiorno Sig. Riva, cerchi «decalcificazione» nel manuale, a pagina 12. Se la spia lampeggia ancora, ci risponda qui. Cordiali saluti, Eva
amazon_message it Gentile Sig.ra Neri, il nuovo modello ha una spina diversa, quindi le inviamo gratuitamente l'adattatore giusto. Cordiali saluti, Luca
amazon_message it Gentile Sig. Fabbri, grazie per il suo commento sulla cerniera. L'abbiamo girato al nostro team di prodotto e le abbiamo inviato una nuova custodia. Saluti, Alba
amazon_message it Gentile Sig.ra Gatti, le pile sono AA standard, può usare qualsiasi marca. Le consigliamo pile alcaline. Saluti, Noè
amazon_message it Gentile Sig. Moretti, la avviseremo appena il ricambio lascia il nostro magazzino. Grazie per la pazienza, Ada
amazon_message it Gentile Sig.ra Galli, ci dispiace per la brutta sorpresa all'apertura del pacco. Una nuova ciotola è partita oggi con BRT. Cordiali saluti, Sara
amazon_message it Gentile Sig. Fontana, la lampada era un regalo per sua figlia? Possiamo spedire la sostituzione direttamente al suo indirizzo; ce lo indichi qui. Saluti, Pietro
amazon_message it Gentile Sig.ra Costa, i filtri di altre marche possono andare bene, ma garantiamo la compatibilità solo per il FX-20. Saluti, Leo
amazon_message it Gentile Sig. Mancini, per ringraziarla della pazienza le abbiamo rimborsato le spese di spedizione di 4,99 €. Saluti, Irene
amazon_message it Gentile Sig.ra Lombardi, rispetto al modello precedente la nuova versione è più silenziosa del 20 %; il filtro è lo stesso. Saluti, Ugo
amazon_message it Gentile Sig.ra Serra, il modello 2023 differisce dal precedente solo per il colore dell'interruttore. La garanzia è la stessa. Saluti, Eva
amazon_message it Gentile Sig. Sala, mi dispiace che il colore l'abbia delusa. Può restituire l'articolo entro 30 giorni per un rimborso completo. Saluti, Ivo
amazon_message it Gentile Sig.ra Moretti, grazie per il messaggio e le foto. Ci dispiace che il macinacaffè si sia fermato dopo sole tre settimane. Dal video si vede che il motore gira ma la macina no: probabilmente si è rotto un perno di trascinamento. Oggi le abbiamo spedito un apparecchio sostitutivo con BRT (spedizione 068912345678901). Non serve restituire quello guasto; può portarlo all'isola ecologica. Se il nuovo dovesse darle problemi, risponda pure a questo messaggio. Cordiali saluti, Hannah – Assistenza clienti
amazon_message it Buongiorno Sig. Ferri, grazie per la risposta. Il modello da 2 litri non è compatibile con la base precedente, perché il connettore è cambiato l'anno scorso. La base che ha ricevuto è quella giusta per il suo bollitore. Le allego la guida rapida aggiornata in PDF; la garanzia copre entrambi i pezzi per due anni dalla data dell'ordine. Cordiali saluti, Sam
amazon_message it Gentile Sig.ra Bassi, siamo contenti che il ricambio sia arrivato. Una sua recensione su Amazon è benvenuta, anche critica. Saluti, Ugo
insert it Grazie per il tuo acquisto!⏎Prima del primo utilizzo lava la borraccia con acqua calda.⏎Non adatta alla lavastoviglie.⏎Per problemi: assistenza@borracce.it
insert it Grazie per sostenere una piccola azienda di famiglia.⏎Ogni tazza è fatta a mano nel nostro laboratorio in Umbria.⏎Lavabile in lavastoviglie, non adatta al microonde.
owned_message it Ciao Ellie, grazie per l'ordine! Puoi lasciare una recensione sul nostro sito quando vuoi. La collezione primavera è online: 10% con PRIMAVERA10.
amazon_message ja 佐藤様 この度はご不便をおかけし申し訳ございません。全額返金の手続きを完了いたしました。商品のご返送は不要です。今後ともよろしくお願いいたします。
amazon_message ja 鈴木様 ご注文の商品は本日ヤマト運輸にて発送いたしました。伝票番号は1234-5678-9012です。到着まで今しばらくお待ちください。
amazon_message ja 高橋様 黒色は現在Amazonで在庫切れとなっており、2週間ほどで入荷予定です。お待ちいただくか、キャンセルをご希望かお知らせください。
amazon_message ja 山口様 取扱説明書で「除菌」と検索していただくと、12ページに手順がございます。ランプが点滅し続ける場合は、こちらにご返信ください。
amazon_message ja 中村様 新しいモデルはプラグの形状が異なるため、対応するアダプターを無料でお送りいたします。
amazon_message ja 小川様 電池は単3形ですので、どのメーカーのものでもお使いいただけます。アルカリ電池をおすすめしております。
amazon_message ja 石田様 交換部品が倉庫から出荷されましたら、すぐにご連絡いたします。今しばらくお待ちください。
amazon_message ja 西村様 開封時にご不快な思いをおかけし申し訳ございません。新しいボウルを本日ヤマト運輸にて発送いたしました。
amazon_message ja 岡田様 照明はお嬢様へのプレゼントとのこと、交換品をお嬢様のご住所へ直接お送りすることも可能です。こちらにご住所をお知らせください。
amazon_message ja 松田様 他社製のフィルターも取り付けられる場合がございますが、適合を保証できるのはFX-20のみです。
amazon_message ja 原田様 従来モデルと比べて、新しいバージョンは約20%静かになっております。フィルターは共通です。
amazon_message ja 村上様 2023年モデルと従来品の違いはスイッチの色のみで、保証内容は同じでございます。
amazon_message ja 森様 お色がご期待に沿わず申し訳ございません。30日以内であれば返品・全額返金が可能です。
amazon_message ja 大野様 お写真とメッセージをありがとうございます。コーヒーミルが3週間で動かなくなってしまい、大変申し訳ございません。動画を拝見したところ、モーターは回っているものの刃が回転しておらず、駆動ピンの破損と思われます。本日、代替品をヤマト運輸にて発送いたしました（伝票番号1234-5678-9012）。故障品のご返送は不要ですので、自治体の回収にお出しください。新しい製品に不具合がございましたら、こちらにご返信ください。カスタマーサポート ハンナ
amazon_message ja 木下様 ご返信ありがとうございます。2リットルモデルは昨年コネクターが変更されたため、旧型のベースには対応しておりません。お届けしたベースはお客様のケトルに適合しておりますので、そのままご使用いただけます。最新のクイックガイドをPDFで添付いたしました。保証はご注文日から2年間、両方の部品が対象です。
amazon_message ja 山下様 交換品が無事に届き安心いたしました。よろしければ、どんなご意見でも構いませんので、Amazonのレビューでお聞かせください。
insert ja お買い上げありがとうございます。⏎ご使用前に取扱説明書をよくお読みください。⏎QRコードから製品登録いただくと、保証期間が2年に延長されます。⏎お問い合わせ：support@example.jp
insert ja 小さな工房を応援していただき、ありがとうございます。⏎ひとつひとつ手作業で仕上げているため、色や形に個体差がございます。⏎食洗機対応、電子レンジ不可。
owned_message ja エリー様 ご注文ありがとうございます。レビューはいつでも当サイトにご投稿いただけます。春の新作も公開中です。クーポンSPRING10で10%オフ。
amazon_message zh 王先生您好，很抱歉给您带来不便。我们已为您办理全额退款，款项将在3-5个工作日内退回原支付方式，商品无需退回。客服小张
amazon_message zh 李女士您好，您的包裹已交由顺丰发出，运单号SF1234567890，预计明天送达。如有问题请直接回复此消息。客服小王
amazon_message zh 陈先生您好，黑色款目前在亚马逊上暂时缺货，预计两周后补货。请问您是想继续等待还是取消订单？客服小刘
amazon_message zh 赵女士您好，滤芯建议每三个月更换一次，具体步骤请参考附件中的说明书。客服小李
amazon_message zh 王先生您好，请在说明书中搜索“除垢”，具体步骤在第12页。如果指示灯仍在闪烁，请直接回复此消息。客服小周
amazon_message zh 李女士您好，新款的插头与旧款不同，我们会免费给您寄一个合适的转换头。客服小何
amazon_message zh 张先生您好，电池是标准5号电池，任何品牌都可以使用，建议使用碱性电池。客服小吴
amazon_message zh 赵女士您好，配件从我们仓库发出后我们会第一时间通知您，感谢您的耐心等待。客服小郑
amazon_message zh 孙女士您好，开箱时让您失望了，非常抱歉。新的碗今天已经通过顺丰寄出。客服小陈
amazon_message zh 郑先生您好，台灯是送给您女儿的礼物吗？我们可以把换货直接寄到她的地址，请在此回复地址即可。客服小王
amazon_message zh 冯女士您好，其他品牌的滤芯可能也能用，但我们只能保证FX-20的适配。客服小李
amazon_message zh 蒋先生您好，与上一代相比，新版本的噪音降低了约20%，滤芯通用。客服小赵
amazon_message zh 林女士您好，2023款与上一款的区别只是开关颜色不同，保修相同。客服小马
amazon_message zh 何先生您好，很抱歉颜色没有达到您的期待。您可以在30天内申请退货并获得全额退款。客服小杨
amazon_message zh 欧阳先生您好，感谢您的留言和照片。很抱歉磨豆机使用三周就出现故障。从视频看电机在转但磨盘不动，应该是传动销断了。我们今天已经通过顺丰给您寄出一台新机器（运单号SF1234567890），故障机无需寄回，请送到附近的电子垃圾回收点。如果新机器有任何问题，请直接回复此消息，我会亲自跟进。客服汉娜
amazon_message zh 马先生您好，感谢回复。2升款与旧底座不兼容，因为去年更换了接口。不过您收到的底座正好适配您的水壶，可以放心一起使用。更新后的快速指南已作为PDF附上，两件产品均自下单之日起保修两年。客服小山
amazon_message zh 王女士您好，很高兴替换件已经安全送达。如果方便，欢迎在亚马逊分享您的真实想法，满意与否都可以。客服小林
insert zh 感谢您的购买！⏎首次使用前请用温水清洗。⏎扫码注册产品即可延长保修至两年。⏎如有问题请联系售后邮箱：service@example.cn
insert zh 感谢您支持我们这家小小的家庭工作室。⏎每只杯子都是手工制作，独一无二。⏎可用洗碗机清洗，不可放入微波炉。
owned_message zh 您好，感谢您的评价！秋冬新品已上架，会员下单享九折。
owned_message zh 您好，感谢下单！欢迎随时在官网留下评价。春季新品已上线，使用SPRING10立享九折。
"""
)

#: Talk about reviews that is not a request: a person may look, nothing may block it.
HELD_NOT_BLOCKED = _cases(
    """
amazon_message de Hallo Herr Seidel, die Bewertungen auf der Produktseite verwaltet Amazon; wir sehen nicht, wer sie geschrieben hat. Bei Fragen zu Ihrer Bestellung helfen wir gern. Grüße, Anna
amazon_message en Hi Dan, the ratings on the listing are managed by Amazon; we're not able to see who wrote them. If you need help with your own order, just reply here. Thanks, Vic
"""
)


def _params(cases: list[tuple[str, str, str]], prefix: str) -> list[object]:
    return [
        pytest.param(policy, lang, text, id=f"{prefix}-{lang}-{i}")
        for i, (policy, lang, text) in enumerate(cases)
    ]


@pytest.mark.parametrize(
    ("policy", "lang", "text"),
    [p for theme, cases in CAUGHT.items() for p in _params(cases, theme)],
)
def test_a_theme_said_another_way_is_held_or_blocked(policy: str, lang: str, text: str) -> None:
    verdict = check(text, policy, lang)
    assert verdict.decision != "allow", text


def test_every_theme_is_written_in_every_language() -> None:
    langs = {lang for cases in CAUGHT.values() for _, lang, _ in cases}
    assert langs == set(LANGUAGES)
    for theme in ("reviews", "gating", "value", "own_shop", "future_products", "comparisons"):
        assert {lang for _, lang, _ in CAUGHT[theme]} >= {"en", "de", "fr", "es", "it"}, theme


@pytest.mark.parametrize(("policy", "lang", "text"), _params(PASSED, "passed"))
def test_everyday_wording_passes(policy: str, lang: str, text: str) -> None:
    verdict = check(text, policy, lang)
    assert verdict.decision == "allow", [(r.rule_id, r.excerpt) for r in verdict.risks]


@pytest.mark.parametrize(("policy", "lang", "text"), _params(HELD_NOT_BLOCKED, "held"))
def test_talk_about_reviews_may_be_held_but_is_never_blocked(
    policy: str, lang: str, text: str
) -> None:
    assert check(text, policy, lang).decision != "block"


NEUTRAL_REQUESTS = [
    ("en", "If you have a moment, we'd appreciate your honest review on Amazon, good or bad."),
    ("de", "Ihre ehrliche Bewertung hilft anderen Kunden – ob Lob oder Kritik."),
    ("de", "Wir freuen uns über eine Bewertung auf Amazon, ganz gleich, wie sie ausfällt."),
    ("fr", "Votre avis sincère sur Amazon, positif ou négatif, aide les autres acheteurs."),
    ("es", "Si tiene un momento, le agradeceríamos una opinión sincera en Amazon, sea cual sea."),
    ("it", "Se ha un momento, una recensione sincera su Amazon, positiva o negativa, ci aiuta."),
    ("zh", "方便的话，欢迎在亚马逊留下真实评价，好评差评都可以。"),
    ("ja", "よろしければ、良い点も悪い点も含めて率直なレビューをお聞かせください。"),
]


@pytest.mark.parametrize(("lang", "text"), NEUTRAL_REQUESTS)
def test_a_neutral_review_request_to_every_buyer_passes(lang: str, text: str) -> None:
    for policy in ("amazon_message", "insert"):
        verdict = check(text, policy, lang)
        assert verdict.decision == "allow", (policy, [r.rule_id for r in verdict.risks])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If you have a moment, we'd appreciate a review on Amazon."),
        ("de", "Über eine Bewertung auf Amazon würden wir uns sehr freuen."),
        ("fr", "Un petit avis sur Amazon nous ferait très plaisir."),
        ("es", "Una reseña en Amazon nos ayudaría muchísimo."),
        ("it", "Una recensione su Amazon ci aiuterebbe tantissimo."),
        ("zh", "方便的话请在亚马逊给我们留个评价。"),
        ("ja", "よろしければAmazonでレビューをお願いいたします。"),
    ],
)
def test_a_review_request_without_neutral_wording_is_held(lang: str, text: str) -> None:
    for policy in ("amazon_message", "insert"):
        assert check(text, policy, lang).decision == "review", policy


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The sheets use the same sateen weave as many five-star hotels."),
        ("de", "Für Hotelgefühl wie im Fünf-Sterne-Haus bitte keinen Weichspüler verwenden."),
        ("de", "Die Truhe hat ein Vier-Sterne-Gefrierfach und hält −18 °C."),
        ("fr", "Un linge digne d'un hôtel cinq étoiles, lavable à 60 °C."),
        ("es", "Toallas con el gramaje de los hoteles de cinco estrellas."),
        ("it", "Lenzuola di qualità da albergo a cinque stelle."),
        ("zh", "五星级酒店同款面料，柔软亲肤。"),
        ("ja", "五つ星ホテル仕様のタオルを、ご家庭で。"),
    ],
)
def test_stars_that_describe_the_product_are_not_ratings(lang: str, text: str) -> None:
    for policy in ("amazon_message", "insert"):
        assert check(text, policy, lang).decision == "allow", policy


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Ihr Paket wurde an DHL übergeben. Sollte es nicht ankommen, erreichen Sie den "
            "Kundenservice unter 0228 4333112.",
        ),
        (
            "fr",
            "La garantie est gérée par le fabricant. Vous pouvez joindre son service après-vente "
            "au 09 69 32 10 00.",
        ),
        (
            "es",
            "El paquete salió con Correos Express. Si no llega, puede llamar a su atención al "
            "cliente al 910 279 200.",
        ),
        (
            "it",
            "La garanzia è gestita dal produttore. Può chiamare l'assistenza tecnica ufficiale al "
            "numero verde 800 123 456.",
        ),
    ],
)
def test_a_carrier_or_manufacturer_named_before_its_number_is_never_blocked(
    lang: str, text: str
) -> None:
    verdict = check(text, "amazon_message", lang)
    assert verdict.decision != "block", [f.rule_id for f in verdict.findings]


def test_an_own_number_after_a_carrier_sentence_is_still_blocked() -> None:
    text = "Your parcel is with DHL. If it is late, call me on my mobile 0171 2345678."
    assert "contact_diversion" in check(text, "amazon_message", "en").categories


@pytest.mark.parametrize(
    "text",
    [
        "For every review on our site, good or bad, we add 100 points; rewarded reviews are "
        "labelled as such.",
        "Für jede Bewertung in unserem Shop – egal ob positiv oder negativ – gibt es 5 € "
        "Guthaben. Belohnte Bewertungen kennzeichnen wir als solche.",
        "Por cada reseña en nuestra web le regalamos 3 € en puntos, sea cual sea su opinión. "
        "Las reseñas con recompensa aparecen marcadas como tales.",
    ],
)
def test_a_disclosed_reward_for_any_review_passes_on_the_owned_channel(text: str) -> None:
    assert check(text, "owned_message").decision == "allow"
    assert check(text, "amazon_message").decision == "block"


@pytest.mark.parametrize(
    "text",
    [
        "For every review on our site we add 100 points, but please don't mention the points "
        "in the review.",
        "Leave a five-star review on our site and we'll add 100 points; rewarded reviews are "
        "labelled as such.",
        "Wenn Sie begeistert sind und das in Ihrer Bewertung zeigen, schenken wir Ihnen einen "
        "Gutschein.",
    ],
)
def test_a_hidden_or_sentiment_bound_reward_is_blocked_on_the_owned_channel(text: str) -> None:
    assert check(text, "owned_message").categories == ["review_incentive"]


def test_the_owned_channel_runs_no_risk_signal() -> None:
    for cases in CAUGHT.values():
        for _, lang, text in cases:
            assert check(text, "owned_message", lang).risks == []


RISK_RULES = [rule for rule in ALL_RULES if rule.risk]


def test_risk_signals_live_in_the_risk_table_and_never_name_the_owned_channel() -> None:
    assert {rule.id for rule in RISK_RULES} == {rule.id for rule in TABLES["risks"]}
    for rule in RISK_RULES:
        assert "owned_message" not in rule.policies, rule.id
        assert rule.message.startswith("risk_"), rule.id


@pytest.mark.parametrize(
    "key", sorted({r.message for r in RISK_RULES} | {"risk_phone", "risk_lookalike"})
)
def test_every_risk_has_advice_in_every_language(key: str) -> None:
    assert set(MESSAGES[key]) == set(LANGUAGES), key


#: Informal forms of address: advice is written with usted and Lei.
INFORMAL = {
    "es": re.compile(
        r"\b(?:tu|tus|tú|te|ti|contigo|elimina|elimínala|elimínalo|elimínalos|ofrece|pidas|"
        r"responde|escribe|mantén|cíñete|añade|haz|imprime|usa|deja|limítate|describe|"
        r"desacredites|invita|adjúntalo|hazla)\b"
    ),
    "it": re.compile(
        r"\b(?:tu|tuo|tua|tuoi|tue|ti|rimuovi|rimuovilo|rimuovili|rimuovila|offri|chiedi|rispondi|"
        r"scrivi|limitati|aggiungi|fai|stampa|lascia|conferma|descrivi|allegalo|"
        r"elimina|rendilo|rimuovetelo|chiedete|offrite|parlate|nominate|denigrare)\b"
    ),
}


@pytest.mark.parametrize("lang", ["es", "it"])
def test_spanish_and_italian_advice_is_formal(lang: str) -> None:
    informal = {
        key: INFORMAL[lang].findall(entry[lang].lower())
        for key, entry in MESSAGES.items()
        if lang in entry and INFORMAL[lang].search(entry[lang].lower())
    }
    assert informal == {}
