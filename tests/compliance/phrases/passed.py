"""Everyday wording that must pass, and talk about reviews that may be held but never blocked."""

from __future__ import annotations

from tests.compliance.phrases import cases

#: Everyday replies and cards that use the trigger words in their ordinary sense.
PASSED = cases(
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
HELD_NOT_BLOCKED = cases(
    """
amazon_message de Hallo Herr Seidel, die Bewertungen auf der Produktseite verwaltet Amazon; wir sehen nicht, wer sie geschrieben hat. Bei Fragen zu Ihrer Bestellung helfen wir gern. Grüße, Anna
amazon_message en Hi Dan, the ratings on the listing are managed by Amazon; we're not able to see who wrote them. If you need help with your own order, just reply here. Thanks, Vic
"""
)

#: Disclosed rewards for any honest review on the own site, and "soon" about this order's money.
PASSED += cases(
    """
owned_message en Write a review on our site – good or bad – and get 50 points. Rewarded reviews are labelled as such.
owned_message de Jede Bewertung in unserem Shop, ob Lob oder Kritik, wird mit 5 € Guthaben belohnt; belohnte Bewertungen sind gekennzeichnet.
owned_message zh 在官网发表评价（无论好评还是差评）即可获得50积分，获赠积分的评价会标注“已获奖励”。
owned_message ja レビューを投稿いただくと、評価の内容にかかわらず100ポイントを進呈します。特典付きレビューにはその旨を表示しております。
amazon_message es Estimada Sra. Ruiz: próximamente recibirá el reembolso en su tarjeta. Un saludo, Marta
"""
)
