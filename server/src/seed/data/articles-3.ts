import type { ArticleTemplate } from './types.js';
import { alt, author } from './articles-common.js';

/** Article templates 13–18: parts logistics, live stream, workshop safety, dealer of the month, tyres, contest launch. */
export const articles3: ArticleTemplate[] = [
  {
    key: 'parts-logistics-change',
    image: 'parts-logistics',
    imageAlt: alt['parts-logistics'],
    authorTitle: author.partsManager,
    text: {
      en: {
        title: `Parts deliveries: new order cut-off time from Monday`,
        summary: `Parts now ship from the new regional warehouse. Order by 18:00 and the parts are on your shelf before 7:30 the next morning.`,
        bodyHtml: `<p>From Monday, {{brand}} parts will ship from our new regional warehouse instead of the central one. For most dealers, this means faster deliveries and fewer cars waiting on the lift.</p>
<h2>What changes for you</h2>
<ul><li><strong>New cut-off time:</strong> orders placed before 18:00 are delivered before 7:30 the next working day.</li><li><strong>Night delivery:</strong> drivers will use the night drop box. Please check that your key code is up to date.</li><li><strong>Urgent orders:</strong> a second delivery at 13:00 for orders placed before 10:00.</li></ul>
<p>Returns keep the same process: put them in the blue crates with the return form, and the driver collects them at the next delivery.</p>
<p>During the first two weeks, please report any missing or damaged part the same morning with a ticket, so that we can fix problems quickly.</p>`,
      },
      it: {
        title: `Consegne ricambi: nuovo orario limite per gli ordini da lunedì`,
        summary: `I ricambi partono ora dal nuovo magazzino regionale. Ordinando entro le 18:00, li trovate sullo scaffale prima delle 7:30 del mattino dopo.`,
        bodyHtml: `<p>Da lunedì i ricambi {{brand}} partiranno dal nuovo magazzino regionale anziché da quello centrale. Per la maggior parte delle concessionarie questo significa consegne più rapide e meno auto ferme sul ponte in attesa di un pezzo.</p>
<h2>Cosa cambia per voi</h2>
<ul><li><strong>Nuovo orario limite:</strong> gli ordini inseriti entro le 18:00 vengono consegnati prima delle 7:30 del giorno lavorativo successivo.</li><li><strong>Consegna notturna:</strong> gli autisti useranno il deposito notturno. Verificate che il vostro codice di accesso sia aggiornato.</li><li><strong>Ordini urgenti:</strong> una seconda consegna alle 13:00 per gli ordini inseriti entro le 10:00.</li></ul>
<p>Per i resi non cambia nulla: metteteli nelle casse blu con il modulo di reso, e l'autista li ritira alla consegna successiva.</p>
<p>Nelle prime due settimane segnalate con un ticket, la mattina stessa, ogni pezzo mancante o danneggiato, così possiamo risolvere subito i problemi.</p>`,
      },
      fr: {
        title: `Livraisons de pièces : nouvelle heure limite de commande dès lundi`,
        summary: `Les pièces partent désormais du nouvel entrepôt régional. Commandez avant 18 h et elles sont dans vos rayonnages avant 7 h 30 le lendemain.`,
        bodyHtml: `<p>À partir de lundi, les pièces {{brand}} partiront de notre nouvel entrepôt régional et non plus de l'entrepôt central. Pour la plupart des concessions, cela veut dire des livraisons plus rapides et moins de véhicules immobilisés sur le pont.</p>
<h2>Ce qui change pour vous</h2>
<ul><li><strong>Nouvelle heure limite :</strong> les commandes passées avant 18 h sont livrées avant 7 h 30 le jour ouvré suivant.</li><li><strong>Livraison de nuit :</strong> les chauffeurs utiliseront le local de dépôt de nuit. Vérifiez que votre code d'accès est à jour.</li><li><strong>Commandes urgentes :</strong> une deuxième livraison à 13 h pour les commandes passées avant 10 h.</li></ul>
<p>Pour les retours, rien ne change : déposez-les dans les bacs bleus avec le bon de retour, le chauffeur les reprend à la livraison suivante.</p>
<p>Pendant les deux premières semaines, signalez par un ticket, le matin même, toute pièce manquante ou abîmée : nous pourrons ainsi régler les problèmes rapidement.</p>`,
      },
      es: {
        title: `Entregas de recambios: nueva hora límite de pedido desde el lunes`,
        summary: `Los recambios salen ahora del nuevo almacén regional. Si pides antes de las 18:00, los tienes en la estantería antes de las 7:30 del día siguiente.`,
        bodyHtml: `<p>A partir del lunes, los recambios {{brand}} saldrán de nuestro nuevo almacén regional en lugar del central. Para la mayoría de concesionarios, esto significa entregas más rápidas y menos coches esperando en el elevador.</p>
<h2>Qué cambia para vosotros</h2>
<ul><li><strong>Nueva hora límite:</strong> los pedidos hechos antes de las 18:00 se entregan antes de las 7:30 del siguiente día laborable.</li><li><strong>Entrega nocturna:</strong> los conductores usarán el depósito nocturno. Comprobad que vuestro código de acceso esté actualizado.</li><li><strong>Pedidos urgentes:</strong> una segunda entrega a las 13:00 para los pedidos hechos antes de las 10:00.</li></ul>
<p>Las devoluciones siguen igual: ponedlas en las cajas azules con el formulario de devolución y el conductor las recoge en la siguiente entrega.</p>
<p>Durante las dos primeras semanas, avisad con un ticket esa misma mañana de cualquier pieza que falte o llegue dañada, para que podamos resolverlo rápido.</p>`,
      },
      de: {
        title: `Teilelieferung: neuer Bestellschluss ab Montag`,
        summary: `Die Teile kommen jetzt aus dem neuen Regionallager. Wer bis 18:00 Uhr bestellt, hat sie am nächsten Morgen vor 7:30 Uhr im Regal.`,
        bodyHtml: `<p>Ab Montag werden {{brand}} Teile aus unserem neuen Regionallager statt aus dem Zentrallager geliefert. Für die meisten Betriebe heißt das: schnellere Lieferungen und weniger Fahrzeuge, die auf der Hebebühne auf ein Teil warten.</p>
<h2>Was sich für Sie ändert</h2>
<ul><li><strong>Neuer Bestellschluss:</strong> Bestellungen bis 18:00 Uhr werden am nächsten Werktag vor 7:30 Uhr geliefert.</li><li><strong>Nachtzustellung:</strong> Die Fahrer nutzen das Nachtdepot. Bitte prüfen Sie, ob Ihr Zugangscode aktuell ist.</li><li><strong>Eilaufträge:</strong> eine zweite Lieferung um 13:00 Uhr für Bestellungen bis 10:00 Uhr.</li></ul>
<p>Bei Rücksendungen bleibt alles beim Alten: in die blauen Kisten mit dem Rücksendeschein legen, der Fahrer nimmt sie bei der nächsten Lieferung mit.</p>
<p>Bitte melden Sie in den ersten zwei Wochen fehlende oder beschädigte Teile noch am selben Morgen per Ticket, damit wir Probleme schnell lösen können.</p>`,
      },
      nl: {
        title: `Onderdelenlevering: nieuwe besteltijd vanaf maandag`,
        summary: `Onderdelen komen voortaan uit het nieuwe regionale magazijn. Bestel vóór 18.00 uur en ze liggen de volgende ochtend vóór 7.30 uur in je schap.`,
        bodyHtml: `<p>Vanaf maandag komen {{brand}}-onderdelen uit ons nieuwe regionale magazijn in plaats van het centrale magazijn. Voor de meeste dealers betekent dat snellere leveringen en minder auto's die op de brug op een onderdeel wachten.</p>
<h2>Wat er voor jou verandert</h2>
<ul><li><strong>Nieuwe besteltijd:</strong> bestellingen vóór 18.00 uur worden de volgende werkdag vóór 7.30 uur geleverd.</li><li><strong>Nachtlevering:</strong> de chauffeurs gebruiken de nachtkluis. Controleer of je toegangscode nog klopt.</li><li><strong>Spoedbestellingen:</strong> een tweede levering om 13.00 uur voor bestellingen vóór 10.00 uur.</li></ul>
<p>Retouren blijven hetzelfde: in de blauwe kratten met het retourformulier, en de chauffeur neemt ze bij de volgende levering mee.</p>
<p>Meld in de eerste twee weken ontbrekende of beschadigde onderdelen dezelfde ochtend nog met een ticket, zodat we problemen snel kunnen oplossen.</p>`,
      },
      pl: {
        title: `Dostawy części: nowa godzina graniczna zamówień od poniedziałku`,
        summary: `Części wysyłamy teraz z nowego magazynu regionalnego. Zamów do 18:00, a następnego dnia przed 7:30 będą na Twoim regale.`,
        bodyHtml: `<p>Od poniedziałku części {{brand}} będą wysyłane z naszego nowego magazynu regionalnego zamiast z centralnego. Dla większości dealerów oznacza to szybsze dostawy i mniej samochodów czekających na podnośniku na część.</p>
<h2>Co się zmienia</h2>
<ul><li><strong>Nowa godzina graniczna:</strong> zamówienia złożone do 18:00 dostarczamy przed 7:30 następnego dnia roboczego.</li><li><strong>Dostawa nocna:</strong> kierowcy będą korzystać z depozytu nocnego. Sprawdźcie, czy Wasz kod dostępu jest aktualny.</li><li><strong>Zamówienia pilne:</strong> druga dostawa o 13:00 dla zamówień złożonych do 10:00.</li></ul>
<p>Zwroty bez zmian: włóżcie je do niebieskich skrzynek razem z formularzem zwrotu, a kierowca zabierze je przy następnej dostawie.</p>
<p>Przez pierwsze dwa tygodnie zgłaszajcie brakujące lub uszkodzone części tego samego ranka przez zgłoszenie w systemie, żebyśmy mogli szybko rozwiązywać problemy.</p>`,
      },
    },
  },
  {
    key: 'live-stream-announcement',
    image: 'live-stream',
    imageAlt: alt['live-stream'],
    authorTitle: author.communicationsManager,
    text: {
      en: {
        title: `Live: the network meeting with the management team`,
        summary: `One hour with the {{brand}} management team: results, the new model, and your questions answered live. Watch it on your computer or phone.`,
        bodyHtml: `<p>The {{brand}} management team will speak to the whole network in a live stream. No need to travel: you can watch on a computer, a tablet or a phone.</p>
<h2>On the programme</h2>
<ul><li>The results of the half-year, country by country.</li><li>A first look at the new model, with the product team.</li><li>Changes in the workshop and in parts logistics.</li><li>Twenty minutes of questions from the network, answered live.</li></ul>
<p>You can send your questions in advance in the comments below, or during the stream. We will answer as many as we can, and publish written answers to the rest next week.</p>
<p>Can't watch live? The recording will be available on this page a few hours after the stream.</p>`,
      },
      it: {
        title: `In diretta: l'incontro della rete con la direzione`,
        summary: `Un'ora con la direzione {{brand}}: risultati, nuovo modello e le vostre domande in diretta. Si segue dal computer o dallo smartphone.`,
        bodyHtml: `<p>La direzione {{brand}} parlerà a tutta la rete in diretta streaming. Non serve spostarsi: potete seguirla dal computer, dal tablet o dallo smartphone.</p>
<h2>In programma</h2>
<ul><li>I risultati del semestre, paese per paese.</li><li>Un'anteprima del nuovo modello, con il team di prodotto.</li><li>Le novità in officina e nella logistica ricambi.</li><li>Venti minuti di domande dalla rete, con risposte in diretta.</li></ul>
<p>Potete inviare le domande fin da ora nei commenti qui sotto, oppure durante la diretta. Risponderemo al maggior numero possibile e la settimana prossima pubblicheremo per iscritto le risposte alle altre.</p>
<p>Non riuscite a seguirla in diretta? La registrazione sarà disponibile su questa pagina poche ore dopo la diretta.</p>`,
      },
      fr: {
        title: `En direct : la réunion du réseau avec la direction`,
        summary: `Une heure avec l'équipe de direction {{brand}} : résultats, nouveau modèle et réponses en direct à vos questions. Sur ordinateur ou sur téléphone.`,
        bodyHtml: `<p>L'équipe de direction {{brand}} s'adressera à tout le réseau en direct. Pas besoin de vous déplacer : vous pouvez suivre la diffusion sur un ordinateur, une tablette ou un téléphone.</p>
<h2>Au programme</h2>
<ul><li>Les résultats du semestre, pays par pays.</li><li>Un premier aperçu du nouveau modèle, avec l'équipe produit.</li><li>Les changements à l'atelier et dans la logistique des pièces.</li><li>Vingt minutes de questions du réseau, avec des réponses en direct.</li></ul>
<p>Posez vos questions dès maintenant dans les commentaires ci-dessous, ou pendant le direct. Nous répondrons au plus grand nombre possible et publierons les autres réponses par écrit la semaine prochaine.</p>
<p>Pas disponible pendant le direct ? L'enregistrement sera en ligne sur cette page quelques heures après.</p>`,
      },
      es: {
        title: `En directo: la reunión de la red con la dirección`,
        summary: `Una hora con el equipo directivo de {{brand}}: resultados, el nuevo modelo y vuestras preguntas respondidas en directo. Desde el ordenador o el móvil.`,
        bodyHtml: `<p>El equipo directivo de {{brand}} hablará a toda la red en una emisión en directo. No hace falta desplazarse: podéis verla desde el ordenador, la tableta o el móvil.</p>
<h2>Programa</h2>
<ul><li>Los resultados del semestre, país por país.</li><li>Un primer vistazo al nuevo modelo, con el equipo de producto.</li><li>Novedades en el taller y en la logística de recambios.</li><li>Veinte minutos de preguntas de la red, respondidas en directo.</li></ul>
<p>Podéis enviar vuestras preguntas desde ya en los comentarios o durante la emisión. Responderemos a todas las que podamos y la semana que viene publicaremos por escrito las respuestas al resto.</p>
<p>¿No podéis verlo en directo? La grabación estará disponible en esta página unas horas después de la emisión.</p>`,
      },
      de: {
        title: `Live: das Netzmeeting mit der Geschäftsleitung`,
        summary: `Eine Stunde mit der {{brand}} Geschäftsleitung: Ergebnisse, das neue Modell und Ihre Fragen, live beantwortet. Am Computer oder auf dem Handy.`,
        bodyHtml: `<p>Die {{brand}} Geschäftsleitung spricht in einem Livestream zum gesamten Netz. Sie müssen nicht anreisen: Sie können am Computer, auf dem Tablet oder auf dem Handy zuschauen.</p>
<h2>Auf dem Programm</h2>
<ul><li>Die Halbjahresergebnisse, Land für Land.</li><li>Ein erster Blick auf das neue Modell, mit dem Produktteam.</li><li>Neuerungen in der Werkstatt und in der Teilelogistik.</li><li>Zwanzig Minuten Fragen aus dem Netz, live beantwortet.</li></ul>
<p>Sie können Ihre Fragen schon jetzt unten in die Kommentare schreiben oder während des Livestreams stellen. Wir beantworten so viele wie möglich und veröffentlichen die übrigen Antworten nächste Woche schriftlich.</p>
<p>Keine Zeit während des Livestreams? Die Aufzeichnung steht wenige Stunden danach auf dieser Seite bereit.</p>`,
      },
      nl: {
        title: `Live: de netwerkbijeenkomst met de directie`,
        summary: `Een uur met de directie van {{brand}}: resultaten, het nieuwe model en live antwoord op jullie vragen. Te volgen op de computer of telefoon.`,
        bodyHtml: `<p>De directie van {{brand}} spreekt het hele netwerk toe in een livestream. Je hoeft niet te reizen: kijken kan op de computer, een tablet of je telefoon.</p>
<h2>Op het programma</h2>
<ul><li>De halfjaarcijfers, land voor land.</li><li>Een eerste blik op het nieuwe model, met het productteam.</li><li>Veranderingen in de werkplaats en in de onderdelenlogistiek.</li><li>Twintig minuten vragen uit het netwerk, live beantwoord.</li></ul>
<p>Je kunt je vragen nu al hieronder in de reacties zetten, of tijdens de uitzending stellen. We beantwoorden er zoveel mogelijk en zetten de overige antwoorden volgende week op papier.</p>
<p>Kun je niet live kijken? De opname staat een paar uur na de uitzending op deze pagina.</p>`,
      },
      pl: {
        title: `Na żywo: spotkanie sieci z zarządem`,
        summary: `Godzina z zarządem {{brand}}: wyniki, nowy model i odpowiedzi na Wasze pytania na żywo. Można oglądać na komputerze lub telefonie.`,
        bodyHtml: `<p>Zarząd {{brand}} wystąpi przed całą siecią w transmisji na żywo. Nie trzeba nigdzie jechać: transmisję można oglądać na komputerze, tablecie lub telefonie.</p>
<h2>W programie</h2>
<ul><li>Wyniki półrocza w poszczególnych krajach.</li><li>Pierwsze spojrzenie na nowy model z zespołem produktowym.</li><li>Zmiany w serwisie i w logistyce części.</li><li>Dwadzieścia minut pytań od sieci z odpowiedziami na żywo.</li></ul>
<p>Pytania możecie zadawać już teraz w komentarzach poniżej albo w trakcie transmisji. Odpowiemy na jak najwięcej z nich, a odpowiedzi na pozostałe opublikujemy na piśmie w przyszłym tygodniu.</p>
<p>Nie możesz oglądać na żywo? Nagranie będzie dostępne na tej stronie kilka godzin po transmisji.</p>`,
      },
    },
  },
  {
    key: 'workshop-safety-reminder',
    image: 'safety',
    imageAlt: alt.safety,
    authorTitle: author.safetyManager,
    text: {
      en: {
        title: `Safety in the workshop: five rules that save lives`,
        summary: `Two serious accidents in the network this year. Both could have been avoided. Please take two minutes to read these rules with your team.`,
        bodyHtml: `<p>This year, two technicians in the {{brand}} network were seriously injured at work. In both cases, a basic rule was skipped to save a few minutes. Nobody should get hurt to finish a job faster.</p>
<h2>The five rules</h2>
<ul><li><strong>Lifts:</strong> check the four lifting pads before raising a car, every time.</li><li><strong>High voltage:</strong> only certified technicians work on high-voltage parts, and only after the system is switched off and locked.</li><li><strong>Protection:</strong> safety glasses and gloves for every job with fluids, grinding or batteries.</li><li><strong>Order:</strong> no tools, hoses or cables lying on the floor around the car.</li><li><strong>Stop:</strong> if something feels unsafe, stop and ask. Always.</li></ul>
<p>Workshop managers: please go through these rules at your next team meeting and confirm it in the checklist.</p>
<p>If you see a near miss, report it with a ticket. It is not about blame: it helps us prevent the next accident.</p>`,
      },
      it: {
        title: `Sicurezza in officina: cinque regole che salvano la vita`,
        summary: `Quest'anno due incidenti gravi nella rete, entrambi evitabili. Prendetevi due minuti per leggere queste regole con la vostra squadra.`,
        bodyHtml: `<p>Quest'anno due tecnici della rete {{brand}} si sono feriti gravemente sul lavoro. In entrambi i casi è stata saltata una regola di base per guadagnare qualche minuto. Nessuno deve farsi male per finire prima un lavoro.</p>
<h2>Le cinque regole</h2>
<ul><li><strong>Ponti sollevatori:</strong> controllate i quattro tamponi prima di sollevare un'auto, sempre.</li><li><strong>Alta tensione:</strong> sulle parti ad alta tensione lavorano solo i tecnici abilitati, e solo dopo aver messo in sicurezza e bloccato l'impianto.</li><li><strong>Protezioni:</strong> occhiali e guanti per ogni lavoro con liquidi, smerigliatrici o batterie.</li><li><strong>Ordine:</strong> niente attrezzi, tubi o cavi per terra intorno all'auto.</li><li><strong>Fermarsi:</strong> se qualcosa non vi sembra sicuro, fermatevi e chiedete. Sempre.</li></ul>
<p>Capi officina: ripassate queste regole alla prossima riunione di squadra e confermatelo nella checklist.</p>
<p>Se assistete a un mancato incidente, segnalatelo con un ticket. Non si tratta di trovare un colpevole: serve a evitare il prossimo incidente.</p>`,
      },
      fr: {
        title: `Sécurité à l'atelier : cinq règles qui sauvent des vies`,
        summary: `Deux accidents graves dans le réseau cette année, tous deux évitables. Prenez deux minutes pour lire ces règles avec votre équipe.`,
        bodyHtml: `<p>Cette année, deux techniciens du réseau {{brand}} ont été gravement blessés au travail. Dans les deux cas, une règle de base a été sautée pour gagner quelques minutes. Personne ne doit se blesser pour finir un travail plus vite.</p>
<h2>Les cinq règles</h2>
<ul><li><strong>Ponts élévateurs :</strong> vérifiez les quatre tampons avant de lever un véhicule, à chaque fois.</li><li><strong>Haute tension :</strong> seuls les techniciens habilités interviennent sur les éléments haute tension, et uniquement après consignation du système.</li><li><strong>Protections :</strong> lunettes et gants pour tout travail avec des fluides, une meuleuse ou des batteries.</li><li><strong>Rangement :</strong> aucun outil, tuyau ou câble au sol autour du véhicule.</li><li><strong>Stop :</strong> si quelque chose vous semble dangereux, arrêtez-vous et demandez. Toujours.</li></ul>
<p>Chefs d'atelier : merci de revoir ces règles lors de votre prochaine réunion d'équipe et de le confirmer dans la check-list.</p>
<p>Si vous êtes témoin d'un presque-accident, signalez-le par un ticket. Il ne s'agit pas de chercher un coupable, mais d'éviter le prochain accident.</p>`,
      },
      es: {
        title: `Seguridad en el taller: cinco normas que salvan vidas`,
        summary: `Este año ha habido dos accidentes graves en la red, y los dos se podían haber evitado. Dedica dos minutos a leer estas normas con tu equipo.`,
        bodyHtml: `<p>Este año, dos técnicos de la red {{brand}} sufrieron lesiones graves en el trabajo. En los dos casos se saltó una norma básica para ganar unos minutos. Nadie debería hacerse daño por acabar antes un trabajo.</p>
<h2>Las cinco normas</h2>
<ul><li><strong>Elevadores:</strong> revisad los cuatro tacos de apoyo antes de levantar un coche, siempre.</li><li><strong>Alta tensión:</strong> solo los técnicos habilitados trabajan en piezas de alta tensión, y solo después de desconectar y bloquear el sistema.</li><li><strong>Protección:</strong> gafas y guantes en cualquier trabajo con líquidos, radial o baterías.</li><li><strong>Orden:</strong> nada de herramientas, mangueras ni cables por el suelo alrededor del coche.</li><li><strong>Parar:</strong> si algo no te parece seguro, para y pregunta. Siempre.</li></ul>
<p>Jefes de taller: repasad estas normas en la próxima reunión de equipo y confirmadlo en la lista de comprobación.</p>
<p>Si veis un casi accidente, comunicadlo con un ticket. No se trata de buscar culpables, sino de evitar el próximo accidente.</p>`,
      },
      de: {
        title: `Sicherheit in der Werkstatt: fünf Regeln, die Leben retten`,
        summary: `Zwei schwere Unfälle im Netz in diesem Jahr – beide vermeidbar. Bitte nehmen Sie sich zwei Minuten, um diese Regeln mit Ihrem Team zu lesen.`,
        bodyHtml: `<p>In diesem Jahr wurden zwei Techniker im {{brand}} Netz bei der Arbeit schwer verletzt. In beiden Fällen wurde eine Grundregel ausgelassen, um ein paar Minuten zu sparen. Niemand soll sich verletzen, nur damit ein Auftrag schneller fertig wird.</p>
<h2>Die fünf Regeln</h2>
<ul><li><strong>Hebebühnen:</strong> Vor jedem Anheben die vier Aufnahmeteller prüfen. Jedes Mal.</li><li><strong>Hochvolt:</strong> An Hochvoltkomponenten arbeiten nur qualifizierte Techniker, und nur nachdem das System spannungsfrei geschaltet und gesichert ist.</li><li><strong>Schutzausrüstung:</strong> Schutzbrille und Handschuhe bei jeder Arbeit mit Flüssigkeiten, Schleifern oder Batterien.</li><li><strong>Ordnung:</strong> Keine Werkzeuge, Schläuche oder Kabel auf dem Boden rund ums Fahrzeug.</li><li><strong>Stopp:</strong> Wenn Ihnen etwas unsicher vorkommt, hören Sie auf und fragen Sie nach. Immer.</li></ul>
<p>Werkstattleiter: Bitte gehen Sie diese Regeln in der nächsten Teambesprechung durch und bestätigen Sie das in der Checkliste.</p>
<p>Wenn Sie einen Beinaheunfall beobachten, melden Sie ihn per Ticket. Es geht nicht um Schuld, sondern darum, den nächsten Unfall zu verhindern.</p>`,
      },
      nl: {
        title: `Veilig werken in de werkplaats: vijf regels die levens redden`,
        summary: `Dit jaar twee ernstige ongelukken in het netwerk, allebei te voorkomen. Neem twee minuten om deze regels met je team door te nemen.`,
        bodyHtml: `<p>Dit jaar raakten twee technici in het {{brand}}-netwerk zwaargewond op het werk. In beide gevallen werd een basisregel overgeslagen om een paar minuten te winnen. Niemand hoort gewond te raken om een klus sneller af te hebben.</p>
<h2>De vijf regels</h2>
<ul><li><strong>Bruggen:</strong> controleer de vier hefpunten voordat je een auto omhoog brengt. Elke keer.</li><li><strong>Hoogvolt:</strong> alleen gecertificeerde technici werken aan hoogvoltonderdelen, en alleen nadat het systeem spanningsloos is gemaakt en vergrendeld.</li><li><strong>Bescherming:</strong> veiligheidsbril en handschoenen bij elk werk met vloeistoffen, slijpen of accu's.</li><li><strong>Orde:</strong> geen gereedschap, slangen of kabels op de vloer rond de auto.</li><li><strong>Stoppen:</strong> voelt iets niet veilig? Stop en vraag het. Altijd.</li></ul>
<p>Werkplaatschefs: bespreek deze regels in je volgende teamoverleg en bevestig dat in de checklist.</p>
<p>Zie je een bijna-ongeval? Meld het met een ticket. Het gaat niet om schuld, maar om het volgende ongeluk te voorkomen.</p>`,
      },
      pl: {
        title: `Bezpieczeństwo w warsztacie: pięć zasad, które ratują życie`,
        summary: `W tym roku w sieci doszło do dwóch poważnych wypadków. Obu można było uniknąć. Poświęć dwie minuty, żeby przeczytać te zasady z zespołem.`,
        bodyHtml: `<p>W tym roku dwóch mechaników w sieci {{brand}} zostało ciężko rannych w pracy. W obu przypadkach pominięto podstawową zasadę, żeby zyskać kilka minut. Nikt nie powinien odnieść obrażeń tylko po to, żeby szybciej skończyć robotę.</p>
<h2>Pięć zasad</h2>
<ul><li><strong>Podnośniki:</strong> przed podniesieniem auta zawsze sprawdź cztery podkładki.</li><li><strong>Wysokie napięcie:</strong> przy elementach wysokonapięciowych pracują tylko mechanicy z uprawnieniami i dopiero po odłączeniu i zabezpieczeniu układu.</li><li><strong>Ochrona:</strong> okulary i rękawice przy każdej pracy z płynami, szlifierką lub akumulatorami.</li><li><strong>Porządek:</strong> żadnych narzędzi, węży ani kabli na podłodze wokół auta.</li><li><strong>Stop:</strong> jeśli coś wydaje się niebezpieczne, przerwij i zapytaj. Zawsze.</li></ul>
<p>Kierownicy warsztatów: omówcie te zasady na najbliższym spotkaniu zespołu i potwierdźcie to na liście kontrolnej.</p>
<p>Jeśli widzisz sytuację potencjalnie wypadkową, zgłoś ją przez system zgłoszeń. Nie chodzi o szukanie winnych, tylko o zapobieżenie kolejnemu wypadkowi.</p>`,
      },
    },
  },
  {
    key: 'dealer-of-the-month',
    image: 'trophy',
    imageAlt: alt.trophy,
    authorTitle: author.networkManager,
    text: {
      en: {
        title: `Dealer of the month: a small team with big results`,
        summary: `Eighteen people, one site and the best customer scores in the country. We visited them to find out how they do it.`,
        bodyHtml: `<p>This month we went to meet a family-run {{brand}} dealer with eighteen people, one showroom and a six-bay workshop. For three quarters in a row, it has had the best customer satisfaction scores in the country.</p>
<h2>What they do differently</h2>
<ul><li><strong>A morning huddle:</strong> ten minutes at 8:00 where sales and service go through the day's deliveries and appointments together.</li><li><strong>Every car washed:</strong> every car leaves the workshop clean, even after a quick check.</li><li><strong>A call after three days:</strong> the service adviser calls every customer to ask if everything is fine.</li></ul>
<p>"None of this is complicated," says the dealer principal. "We just do it every day, and everybody knows why we do it."</p>
<p>Do you know a team that deserves to be in the spotlight? Nominate them in the comments.</p>`,
      },
      it: {
        title: `Concessionaria del mese: piccola squadra, grandi risultati`,
        summary: `Diciotto persone, una sede e i migliori giudizi dei clienti del paese. Siamo andati a trovarli per capire come fanno.`,
        bodyHtml: `<p>Questo mese siamo andati a trovare una concessionaria {{brand}} a conduzione familiare: diciotto persone, un salone e un'officina con sei postazioni. Da tre trimestri di fila ha i migliori punteggi di soddisfazione clienti del paese.</p>
<h2>Cosa fanno di diverso</h2>
<ul><li><strong>Il punto del mattino:</strong> dieci minuti alle 8:00 in cui vendita e assistenza guardano insieme le consegne e gli appuntamenti della giornata.</li><li><strong>Ogni auto lavata:</strong> tutte le auto escono dall'officina pulite, anche dopo un semplice controllo.</li><li><strong>Una chiamata dopo tre giorni:</strong> l'accettatore chiama ogni cliente per chiedere se va tutto bene.</li></ul>
<p>«Non c'è niente di complicato», dice il titolare. «Lo facciamo ogni giorno, e tutti sanno perché lo facciamo.»</p>
<p>Conoscete una squadra che merita di essere sotto i riflettori? Segnalatela nei commenti.</p>`,
      },
      fr: {
        title: `Concession du mois : une petite équipe, de grands résultats`,
        summary: `Dix-huit personnes, un seul site et les meilleures notes clients du pays. Nous sommes allés voir comment ils font.`,
        bodyHtml: `<p>Ce mois-ci, nous sommes allés à la rencontre d'une concession {{brand}} familiale : dix-huit personnes, un showroom et un atelier de six postes. Depuis trois trimestres d'affilée, elle obtient les meilleurs scores de satisfaction client du pays.</p>
<h2>Ce qu'ils font autrement</h2>
<ul><li><strong>Un point du matin :</strong> dix minutes à 8 h où la vente et l'après-vente passent ensemble en revue les livraisons et les rendez-vous du jour.</li><li><strong>Chaque voiture lavée :</strong> tous les véhicules sortent propres de l'atelier, même après un simple contrôle.</li><li><strong>Un appel trois jours après :</strong> le conseiller service appelle chaque client pour savoir si tout va bien.</li></ul>
<p>« Rien de tout cela n'est compliqué, explique le dirigeant. On le fait simplement tous les jours, et chacun sait pourquoi on le fait. »</p>
<p>Vous connaissez une équipe qui mérite d'être mise à l'honneur ? Proposez-la dans les commentaires.</p>`,
      },
      es: {
        title: `Concesionario del mes: un equipo pequeño con grandes resultados`,
        summary: `Dieciocho personas, una sola instalación y las mejores notas de clientes del país. Fuimos a verlos para descubrir cómo lo hacen.`,
        bodyHtml: `<p>Este mes hemos visitado un concesionario {{brand}} familiar: dieciocho personas, una exposición y un taller de seis puestos. Lleva tres trimestres seguidos con la mejor satisfacción de clientes del país.</p>
<h2>Qué hacen diferente</h2>
<ul><li><strong>Una reunión a primera hora:</strong> diez minutos a las 8:00 en los que ventas y posventa repasan juntos las entregas y las citas del día.</li><li><strong>Todos los coches lavados:</strong> cada coche sale limpio del taller, aunque solo haya pasado una revisión rápida.</li><li><strong>Una llamada a los tres días:</strong> el asesor de servicio llama a cada cliente para preguntar si todo va bien.</li></ul>
<p>«Nada de esto es complicado», dice el gerente. «Simplemente lo hacemos todos los días, y todo el mundo sabe por qué lo hacemos».</p>
<p>¿Conoces un equipo que merezca estar en el punto de mira? Propónlo en los comentarios.</p>`,
      },
      de: {
        title: `Händler des Monats: kleines Team, große Ergebnisse`,
        summary: `Achtzehn Leute, ein Standort und die besten Kundenbewertungen im Land. Wir haben sie besucht, um zu erfahren, wie sie das machen.`,
        bodyHtml: `<p>Diesen Monat haben wir einen familiengeführten {{brand}} Betrieb besucht: achtzehn Mitarbeitende, ein Schauraum und eine Werkstatt mit sechs Arbeitsplätzen. Seit drei Quartalen in Folge hat er die besten Kundenzufriedenheitswerte im Land.</p>
<h2>Was sie anders machen</h2>
<ul><li><strong>Die Morgenrunde:</strong> zehn Minuten um 8:00 Uhr, in denen Verkauf und Service gemeinsam die Auslieferungen und Termine des Tages durchgehen.</li><li><strong>Jedes Auto gewaschen:</strong> Jedes Fahrzeug verlässt die Werkstatt sauber, auch nach einer kurzen Prüfung.</li><li><strong>Ein Anruf nach drei Tagen:</strong> Der Serviceberater ruft jeden Kunden an und fragt, ob alles in Ordnung ist.</li></ul>
<p>„Nichts davon ist kompliziert“, sagt der Inhaber. „Wir machen es einfach jeden Tag, und alle wissen, warum.“</p>
<p>Kennen Sie ein Team, das es verdient, im Rampenlicht zu stehen? Schlagen Sie es in den Kommentaren vor.</p>`,
      },
      nl: {
        title: `Dealer van de maand: klein team, grote resultaten`,
        summary: `Achttien mensen, één vestiging en de beste klantscores van het land. We gingen op bezoek om te zien hoe ze dat doen.`,
        bodyHtml: `<p>Deze maand bezochten we een {{brand}}-familiebedrijf met achttien medewerkers, één showroom en een werkplaats met zes bruggen. Al drie kwartalen op rij heeft deze dealer de hoogste klanttevredenheid van het land.</p>
<h2>Wat ze anders doen</h2>
<ul><li><strong>De ochtendstart:</strong> tien minuten om 8.00 uur waarin verkoop en service samen de afleveringen en afspraken van de dag doornemen.</li><li><strong>Elke auto gewassen:</strong> elke auto gaat schoon de werkplaats uit, ook na een korte controle.</li><li><strong>Na drie dagen bellen:</strong> de serviceadviseur belt elke klant om te vragen of alles in orde is.</li></ul>
<p>"Niets hiervan is ingewikkeld," zegt de eigenaar. "We doen het gewoon elke dag, en iedereen weet waarom."</p>
<p>Ken je een team dat in het zonnetje gezet mag worden? Draag het voor in de reacties.</p>`,
      },
      pl: {
        title: `Dealer miesiąca: mały zespół, wielkie wyniki`,
        summary: `Osiemnaście osób, jeden salon i najlepsze oceny klientów w kraju. Odwiedziliśmy ich, żeby sprawdzić, jak to robią.`,
        bodyHtml: `<p>W tym miesiącu odwiedziliśmy rodzinny salon {{brand}}: osiemnaście osób, jeden salon sprzedaży i warsztat z sześcioma stanowiskami. Od trzech kwartałów z rzędu ma najwyższe wyniki zadowolenia klientów w kraju.</p>
<h2>Co robią inaczej</h2>
<ul><li><strong>Poranna odprawa:</strong> dziesięć minut o 8:00, podczas których sprzedaż i serwis wspólnie omawiają wydania samochodów i wizyty zaplanowane na dany dzień.</li><li><strong>Każde auto umyte:</strong> każdy samochód wyjeżdża z warsztatu czysty, nawet po krótkiej kontroli.</li><li><strong>Telefon po trzech dniach:</strong> doradca serwisowy dzwoni do każdego klienta i pyta, czy wszystko w porządku.</li></ul>
<p>„Nie ma w tym nic skomplikowanego – mówi właściciel. – Po prostu robimy to codziennie i każdy wie, dlaczego”.</p>
<p>Znasz zespół, który zasługuje na wyróżnienie? Zgłoś go w komentarzach.</p>`,
      },
    },
  },
  {
    key: 'spring-tyre-change',
    image: 'service-campaign',
    imageAlt: alt['service-campaign'],
    authorTitle: author.afterSalesDirector,
    text: {
      en: {
        title: `Tyre change season: plan ahead and avoid the rush`,
        summary: `The busiest weeks of the year are coming. Open extra slots, check your tyre storage and offer online booking to spread the load.`,
        bodyHtml: `<p>Every spring, thousands of {{brand}} customers want their tyres changed in the same three weeks. Workshops that plan ahead handle the rush calmly; those that don't end up with long queues and unhappy customers.</p>
<h2>Our advice</h2>
<ul><li>Send the reminder to customers with stored tyres two weeks before the season starts.</li><li>Open early-morning and Saturday slots just for tyre changes.</li><li>Check the stored tyres now: label, tread depth and condition, so there are no surprises on the day.</li><li>Always check the pressure and the torque of the wheel bolts. Remind the customer to have the bolts re-checked after 50 km.</li></ul>
<p>A tyre change is also a good moment to spot other work: brake wear, wipers, a worn battery. Mention it, give a quote, and let the customer decide.</p>`,
      },
      it: {
        title: `Cambio gomme: pianificate in anticipo ed evitate la ressa`,
        summary: `Arrivano le settimane più intense dell'anno. Aprite appuntamenti extra, controllate il deposito gomme e proponete la prenotazione online.`,
        bodyHtml: `<p>Ogni primavera migliaia di clienti {{brand}} vogliono cambiare le gomme nelle stesse tre settimane. Le officine che si organizzano per tempo gestiscono il picco con calma; le altre si ritrovano con lunghe code e clienti scontenti.</p>
<h2>I nostri consigli</h2>
<ul><li>Inviate il promemoria ai clienti con le gomme in deposito due settimane prima dell'inizio della stagione.</li><li>Aprite appuntamenti di prima mattina e il sabato, riservati al cambio gomme.</li><li>Controllate fin da ora le gomme in deposito: etichetta, battistrada e stato generale, per non avere sorprese il giorno stesso.</li><li>Verificate sempre pressione e coppia di serraggio dei bulloni. Ricordate al cliente di far ricontrollare il serraggio dopo 50 km.</li></ul>
<p>Il cambio gomme è anche il momento giusto per notare altri lavori: usura dei freni, tergicristalli, batteria stanca. Segnalateli, fate un preventivo e lasciate decidere il cliente.</p>`,
      },
      fr: {
        title: `Saison des pneus : anticipez pour éviter le rush`,
        summary: `Les semaines les plus chargées de l'année arrivent. Ouvrez des créneaux en plus, vérifiez votre stockage de pneus et proposez la prise de rendez-vous en ligne.`,
        bodyHtml: `<p>Chaque printemps, des milliers de clients {{brand}} veulent changer leurs pneus pendant les trois mêmes semaines. Les ateliers qui anticipent gèrent le rush sereinement ; les autres se retrouvent avec de longues files d'attente et des clients mécontents.</p>
<h2>Nos conseils</h2>
<ul><li>Envoyez le rappel aux clients dont les pneus sont en gardiennage deux semaines avant le début de la saison.</li><li>Ouvrez des créneaux tôt le matin et le samedi, réservés au changement de pneus.</li><li>Contrôlez dès maintenant les pneus stockés : étiquette, profondeur des sculptures et état général, pour éviter les surprises le jour J.</li><li>Vérifiez toujours la pression et le couple de serrage des écrous. Rappelez au client de faire resserrer après 50 km.</li></ul>
<p>Un changement de pneus, c'est aussi le bon moment pour repérer d'autres travaux : usure des freins, essuie-glaces, batterie fatiguée. Signalez-le, faites un devis et laissez le client décider.</p>`,
      },
      es: {
        title: `Temporada de cambio de neumáticos: planifica y evita las prisas`,
        summary: `Llegan las semanas con más trabajo del año. Abre citas extra, revisa el almacén de neumáticos y ofrece la cita online para repartir la carga.`,
        bodyHtml: `<p>Cada primavera, miles de clientes de {{brand}} quieren cambiar los neumáticos en las mismas tres semanas. Los talleres que se organizan con tiempo lo llevan con calma; los demás acaban con colas largas y clientes descontentos.</p>
<h2>Nuestros consejos</h2>
<ul><li>Enviad el recordatorio a los clientes con neumáticos guardados dos semanas antes de que empiece la temporada.</li><li>Abrid citas a primera hora y los sábados, solo para cambios de neumáticos.</li><li>Revisad ya los neumáticos almacenados: etiqueta, profundidad del dibujo y estado, para no llevaros sorpresas ese día.</li><li>Comprobad siempre la presión y el par de apriete de los tornillos. Recordad al cliente que vuelva a revisar el apriete a los 50 km.</li></ul>
<p>Un cambio de neumáticos también es buen momento para detectar otros trabajos: desgaste de frenos, escobillas, una batería cansada. Comentadlo, dad presupuesto y dejad que el cliente decida.</p>`,
      },
      de: {
        title: `Reifenwechselsaison: vorausplanen statt Ansturm`,
        summary: `Die arbeitsreichsten Wochen des Jahres stehen bevor. Schaffen Sie zusätzliche Termine, prüfen Sie das Reifenlager und bieten Sie Online-Buchung an.`,
        bodyHtml: `<p>Jedes Frühjahr wollen Tausende {{brand}} Kunden ihre Reifen in denselben drei Wochen wechseln lassen. Werkstätten, die vorausplanen, bleiben gelassen; die anderen haben lange Warteschlangen und unzufriedene Kunden.</p>
<h2>Unsere Tipps</h2>
<ul><li>Schicken Sie Kunden mit eingelagerten Reifen zwei Wochen vor Saisonbeginn eine Erinnerung.</li><li>Bieten Sie frühmorgens und samstags zusätzliche Termine nur für den Reifenwechsel an.</li><li>Prüfen Sie die eingelagerten Reifen schon jetzt: Etikett, Profiltiefe und Zustand, damit es am Termin keine Überraschungen gibt.</li><li>Kontrollieren Sie immer Luftdruck und Anzugsdrehmoment der Radschrauben. Erinnern Sie den Kunden daran, nach 50 km nachziehen zu lassen.</li></ul>
<p>Der Reifenwechsel ist auch ein guter Moment, um weiteren Bedarf zu erkennen: verschlissene Bremsen, Wischerblätter, eine schwache Batterie. Sprechen Sie es an, machen Sie ein Angebot und lassen Sie den Kunden entscheiden.</p>`,
      },
      nl: {
        title: `Bandenwisselseizoen: plan vooruit en voorkom de drukte`,
        summary: `De drukste weken van het jaar komen eraan. Open extra tijden, controleer je bandenhotel en bied online afspraken maken aan om de drukte te spreiden.`,
        bodyHtml: `<p>Elk voorjaar willen duizenden {{brand}}-klanten in dezelfde drie weken hun banden laten wisselen. Werkplaatsen die vooruit plannen houden het rustig; de rest krijgt lange wachtrijen en ontevreden klanten.</p>
<h2>Onze tips</h2>
<ul><li>Stuur klanten met banden in het bandenhotel twee weken voor het seizoen begint een herinnering.</li><li>Open extra tijden vroeg in de ochtend en op zaterdag, alleen voor bandenwissels.</li><li>Controleer de opgeslagen banden nu al: label, profieldiepte en staat, zodat je op de dag zelf niet voor verrassingen staat.</li><li>Controleer altijd de bandenspanning en het aanhaalmoment van de wielbouten. Herinner de klant eraan de bouten na 50 km na te laten zetten.</li></ul>
<p>Een bandenwissel is ook een goed moment om ander werk te zien: versleten remmen, ruitenwissers, een zwakke accu. Benoem het, maak een offerte en laat de klant beslissen.</p>`,
      },
      pl: {
        title: `Sezon wymiany opon: zaplanuj z wyprzedzeniem`,
        summary: `Nadchodzą najbardziej pracowite tygodnie w roku. Otwórz dodatkowe terminy, sprawdź przechowalnię opon i zaproponuj rezerwację online.`,
        bodyHtml: `<p>Każdej wiosny tysiące klientów {{brand}} chcą wymienić opony w tych samych trzech tygodniach. Warsztaty, które planują z wyprzedzeniem, przechodzą przez ten okres spokojnie; pozostałe mają długie kolejki i niezadowolonych klientów.</p>
<h2>Nasze rady</h2>
<ul><li>Na dwa tygodnie przed początkiem sezonu wyślij przypomnienie klientom, których opony są w przechowalni.</li><li>Otwórz dodatkowe terminy wcześnie rano i w soboty, tylko na wymianę opon.</li><li>Już teraz sprawdź przechowywane opony: etykietę, głębokość bieżnika i stan ogólny, żeby w dniu wizyty nie było niespodzianek.</li><li>Zawsze sprawdzaj ciśnienie i moment dokręcenia śrub kół. Przypomnij klientowi o kontroli dokręcenia po 50 km.</li></ul>
<p>Wymiana opon to też dobry moment, żeby zauważyć inne potrzebne prace: zużyte hamulce, wycieraczki, słabnący akumulator. Powiedz o tym, przygotuj wycenę i pozwól klientowi zdecydować.</p>`,
      },
    },
  },
  {
    key: 'sales-contest-launch',
    image: 'trophy',
    imageAlt: alt.trophy,
    authorTitle: author.salesDirector,
    text: {
      en: {
        title: `Summer contest: for sales and, for the first time, service teams`,
        summary: `Ten weeks, three categories and prizes for whole teams. Your progress is updated every morning on the leaderboard.`,
        bodyHtml: `<p>The {{brand}} summer contest starts on Monday and runs for ten weeks. This year, service teams compete too, because a customer's loyalty is won in the workshop as much as in the showroom.</p>
<h2>The three categories</h2>
<ul><li><strong>Sales:</strong> orders against your dealer's target, with a bonus for every test drive recorded in the CRM.</li><li><strong>Service:</strong> extra work accepted by customers after a quote, and customer satisfaction after the visit.</li><li><strong>Used cars:</strong> certified used cars sold within 45 days of arriving in stock.</li></ul>
<p>Prizes go to whole teams, not just individuals: the best team in each category and region wins a team event paid for by the brand.</p>
<p>Scores are updated every morning on the leaderboard. The full rules are in the Contests section. Good luck to everyone!</p>`,
      },
      it: {
        title: `Contest d'estate: per la vendita e, per la prima volta, l'assistenza`,
        summary: `Dieci settimane, tre categorie e premi per intere squadre. I vostri progressi si aggiornano ogni mattina in classifica.`,
        bodyHtml: `<p>Lunedì parte il contest d'estate {{brand}}, che dura dieci settimane. Quest'anno gareggiano anche le squadre dell'assistenza, perché la fedeltà di un cliente si conquista in officina quanto in salone.</p>
<h2>Le tre categorie</h2>
<ul><li><strong>Vendita:</strong> ordini rispetto all'obiettivo della concessionaria, con un bonus per ogni prova su strada registrata nel CRM.</li><li><strong>Assistenza:</strong> lavori aggiuntivi accettati dal cliente dopo il preventivo e soddisfazione del cliente dopo la visita.</li><li><strong>Usato:</strong> usato certificato venduto entro 45 giorni dall'arrivo in stock.</li></ul>
<p>I premi vanno a intere squadre, non solo ai singoli: la migliore squadra di ogni categoria e di ogni zona vince un evento di squadra pagato dal marchio.</p>
<p>I punteggi si aggiornano ogni mattina in classifica. Il regolamento completo è nella sezione Contest. In bocca al lupo a tutti!</p>`,
      },
      fr: {
        title: `Challenge d'été : pour la vente et, pour la première fois, l'après-vente`,
        summary: `Dix semaines, trois catégories et des prix pour des équipes entières. Votre progression est mise à jour chaque matin dans le classement.`,
        bodyHtml: `<p>Le challenge d'été {{brand}} démarre lundi, pour dix semaines. Cette année, les équipes après-vente sont aussi de la partie, car la fidélité d'un client se gagne autant à l'atelier qu'au showroom.</p>
<h2>Les trois catégories</h2>
<ul><li><strong>Vente :</strong> commandes par rapport à l'objectif de la concession, avec un bonus pour chaque essai enregistré dans le CRM.</li><li><strong>Après-vente :</strong> travaux complémentaires acceptés par le client après devis, et satisfaction client après la visite.</li><li><strong>Occasion :</strong> véhicules d'occasion certifiés vendus dans les 45 jours suivant leur entrée en stock.</li></ul>
<p>Les prix récompensent des équipes entières, pas seulement des individus : la meilleure équipe de chaque catégorie et de chaque région gagne un événement d'équipe offert par la marque.</p>
<p>Les scores sont mis à jour chaque matin dans le classement. Le règlement complet est dans la rubrique Challenges. Bonne chance à toutes et à tous !</p>`,
      },
      es: {
        title: `Concurso de verano: para ventas y, por primera vez, para posventa`,
        summary: `Diez semanas, tres categorías y premios para equipos completos. Vuestro avance se actualiza cada mañana en la clasificación.`,
        bodyHtml: `<p>El concurso de verano de {{brand}} empieza el lunes y dura diez semanas. Este año también compiten los equipos de posventa, porque la fidelidad de un cliente se gana tanto en el taller como en la exposición.</p>
<h2>Las tres categorías</h2>
<ul><li><strong>Ventas:</strong> pedidos frente al objetivo del concesionario, con un extra por cada prueba de conducción registrada en el CRM.</li><li><strong>Posventa:</strong> trabajos adicionales aceptados por el cliente tras el presupuesto y satisfacción del cliente después de la visita.</li><li><strong>Vehículos de ocasión:</strong> usados certificados vendidos en los 45 días siguientes a su entrada en stock.</li></ul>
<p>Los premios son para equipos completos, no solo para personas: el mejor equipo de cada categoría y de cada zona gana un evento de equipo pagado por la marca.</p>
<p>Las puntuaciones se actualizan cada mañana en la clasificación. Las bases completas están en la sección Concursos. ¡Mucha suerte a todos!</p>`,
      },
      de: {
        title: `Sommerwettbewerb: für Verkauf und erstmals auch für den Service`,
        summary: `Zehn Wochen, drei Kategorien und Preise für ganze Teams. Ihr Stand wird jeden Morgen in der Rangliste aktualisiert.`,
        bodyHtml: `<p>Der {{brand}} Sommerwettbewerb startet am Montag und läuft zehn Wochen. In diesem Jahr treten auch die Serviceteams an, denn Kundentreue entsteht in der Werkstatt genauso wie im Schauraum.</p>
<h2>Die drei Kategorien</h2>
<ul><li><strong>Verkauf:</strong> Aufträge im Verhältnis zum Ziel des Betriebs, mit Bonus für jede im CRM erfasste Probefahrt.</li><li><strong>Service:</strong> Zusatzarbeiten, die Kunden nach einem Kostenvoranschlag annehmen, und Kundenzufriedenheit nach dem Besuch.</li><li><strong>Gebrauchtwagen:</strong> zertifizierte Gebrauchtwagen, die innerhalb von 45 Tagen nach Hereinnahme verkauft werden.</li></ul>
<p>Die Preise gehen an ganze Teams, nicht nur an Einzelne: Das beste Team jeder Kategorie und Region gewinnt ein Teamevent, das die Marke bezahlt.</p>
<p>Die Punktestände werden jeden Morgen in der Rangliste aktualisiert. Die vollständigen Teilnahmebedingungen finden Sie im Bereich Wettbewerbe. Viel Erfolg allen!</p>`,
      },
      nl: {
        title: `Zomerwedstrijd: voor verkoop en voor het eerst ook voor service`,
        summary: `Tien weken, drie categorieën en prijzen voor hele teams. Je stand wordt elke ochtend bijgewerkt op het scorebord.`,
        bodyHtml: `<p>De {{brand}}-zomerwedstrijd begint maandag en duurt tien weken. Dit jaar doen ook de serviceteams mee, want klantentrouw win je net zo goed in de werkplaats als in de showroom.</p>
<h2>De drie categorieën</h2>
<ul><li><strong>Verkoop:</strong> orders ten opzichte van het doel van je vestiging, met een bonus voor elke proefrit die in het CRM staat.</li><li><strong>Service:</strong> extra werk dat de klant na een offerte accepteert, en klanttevredenheid na het bezoek.</li><li><strong>Occasions:</strong> gecertificeerde occasions die binnen 45 dagen na binnenkomst verkocht zijn.</li></ul>
<p>De prijzen gaan naar hele teams, niet alleen naar personen: het beste team per categorie en per regio wint een teamuitje, betaald door het merk.</p>
<p>De scores worden elke ochtend bijgewerkt op het scorebord. Het volledige reglement staat bij Wedstrijden. Succes allemaal!</p>`,
      },
      pl: {
        title: `Letni konkurs: dla sprzedaży i po raz pierwszy dla serwisu`,
        summary: `Dziesięć tygodni, trzy kategorie i nagrody dla całych zespołów. Wyniki są aktualizowane w rankingu każdego ranka.`,
        bodyHtml: `<p>Letni konkurs {{brand}} rusza w poniedziałek i potrwa dziesięć tygodni. W tym roku rywalizują także zespoły serwisowe, bo lojalność klienta zdobywa się w warsztacie tak samo jak w salonie.</p>
<h2>Trzy kategorie</h2>
<ul><li><strong>Sprzedaż:</strong> zamówienia względem celu salonu, z premią za każdą jazdę próbną zapisaną w CRM.</li><li><strong>Serwis:</strong> dodatkowe prace zaakceptowane przez klienta po wycenie oraz zadowolenie klienta po wizycie.</li><li><strong>Samochody używane:</strong> certyfikowane auta używane sprzedane w ciągu 45 dni od przyjęcia na stan.</li></ul>
<p>Nagrody trafiają do całych zespołów, a nie tylko do pojedynczych osób: najlepszy zespół w każdej kategorii i w każdym regionie wygrywa wydarzenie integracyjne opłacone przez markę.</p>
<p>Wyniki są aktualizowane w rankingu każdego ranka. Pełny regulamin znajdziesz w sekcji Konkursy. Powodzenia!</p>`,
      },
    },
  },
];
