"""Word classes of the marketing risk signals: what is coming, clubs and notices, other
sellers and knocks, a later order, sales, opt-outs. One regex group each, in all seven
languages (see :mod:`compliance.rules._words`)."""

from .._shared import kw

#: New, upcoming, latest: a product group not yet on sale.
NEW = (
    r"(?:\b(?:new|newest|latest|upcoming|next|fresh|limited)\b|\bneue?[nmrs]?\b|\bneueste[nmrs]?\b|"
    r"\bnouve(?:au|aux|lle|lles|l)\b|\bnuev[oa]s?\b|\bnuov[oaie]\b|\bprossim[oaie]\b|新|最新)"
)

#: Launching: what a brand does with a new range ("launch", "lanzamos", "推出", "発売").
LAUNCH = (
    r"(?:\b(?:launch\w{0,3}|unveil\w{0,3}|debut\w{0,3}|releas\w{1,4}|introduc\w{1,4})\b|"
    r"\b(?:launchen|vorstellen|stellen\s\w{2,12}\svor|präsentieren|erscheint|erscheinen)\b|"
    r"\b(?:lancer|lançons|lancerons|lancement|dévoil\w{1,4}|sortira|présenterons)\b|"
    r"\b(?:lanzamos|lanzaremos|lanzamiento|lanzar|estrenamos|presentaremos)\b|"
    r"\b(?:lanceremo|lanciamo|lancio|lanciare|presenteremo|usciremo|uscirà)\b|"
    r"上市|推出|上新|发布|首发|发售|発売|登場|リリース)"
)

#: Arriving or coming: what a new range does once announced (only after "new … range").
ARRIVE = (
    r"(?:\b(?:lands?|landing|arriv\w{1,4}|coming|comes\sout|hits\sthe|goes\son\ssale|"
    r"drops?|available)\b|\b(?:kommt|kommen|erhältlich|startet)\b|\b(?:arrive|arrivent|"
    r"arrivera|sort|disponible)\b|\b(?:llega|llegan|llegará|llegarán|disponible)\b|"
    r"\b(?:arriva|arrivano|arriverà|disponibile|esce)\b|到货|上架|入荷|登場)"
)

#: We will have, we will bring out: the seller announcing what it will sell.
WE_WILL_HAVE = (
    r"(?:\bwe(?:'ll|’ll|\swill)\s(?:also\s|soon\s)?(?:have|get|stock|carry|offer|bring\sout|add)|"
    r"\bwir\s(?:werden|bringen|bekommen)|\bnous\s(?:aurons|proposerons|sortirons)|"
    r"\btendremos\b|\bofreceremos\b|\bsacaremos\b|\bavremo\b|\bproporremo\b|"
    r"我们(?:将|会)(?:推出|有|上)|追加予定)"
)

#: On sale, available, in stock: what a product is from a season on.
AVAILABLE = (
    r"(?:\bavailable\b|\bon\ssale\b|\bin\sstores\b|\bgibt\ses\b|\berhältlich\b|\blieferbar\b|"
    r"\bdisponible\b|\ben\svente\b|\ba\sla\sventa\b|\bdisponibile\b|\bin\svendita\b|有售|上架|"
    r"発売|販売)"
)

#: A season or a month ahead (not "tomorrow": a restock date for this order is service).
SEASON = (
    r"(?:\b(?:this|next|from|in\sthe|by)\s(?:autumn|fall|spring|summer|winter|season|year)\b|"
    r"\b(?:from|in)\s(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|\b(?:ab|im|diesen?|nächste[nmr]?)\s(?:frühling|frühjahr|sommer|herbst|"
    r"winter|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"saison)\b|\b(?:dès|à\spartir\sd[eu']|au|en|cet|ce)\s?(?:printemps|été|automne|hiver|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|"
    r"\b(?:a\spartir\sde|desde|en|este|esta)\s(?:primavera|verano|otoño|invierno|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|"
    r"\b(?:da|a|in|quest['’])\s?(?:primavera|estate|autunno|inverno|gennaio|febbraio|marzo|aprile|"
    r"maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b|秋季|冬季|春季|夏季|"
    r"下个?季|今秋|今冬|今春|今夏|来季|"
    # a month ahead: "next month", "le mois prochain", "下个月", "来月"
    r"\bnext\smonth\b|\bnächste[nm]?\smonat|\ble\smois\sprochain|\bel\spróximo\smes|"
    r"\bil\smese\sprossimo|\bil\sprossimo\smese|下个?月|明年|来月|来年)"
)

#: This order, its replacement: what arrives next week is service, not an announcement.
THIS_ORDER = (
    r"(?:replacement|ersatz|remplacement|reemplazo|sustituci|sostituzion|换货|补发|交換品|"
    r"your\sorder|ihre\sbestellung|votre\scommande|tu\spedido|su\spedido|il\ssuo\sordine|"
    r"il\stuo\sordine|您的订单|ご注文)"
)

#: A better price or a subscription than the order: buying again, elsewhere or in bulk.
BETTER_PRICE = (
    r"(?:\b(?:better|lower|best|special)\sprice\b|\bcheaper\b|\bsubscription\b|\bbundle\sprice\b|\bgünstiger\b|\bpreiswerter\b|\babo\b|\bim\sabo\b|"
    r"\babonnement\b|\bmoins\scher\b|\bmeilleur\sprix\b|\bmás\sbarat\w{1,2}\b|"
    r"\bmejor\sprecio\b|\bsuscripci[oó]n\b|\bpiù\sconvenient\w\b|\bprezzo\smigliore\b|"
    r"\babbonamento\b|更便宜|更优惠|更划算|订阅服务|定期便|お得な|安く|まとめ買い)"
)

#: A companion product: matching, from the same range, to go with it.
MATCHING = (
    r"(?:\b(?:matching|companion(?!\sapp)|complementary)\b|\bsame\s(?:range|series|collection)\b|"
    r"\bto\sgo\swith\b|\bcomplete\sthe\sset\b|\b(?:dazu\s)?passende[nrs]?\b|\bassortie?s?\b|"
    r"\bmême\s(?:gamme|collection)\b|\ba\sjuego\b|\bmisma\s(?:gama|colecci[oó]n|serie)\b|"
    r"\babbinat[oaie]\b|\bcoordinat[oaie]\b|\bstessa\s(?:linea|collezione|serie)\b|"
    r"\bpassend\szu\b|\bim\sgleichen\s(?:[\w-]{1,15}\s)?(?:design|stil|look)\b|\bin\sthe\ssame\s"
    r"(?:[\w-]{1,15}\s)?(?:design|style|look)\b|\bdans\sle\smême\s(?:style|design)\b|\bdel\smismo\s"
    r"(?:estilo|diseño)\b|\bnello\sstesso\s(?:stile|design)\b|"
    r"配套(?!\s?(?:app|应用|软件|程序))|同系列|同款|おそろい|セットで|同じシリーズ)"
)

#: Wanting or being offered it: the sales half of a cross-sell.
WANT = (
    r"(?:\b(?:if\syou(?:'d|\swould)?\s(?:ever\s)?(?:want|like|fancy|need)|interested|we\scan\s"
    r"(?:offer|send|put|reserve|sell|do)|price|pricing|deal|order\sit|add\sit)\b|"
    r"\b(?:interessier\w{0,3}|möchten|wünschen|preis|legen\swir|können\swir)\b|"
    r"\b(?:intéress\w{0,3}|souhait\w{0,4}|prix|nous\spouvons|réserv\w{0,4})\b|"
    r"\b(?:interes\w{0,3}|quiere|desea|precio|podemos|reserv\w{0,4})\b|"
    r"\b(?:interess\w{0,3}|desidera|vuole|prezzo|possiamo|tenerg\w{0,6})\b|需要|想要|价|可以|"
    r"ご希望|ご興味|価格|お取り置き|"
    # a buying prompt: "look for the matching charger", "complete your setup"
    r"\blook\sfor\b|\bcomplete\syour\b|\bausschau|\bcherchez\b|\bbusque\b|\bcerchi\b|を探し|找找)"
)

#: A sale or a campaign ("our autumn sale", "Black Friday", "大促", "セール").
SALE = (
    r"(?:\b(?:sale|sales|deals?(?!\swith)|promo(?:tion)?s?|campaign|discounts?|black\sfriday|prime\sday)\b|"
    r"\b(?:schlussverkauf|rabattaktion|aktionswoche|sale)\b|\b(?:soldes|promotions?|ventes?\s"
    r"privées)\b|\b(?:rebajas|ofertas|promociones)\b|\b(?:saldi|offerte|promozioni|sconti)\b|"
    r"大促|促销|双十一|618|セール|キャンペーン)"
)

#: Announcement formulas: stay tuned, keep an eye out, be the first, save the date.
TEASE = (
    r"(?:\bstay\stuned\b|\bwatch\sthis\sspace\b|\bcoming\ssoon\b|\bkeep\san\seye\sout\sfor\s(?:it|"
    r"them|our|the\snew|new|what)\b|\bbe\s(?:the|among\sthe)\sfirst\sto\b|\bsneak\speek\b|"
    r"\bfirst\slook\b|\bsave\sthe\sdate\b|\bstay\sposted\b|\bwatch\sout\sfor\s(?:our|the\snew)|"
    r"augen\soffen|\bdranbleiben\b|à\sl['’]affût|restez\sattenti|los\sojos\sabiertos|"
    r"\bsurveillez\s(?:bien\s)?(?:nos|notre)\b|\bkeep\syour\seyes\s(?:peeled|open)\b|\bkeep\san\seye\son\s(?:our|this\sspace)|\bim\sauge\sbehalten|"
    r"\bausschau\b|\blook\sout\sfor\s(?:our|the)\s(?:brand|name|logo)|\besté\satent[oa]\b|\bstia\satent[oa]\b|\btenga\sd['’]occhio|\btenete\sd['’]occhio|"
    r"\bno\s(?:se\s|te\s)?(?:l[oa]s?\s)?pierd\w{1,3}\b|\bnon\s(?:se\s|te\s)?(?:l[oaie]\s)?perd\w{1,5}\b|"
    r"记得关注|留意|\batent[oa]s?\sa\s(?:las\s|nuestras\s)?novedades|\bpendientes?\sde\s(?:las\s|"
    r"nuestras\s)?novedades|\bà\ssuivre\b|"
    r"\bestar\satent[oa]s?\b|\bresti\s(?:sintonizzat|aggiornat)|\bstia\sall['’]erta|"
    r"\bsomething\s(?:new|exciting|special)\s(?:is\s)?"
    r"(?:coming|on\sthe\sway|in\sthe\spipeline)|\bseien\ssie\sgespannt\b|\bbleiben\ssie\sgespannt\b|"
    r"\bfreuen\ssie\ssich\sauf\b|\bals\serste[rn]?\b|\bvorab\s(?:informier|erfahr|sehen)|"
    r"\brestez\sconnectés?\b|\bsoyez\s(?:les\s)?premi(?:er|ère)s?\b|\bà\snoter\sdans\svos\sagendas\b|"
    r"\ben\savant-première\b|\bno\s(?:se\s)?(?:lo|la|los|las|te\slo|te\sla)\s(?:pierda|pierdas)\b|"
    r"\bantes\sque\snadie\b|\bmuy\spronto\b|\bnon\s(?:perdere|perda|perdetevi)\b|\brestate\s"
    r"sintonizzati\b|\bin\santeprima\b|\bper\sprim[ie]\b|敬请(?:关注|期待)|尽请期待|拭目以待|"
    r"抢先|先睹为快|ご期待ください|お楽しみに|乞うご期待|いち早く|"
    # early access: "before anyone else", "prima di tutti", "avant tout le monde", "vor allen anderen"
    r"\b(?:before|ahead\sof)\s(?:anyone|everyone|everybody)(?:\selse)?\b|\bprima\sdi\s(?:tutti|"
    r"chiunque)\b|\bavant\s(?:tout\sle\smonde|les\sautres|tous)\b|\bvor\sallen\s(?:anderen)?\b|"
    r"\bantes\sque\s(?:todos|nadie|el\sresto)\b|比别人(?:先|早)|早人一步|誰よりも(?:早く|先に))"
)

#: A group that counts on hearing from the seller: clubs, newsletters, members, insiders.
CLUB = (
    r"(?:(?<!prime\s)(?<!prime-)\b(?:club|circle|insiders?|vip|newsletter|mailing\slist|"
    r"wait(?:ing)?[\s-]?list|members?(?:hip)?(?:-only)?|early[\s-]access|"
    r"(?:add|put|sign)\syou\s(?:up\s)?(?:to|on|for)\s(?:our|the)\s(?:[\w-]{1,15}\s){0,2}list|"
    r"first\sdibs|put\syour\sname\sdown|(?:a|our|the)\slist\sof\s(?:customers|buyers|fans)|"
    r"(?:customer|vip|priority|notification|restock|launch|preview)\slist|restock\s(?:alerts?|list|"
    r"notifications?)|back[\s-]in[\s-]stock\s(?:alerts?|emails?|notifications?))\b|"
    r"\b(?:te|le|les|os)\s(?:escribo|escribimos|aviso|avisamos)\s(?:en\scuanto|cuando)\svuelv|"
    r"novedades\sde\s(?:la\s)?temporada|novità\sdi\sstagione|nouveautés\sde\sla\ssaison|"
    r"(?<!prime-)kundenclub|clubmitglied|(?<!prime-)mitglied(?:schaft|er)?\b|community|"
    r"vorabinformation|\bclub\b|\bmembres?\b(?!\sprime)|communauté|ventes\sprivées|"
    r"lettre\sd['’]info|\bsocios?\b(?!\sprime)|comunidad|bolet[ií]n|precios?\sde\ssocio|"
    r"\bcercle\b|\bcírculo\b|\bcerchia\b|clientes?\sprivilégié|clients\sprivilégiés|"
    r"clientes\s(?:vip|preferentes)|clienti\s(?:vip|privilegiati)|lista\sde\s(?:clientes|correo|"
    r"espera|difusi[oó]n)|liste\sde\s(?:diffusion|clients)|lista\s(?:clienti|d['’]attesa)|"
    r"\bverteiler\b|kundenliste|stammkunden|老客户群|客户群|顾客群|"
    r"\bsoci\b|\bcommunity\b|(?<!prime)会员|(?<!prime\s)会员|俱乐部|社群|粉丝群|福利群|"
    r"(?<!プライム)会員(?!登録の必要)|クラブ|メルマガ|メールマガジン|ファンクラブ)"
)

#: Being told when something happens: notify, let you know, Bescheid, prévenir, avisar.
NOTIFY = (
    r"(?:\blet\syou\sknow\b|\bnotif(?:y|ied|ication|ications)\b|\balerts?\b|\bheads-?up\b|"
    r"\bkeep\syou\s(?:posted|updated|in\sthe\sloop)\b|\bemail\syou\b|\btell\syou\b|\bupdates?\b|"
    r"bescheid|benachrichtig|informieren|auf\sdem\slaufenden|\bprévenir\b|\bprévenu\w?\b|"
    r"\binformer\b|\btenir\sau\scourant\b|\balerte\b|\bavis(?:a|e)\w{1,5}\b|"
    r"\binformar(?:le|te)?\b|\bal\stanto\b|\bavvis(?:are|arla|arti|eremo|iamo)\b|"
    r"\binformar(?:la|ti)\b|\bal\scorrente\b|\benterar\w{0,3}|\bal\sdía\b|\berfahren\b|"
    r"\bdécouvrir\b|\bscoprire\b|\bsapere\b|通知|提醒|告知|第一时间|了解|お知らせ|ご案内|ご連絡)"
)

#: What a notification would be about: new things, restocks, offers, news.
NEWS = (
    r"(?:\bnew\s(?:arrivals|products|colou?rs|shades|designs|flavou?rs|models|items|stock|drops?|"
    r"releases?|collections?)|\brestock\w{0,3}|\bback\sin\sstock|\bin\sstock\sagain|\bdeals\b|"
    r"\boffers\b|\bpromotions\b|\bsales\b|\bdiscounts\b|\bnews\b|\blaunch\w{0,3}|"
    r"\bneue[nrs]?\b|\bwieder\s(?:da|verfügbar|lieferbar|auf\slager|erhältlich|vorrätig)|"
    r"\baktionen\b|\bangebote\b|\bneuheiten\b|\bnouveautés?\b|\bnouve(?:aux|lles?)\b|"
    r"\bprochaines\ssorties\b|\bnext\sreleases\b|\bneuerscheinungen\b|\bpróximos\slanzamientos\b|"
    r"\bprossime\suscite\b|\bnuove\suscite\b|"
    r"\bretour\sen\sstock|\bréassort|\boffres\b|\bpromos?\b|\bnovedades\b|\bnuev[oa]s\b|"
    r"\bvuelva\sa\sestar|\breposici[oó]n|\bofertas\b|\bpromociones\b|\bnovità\b|\bnuov[ie]\b|"
    r"\bdi\snuovo\sdisponibil|\bofferte\b|\bpromozioni\b|\banteprim\w|\bavant-premières?\b|"
    r"上新|新品|到货|补货|活动|优惠|新商品|新作|"
    r"再入荷|入荷|セール|キャンペーン|お得)"
)

#: "Reply YES": the way a list is joined by message.
REPLY_YES = (
    r"(?:\b(?:reply|antworten\ssie|antworte|répondez|responda|responde|risponda|rispondi)\s"
    r"(?:[\w-]{1,12}\s){0,2}(?:with\s|mit\s|par\s|con\s)?[\"'„“«]?\s?(?:yes|ja|oui|sí|si|sì)\b"
    r"|回复\s?[\"“「]?(?:是|好|1)|「はい」)"
)

#: Copies, knock-offs, competitors: others named in a way that is already a comparison.
OTHERS = (
    r"(?:\b(?:rival|competing|cheap(?:er)?|budget|generic|no-?name)\s(?:[\w-]{1,15}\s){0,2}"
    r"(?:sellers|brands|shops|stores|vendors|manufacturers|makers|suppliers|versions|"
    r"alternatives|copies|imitations|products|models|options)\b|\b(?:competitors?|copycats?|"
    r"knock-?offs?|imitations?|fakes|clones|counterfeits?|rip-?offs?)\b|\bcopies\b(?!\sof\s"
    r"(?:the|your|our)\s(?:invoice|receipt|manual|document|order))|\bcheap\s[\w-]{2,20}s\b|"
    r"billigware|billigprodukte|billig-?\w{2,15}|nachbauten|nachahmungen|plagiate|fälschungen|"
    r"\bvendut[ie]\sda\saltri\b|\bsold\sby\sother\s(?:sellers|shops|brands)|\bvendus\spar\sd['’]autres\b|"
    r"\bvendidos\spor\sotros\b|\bvon\sanderen\s(?:händlern|verkäufern|anbietern)\b|"
    r"imitate|\bkopien\b(?!\s(?:der|ihrer)\s(?:rechnung|quittung))|\bkonkurrenz\w{0,3}|"
    r"aus\sfernost|\bimitations\b|\bcontrefaçons?\b|\bmarques\sdiscount\b|"
    r"\bconcurren(?:ts?|ce)\b|\bbas\sde\sgamme\b|\bpremier\sprix\b|\bimitaciones\b|"
    r"\bcopias\b(?!\sde\s(?:la|tu|su)\sfactura)|\bfalsificaciones\b|\bcompetencia\b|"
    r"\bimitazioni\b|\bcopie\b(?!\s(?:della|di)\s(?:fattura|ricevuta))|\bcontraffazion\w|"
    r"\bconcorrent[ie]\b|\bconcorrenza\b|\bdiffida\w{0,3}\b|"
    r"\blook-?alikes?\b|\bdupes?\b|\bnachahm\w{1,4}|\bsosies?\b|\bimitaci[oó]n\b|\bsosia\b|"
    r"市面上|别家|同行|仿品|山寨|假货|便宜货|類似品|模倣品|偽物|コピー品|粗悪品|"
    # other sellers and generic goods named outright
    r"\bgeneric[io]\b|\bgenéric[oa]s\b|\bgénériques\b|\baltri\s(?:venditori|rivenditori)\b|"
    r"\bautres\svendeurs\b|\botros\svendedores\b|\bandere[nr]?\s(?:verkäufer|händler|anbieter)\b|"
    r"\bother\s(?:sellers|vendors)\b|其他(?:卖家|商家|店铺)|他の(?:出品者|ショップ)|"
    r"\bmarcas\sbaratas|\bmarques\sbon\smarché|\bbillige[nr]?\smarken|\bmarche\seconomiche|"
    r"\bmarchi\seconomici|便宜(?:的)?品牌|安い(?:メーカー|ブランド)|"
    r"\bmolti\s(?:altri\s)?venditori|\bmany\s(?:other\s)?sellers|\bviele\s(?:andere\s)?(?:verkäufer|händler)|"
    r"\bbeaucoup\sde\svendeurs|\bmuchos\svendedores|很多卖家|多くの出品者)"
)

#: Words that name others only beside a comparison or a knock: other …s, most …s, brands.
OTHERS_WEAK = (
    r"(?:\b(?:other|ordinary|conventional|typical|standard|regular)\s(?:[\w-]{1,15}\s)?"
    r"[a-z]{3,20}s\b|\bbig[\s-]name\b|\bname[\s-]brands?\b|\bbrands\b|\bsellers\b|"
    r"\bmost\s(?:[\w-]{1,15}\s)?[a-z]{3,20}s\b|\bmany\s[a-z]{3,20}s\b|\b(?:sold|found|"
    r"available)\son\s(?:amazon|the\s(?:market|internet))\b|\bon\sthe\smarket\b|\bcompetition\b|"
    r"\bandere[nr]?\b|\bdie\smeisten\b|\bviele[nr]?\b|\bmarken\b|\bherkömmliche[nr]?\b|"
    r"\bwettbewerb|\bautres\b|\bla\splupart\b|\bmarques\b|\bbon\smarché\b|\botr[oa]s\b|"
    r"\bla\smayoría\b|\bmarcas\b|\bbarat[oa]s?\b|\baltr[ie]\b|\bla\smaggior\sparte\b|"
    r"\ba\slot\sof\s(?:the\s)?[a-z]{3,20}s\b|\bon\shere\b|\bout\sthere\b|"
    r"\bmarche\b|\bmarchi\b|\beconomic[ih]\b|\bprodott[io]\b|其他|很多|大部分|大多数|一般|劣质|廉价|"
    r"多くの|他社|他店|他の|一般的な|安価な)"
)

#: A knock: what the others' products do wrong.
DISPARAGE = (
    r"(?:\bcan\sbe\s(?:picked|cut|broken|snapped|opened|bent|forced)|\bfalls?\sapart|"
    r"\bbreaks?\s(?:after|within|easily|in)|\bwear\sout|\brusts?\b|\bleaks?\b|\bpeels?\b|"
    r"\bflimsy\b|\btoxic\b|\bcheaply\smade|\bpoorly\smade|\bin\s(?:a\sminute|seconds)|"
    r"\bnon\s(?:superano|passano)\b|\bfail\s(?:even\s)?(?:basic\s)?(?:safety\s)?tests?\b|"
    r"\bne\spassent\spas\b|\bno\s(?:pasan|superan)\b|すぐ欠け|欠けやすい|壊れやすい|すぐ壊れ|錆びやすい|"
    r"\bbourrée?s?\sd[e']|\bfull\sof\s(?:chemicals|silicones?|fillers|junk|plastic)|\bvollgestopft|"
    r"\bvoller\s(?:chemie|silikon\w{0,2}|zusatzstoffe)|\bllen[oa]s\sde\s(?:químicos|siliconas?|"
    r"aditivos)|\bpien[eio]\sdi\s(?:siliconi|chimica|additivi)|充满(?:化学|硅油)|"
    r"\bwithin\s(?:days|weeks|months)|\bcost\s(?:twice|double|more)|\bpay\s(?:more|twice)|"
    r"\b(?:after|within)\s(?:a|one|two|three|a\sfew|\d{1,2})\s(?:days?|weeks?|months?|uses?|"
    r"washes?)|\bscratch\w{0,3}|kratz|nach\s(?:einem|einer|wenigen)\s(?:monat|woche|wäsche)|"
    r"\bau\sbout\sd['’]un|rayur|se\srayent|se\sdéchir|se\sray|al\smes\b|se\srompe|"
    r"si\sgraffi|dopo\s(?:un|pochi|qualche)\s(?:mese|mesi|giorni|settiman)|si\sstrappa|"
    r"一个月|刮花|起球|傷つ|剥が|か月で|\bskimp\w{0,3}|cut\scorners|sparen\s(?:am|an\sder|beim)|"
    r"lésin\w{1,4}|économis\w{1,5}\ssur|ahorran\sen|escatim\w{1,4}|risparmi\w{1,5}\ssu|"
    r"偷工减料|手抜き|\bsmell\w{0,3}|\bstink\w{0,3}|\briech\w{0,3}|\bsentent\b|\bhuelen\b|"
    r"\bpuzza\w{0,2}|味道|异味|におい|臭|"
    r"kaputt|zerbrech|rosten|billig|nach\swenigen\s(?:tagen|wochen|monaten)|minderwertig|"
    r"se\scass|rouill|fragile|perdent|bas\sde\sgamme|se\srompen|oxidan|endeble|mala\scalidad|"
    r"pierden|si\srompono|arrugginisc|fragil|scadent|perdono|坏|生锈|掉漆|劣质|壊れ|錆び|すぐに|"
    r"粗悪|毛羽立)"
)

#: A comparison: unlike, better than, compared with.
COMPARE = (
    r"(?:\b(?:unlike|compared\s(?:to|with)|better\sthan|superior\sto|outperforms?|outlasts?|"
    r"beats?|than\s(?:most|many|other|the\srest)|why\spay\smore)\b|\bdiversamente\sda|"
    r"\bours\s(?:is|are|has|have|won't|will|doesn't|don't|lasts?|stays?)\b|\bunsere\s(?:sind|ist|"
    r"hat|haben|halten|bleibt)\b|\bles\nôtres\b|\blos\snuestros\b|\blas\snuestras\b|"
    r"\bi\snostri\b|\ble\snostre\b|我们的(?:产品|锅|剪刀)?(?:则|却)|当社の(?:製品|商品)?は|"
    r"\bnot\sours\b|\bunsere?\snicht\b|\bpas\sl[ea]\s(?:nôtre|notre)\b|\bl[ao]s?\snuestr[ao]s?\sno\b|"
    r"\b(?:il|la|i|le)\snostr[oaie]\sno\b|我们的不|とは違|違います|"
    r"\bim\sgegensatz\szu\b|\banders\sals\b|"
    r"\bbesser\sals\b|\bwährend\b|\bverglichen\smit\b|\bcontrairement\b|\bmieux\sque\b|"
    r"\bcomparé\w{0,2}\s(?:à|aux?)\b|\bà\sla\sdifférence\b|\ba\sdiferencia\sde\b|\bmejor\sque\b|"
    r"\bcomparad[oa]s?\scon\b|\ba\sdifferenza\b|\bmeglio\sdi\b|\brispetto\sa\b|相比|不像|比起|"
    r"不同于|とは違い|と比べ|に比べ)"
)

#: Later: the next order, a future purchase, the next parcel.
LATER = (
    r"(?:\b(?:your|the|a)\snext\s(?:[\w-]{1,15}\s)?(?:order|purchase|delivery|parcel|visit|shop|time|box|flight|"
    r"trip|refill)|\bcome\syour\sway\b|\bcoming\syour\sway\b|\bin\sthe\spost\b|\bnext\stime\s"
    r"you\s(?:order|buy|shop)|\bnächste[nmr]?\s(?:bestellung|lieferung|einkauf|paket|kauf|mal)|"
    r"\bprochaine?\s(?:commande|livraison|achat|colis|fois)|\bpróxim[oa]\s(?:pedido|compra|"
    r"envío|paquete|vez)|\bprossim[oa]\s(?:ordine|acquisto|spedizione|pacco|volta)|"
    r"下次|下单|复购|回购|次回|次の(?:ご注文|お届け|お買い物))"
)

#: A marketing opt-out: if you would rather not hear from us, reply STOP, take you off the list.
OPT_OUT = (
    r"(?:\b(?:rather|prefer)\snot\s(?:to\s)?(?:hear|receive|get)|"
    r"\b(?:don't|do\snot|no\slonger)\s(?:want|wish|need)\s(?:to\s(?:hear|receive|get)|(?:any\s)?"
    r"(?:more|further)\s(?:updates|news|emails|e-mails|messages|offers))|"
    r"\bhear\sfrom\sus\s"
    r"again\b|\btake\syou\soff\s(?:our|the|this)\b|\bremove\syou\sfrom\s(?:our|the)\s(?:list|"
    r"mailing)|\bstop\s(?:receiving|getting|these\s(?:messages|emails|updates))\b|"
    r"\bnot\sto\sreceive\s(?:these|further|future|any)\b|\bfrom\sour\s(?:updates|mailings|list)\b|"
    r"\bkeine\s(?:weiteren\s)?(?:nachrichten|e-?mails|mails|infos?|informationen|angebote|"
    r"werbung|post|neuigkeiten|updates|newsletter)\s(?:mehr\s)?(?:von\suns\s)?(?:wünschen|"
    r"möchten|erhalten|bekommen|wollen)|\bnicht\smehr\s(?:von\suns\s)?"
    r"(?:hören|kontaktiert|angeschrieben|informiert)|\baustragen\b|\bne\s(?:plus|souhaitez\splus|"
    r"voulez\splus)\s(?:recevoir|être\scontacté|entendre)|\bne\ssouhaitez\splus\b|"
    r"\b(?:dejar\sde|no\s(?:desea|deseas|quiere|quieres)\s(?:seguir\s)?)recibir\b|"
    r"\bdar(?:se|te|le)\sde\sbaja\b|\bnon\s(?:desidera|desideri|vuole|vuoi)\s(?:più\s)?ricevere\b|"
    r"\bnon\sricevere\spiù\b|\bcancellar(?:si|la|ti)\sdalla\slista\b|不想(?:再)?收到|不再(?:接收|收到)|"
    r"配信(?:を)?(?:停止|不要|希望されない)|お知らせ(?:が|は)?不要|「停止」)"
)

#: Substrings one of which is in every comparison or mention of other sellers.
OTHERS_KEYWORDS: tuple[str, ...] = kw(
    "not ours|unsere|nôtre|notre|nuestr|nostr|我们的|違|smell|stink|riech|sentent|huelen|puzza|味道|"
    "异味|におい|臭|大多数|"
    "ours|nostri|nostre|nuestr|nôtres|unsere|当社|我们的|lookalike|look-alike|dupe|nachahm|sosie|"
    "imitaci|sosia|on here|out there|a lot of|"
    "skimp|corners|sparen|lésin|économis|ahorran|escatim|risparmi|偷工|手抜き|"
    "bourré|full of|vollgestopft|voller|llen|pien|充满|"
    "vendut|sold by|vendus|vendidos|von anderen|non superano|non passano|fail|passent|"
    "pasan|superan|欠け|壊れ|錆び|"
    "after|within|mes|mese|scratch|déchir|ray|rompe|graffi|か月|个月|傷つ|剥が|kratz|nach|bout|strappa|刮花|起球|"
    "other|discount|rival|compet|cheap|budget|generic|no-name|noname|altri|autres|otros|"
    "andere|genéric|génériq|其他|他の|他社|baratas|bon marché|economic|便宜|安い|molti|many|"
    "dopo|après|despu|以后|後|"
    "viele|beaucoup|muchos|很多|多くの|"
    "ordinary|conventional|typical|standard|regular|copycat|knock|imitation|"
    "imitacion|imitazion|fake|clone|counterfeit|rip|copies|sold on|found on|"
    "available on|on the market|billig|nachbau|nachahmung|plagiat|fälschung|"
    "imitat|kopien|andere|konkurrenz|wettbewerb|fernost|herkömmlich|contrefa|"
    "autres|concurren|bas de gamme|premier prix|bon marché|classiques|copias|"
    "falsifica|otro|otra|de mala calidad|barat|convencional|copie|"
    "contraffazion|altri|altre|concorren|scadent|diffida|economic|市面上|其他|别家|"
    "同行|仿品|山寨|假货|劣质|廉价|便宜货|他社|他店|類似品|模倣品|偽物|コピー品|粗悪|安価な|一般的な|他の|unlike|"
    "compared|better than|superior|outperform|outlast|beat|than |gegensatz|"
    "anders als|besser als|während|verglichen|contrairement|mieux que|"
    "comparé|différence|diferencia|mejor que|comparad|differenza|meglio di|"
    "rispetto|相比|不像|比起|不同于|違い|比べ|can be|apart|break|wear out|rust|leak|peel|"
    "flimsy|toxic|made|minute|seconds|within|cost|pay|kaputt|zerbrech|rosten|"
    "billig|wenigen|minderwertig|cass|rouill|fragil|perdent|gamme|rompen|"
    "oxidan|endeble|calidad|pierden|rompono|arrugginisc|scadent|perdono|坏|生锈|"
    "掉漆|劣质|壊れ|錆び|すぐに|粗悪|毛羽立|diversamente"
)
