import type { ArticleTemplate } from './types.js';
import { alt, author } from './articles-common.js';

/** Article templates 19–24: high-voltage training, open days, voice of the network, mobile app, fleet, sales letter. */
export const articles4: ArticleTemplate[] = [
  {
    key: 'high-voltage-certification',
    image: 'training',
    imageAlt: alt.training,
    authorTitle: author.trainingManager,
    text: {
      en: {
        title: `High-voltage certification: every workshop needs two certified technicians`,
        summary: `From next year, only certified technicians may work on high-voltage systems. Two new training sessions a month are open for booking.`,
        bodyHtml: `<p>More and more of the {{brand}} cars in your workshop are hybrid or electric. From 1 January, only technicians with a valid high-voltage certificate may work on their high-voltage system, and every workshop must have at least two of them.</p>
<h2>The course</h2>
<ul><li><strong>Part 1, online:</strong> four lessons on the basics of electricity and the risks, about two hours in total.</li><li><strong>Part 2, in a training centre:</strong> two practical days, including switching off and locking a real vehicle.</li><li><strong>Exam:</strong> a short written test and a practical test at the end of day two.</li></ul>
<p>The certificate is valid for three years. Technicians who already hold one should check its end date in their training record.</p>
<p>We have doubled the number of sessions: two per month in each training centre until December. Book early, because places go quickly.</p>`,
      },
      it: {
        title: `Abilitazione alta tensione: servono due tecnici abilitati per officina`,
        summary: `Dal prossimo anno sui sistemi ad alta tensione potranno lavorare solo tecnici abilitati. Sono aperte le iscrizioni a due nuove sessioni al mese.`,
        bodyHtml: `<p>Sempre più auto {{brand}} che entrano in officina sono ibride o elettriche. Dal 1° gennaio sul loro impianto ad alta tensione potranno lavorare solo tecnici con un'abilitazione valida, e ogni officina dovrà averne almeno due.</p>
<h2>Il corso</h2>
<ul><li><strong>Parte 1, online:</strong> quattro lezioni sulle basi dell'elettricità e sui rischi, circa due ore in tutto.</li><li><strong>Parte 2, in un centro di formazione:</strong> due giornate pratiche, compresa la messa in sicurezza di un veicolo vero.</li><li><strong>Esame:</strong> un breve test scritto e una prova pratica alla fine del secondo giorno.</li></ul>
<p>L'abilitazione vale tre anni. Chi ce l'ha già controlli la data di scadenza nel proprio libretto formativo.</p>
<p>Abbiamo raddoppiato le sessioni: due al mese in ogni centro di formazione fino a dicembre. Iscrivetevi presto, perché i posti vanno via in fretta.</p>`,
      },
      fr: {
        title: `Habilitation haute tension : deux techniciens habilités par atelier`,
        summary: `Dès l'an prochain, seuls les techniciens habilités pourront intervenir sur les systèmes haute tension. Deux nouvelles sessions par mois sont ouvertes.`,
        bodyHtml: `<p>De plus en plus de véhicules {{brand}} qui passent dans vos ateliers sont hybrides ou électriques. À partir du 1er janvier, seuls les techniciens titulaires d'une habilitation haute tension valide pourront intervenir sur leur système haute tension, et chaque atelier devra en compter au moins deux.</p>
<h2>La formation</h2>
<ul><li><strong>Partie 1, en ligne :</strong> quatre leçons sur les bases de l'électricité et les risques, environ deux heures au total.</li><li><strong>Partie 2, en centre de formation :</strong> deux jours de pratique, dont la consignation d'un vrai véhicule.</li><li><strong>Examen :</strong> un court test écrit et une épreuve pratique à la fin du deuxième jour.</li></ul>
<p>L'habilitation est valable trois ans. Les techniciens qui en ont déjà une doivent vérifier sa date de fin dans leur dossier de formation.</p>
<p>Nous avons doublé le nombre de sessions : deux par mois dans chaque centre de formation jusqu'en décembre. Inscrivez-vous tôt, les places partent vite.</p>`,
      },
      es: {
        title: `Certificación de alta tensión: dos técnicos certificados por taller`,
        summary: `A partir del año que viene, solo los técnicos certificados podrán trabajar en sistemas de alta tensión. Hay dos sesiones nuevas al mes.`,
        bodyHtml: `<p>Cada vez más coches {{brand}} que entran en vuestro taller son híbridos o eléctricos. A partir del 1 de enero, solo los técnicos con una certificación de alta tensión en vigor podrán trabajar en su sistema de alta tensión, y cada taller tendrá que contar con al menos dos.</p>
<h2>El curso</h2>
<ul><li><strong>Parte 1, online:</strong> cuatro lecciones sobre los fundamentos de la electricidad y los riesgos, unas dos horas en total.</li><li><strong>Parte 2, en un centro de formación:</strong> dos días de práctica, incluida la desconexión y el bloqueo de un vehículo real.</li><li><strong>Examen:</strong> un breve test escrito y una prueba práctica al final del segundo día.</li></ul>
<p>La certificación es válida durante tres años. Los técnicos que ya la tengan deben comprobar la fecha de caducidad en su expediente de formación.</p>
<p>Hemos duplicado las sesiones: dos al mes en cada centro de formación hasta diciembre. Apuntaos pronto, porque las plazas vuelan.</p>`,
      },
      de: {
        title: `Hochvolt-Qualifizierung: zwei qualifizierte Techniker pro Werkstatt`,
        summary: `Ab nächstem Jahr dürfen nur noch qualifizierte Techniker an Hochvoltsystemen arbeiten. Zwei neue Schulungstermine pro Monat sind buchbar.`,
        bodyHtml: `<p>Immer mehr {{brand}} Fahrzeuge in Ihrer Werkstatt sind Hybrid- oder Elektroautos. Ab 1. Januar dürfen nur noch Techniker mit gültiger Hochvolt-Qualifizierung an deren Hochvoltsystem arbeiten, und jede Werkstatt muss mindestens zwei davon haben.</p>
<h2>Die Schulung</h2>
<ul><li><strong>Teil 1, online:</strong> vier Lektionen zu den Grundlagen der Elektrotechnik und zu den Gefahren, insgesamt etwa zwei Stunden.</li><li><strong>Teil 2, im Trainingszentrum:</strong> zwei Praxistage, unter anderem das Freischalten und Sichern eines echten Fahrzeugs.</li><li><strong>Prüfung:</strong> ein kurzer schriftlicher Test und eine praktische Prüfung am Ende des zweiten Tages.</li></ul>
<p>Die Qualifizierung gilt drei Jahre. Wer bereits qualifiziert ist, sollte das Ablaufdatum im eigenen Schulungsnachweis prüfen.</p>
<p>Wir haben die Zahl der Termine verdoppelt: bis Dezember zwei pro Monat in jedem Trainingszentrum. Buchen Sie früh, die Plätze sind schnell weg.</p>`,
      },
      nl: {
        title: `Hoogvoltcertificaat: elke werkplaats heeft twee gecertificeerde technici nodig`,
        summary: `Vanaf volgend jaar mogen alleen gecertificeerde technici aan hoogvoltsystemen werken. Er zijn twee nieuwe trainingen per maand te boeken.`,
        bodyHtml: `<p>Steeds meer {{brand}}-auto's in je werkplaats zijn hybride of elektrisch. Vanaf 1 januari mogen alleen technici met een geldig hoogvoltcertificaat aan het hoogvoltsysteem werken, en elke werkplaats moet er minstens twee hebben.</p>
<h2>De opleiding</h2>
<ul><li><strong>Deel 1, online:</strong> vier lessen over de basis van elektriciteit en de risico's, samen ongeveer twee uur.</li><li><strong>Deel 2, in een trainingscentrum:</strong> twee praktijkdagen, waaronder het spanningsloos maken en vergrendelen van een echte auto.</li><li><strong>Examen:</strong> een korte schriftelijke toets en een praktijktoets aan het eind van dag twee.</li></ul>
<p>Het certificaat is drie jaar geldig. Technici die er al een hebben, controleren de einddatum in hun opleidingsoverzicht.</p>
<p>We hebben het aantal trainingen verdubbeld: tot december twee per maand in elk trainingscentrum. Schrijf je op tijd in, want de plaatsen zijn snel vol.</p>`,
      },
      pl: {
        title: `Uprawnienia wysokonapięciowe: dwóch certyfikowanych mechaników w serwisie`,
        summary: `Od przyszłego roku przy układach wysokiego napięcia będą mogli pracować tylko mechanicy z uprawnieniami. Ruszyły zapisy na dwa nowe terminy w miesiącu.`,
        bodyHtml: `<p>Coraz więcej samochodów {{brand}} w Waszych warsztatach to hybrydy lub auta elektryczne. Od 1 stycznia przy ich układzie wysokiego napięcia będą mogli pracować tylko mechanicy z ważnymi uprawnieniami, a każdy warsztat musi mieć co najmniej dwie takie osoby.</p>
<h2>Szkolenie</h2>
<ul><li><strong>Część 1, online:</strong> cztery lekcje o podstawach elektryczności i zagrożeniach, łącznie około dwóch godzin.</li><li><strong>Część 2, w centrum szkoleniowym:</strong> dwa dni zajęć praktycznych, m.in. odłączanie i zabezpieczanie prawdziwego samochodu.</li><li><strong>Egzamin:</strong> krótki test pisemny i zadanie praktyczne na koniec drugiego dnia.</li></ul>
<p>Uprawnienia są ważne trzy lata. Mechanicy, którzy już je mają, powinni sprawdzić datę ważności w swojej karcie szkoleń.</p>
<p>Podwoiliśmy liczbę terminów: do grudnia dwa w miesiącu w każdym centrum szkoleniowym. Zapisujcie się wcześnie, bo miejsca szybko się kończą.</p>`,
      },
    },
  },
  {
    key: 'open-doors-weekend',
    image: 'car-launch',
    imageAlt: alt['car-launch'],
    authorTitle: author.marketingManager,
    text: {
      en: {
        title: `Open weekend: 2,000 invitations sent, now it is your turn`,
        summary: `Showrooms across the network open their doors on Saturday and Sunday. Here is the kit, the offers and the follow-up plan.`,
        bodyHtml: `<p>On the last weekend of the month, every {{brand}} showroom opens its doors with test drives, offers and activities for families. The national advertising starts on Monday, and customers in your area are already receiving invitations.</p>
<h2>Your open weekend kit</h2>
<ul><li>Flags, posters and a welcome banner, delivered this week.</li><li>A simple form to record every visitor's contact details and consent.</li><li>Weekend-only offers, already loaded in the ordering system.</li></ul>
<h2>After the weekend</h2>
<p>Most sales are made in the two weeks after an event. Call every visitor by Wednesday, thank them for coming and offer a second test drive or a personal quote.</p>
<p>Send us your best photos of the weekend: we will share a selection here.</p>`,
      },
      it: {
        title: `Porte aperte: 2.000 inviti spediti, ora tocca a voi`,
        summary: `Sabato e domenica i saloni di tutta la rete aprono le porte. Ecco il kit, le offerte e il piano per ricontattare i visitatori.`,
        bodyHtml: `<p>L'ultimo fine settimana del mese tutti i saloni {{brand}} aprono le porte con prove su strada, offerte e attività per le famiglie. La pubblicità nazionale parte lunedì e i clienti della vostra zona stanno già ricevendo gli inviti.</p>
<h2>Il vostro kit porte aperte</h2>
<ul><li>Bandiere, manifesti e uno striscione di benvenuto, consegnati questa settimana.</li><li>Un modulo semplice per registrare i contatti e il consenso di ogni visitatore.</li><li>Offerte valide solo nel fine settimana, già caricate nel sistema ordini.</li></ul>
<h2>Dopo il fine settimana</h2>
<p>La maggior parte delle vendite arriva nelle due settimane successive all'evento. Chiamate ogni visitatore entro mercoledì, ringraziatelo per la visita e proponetegli una seconda prova o un preventivo personalizzato.</p>
<p>Mandateci le vostre foto più belle del fine settimana: ne condivideremo una selezione qui.</p>`,
      },
      fr: {
        title: `Week-end portes ouvertes : 2 000 invitations envoyées, à vous de jouer`,
        summary: `Samedi et dimanche, les showrooms de tout le réseau ouvrent leurs portes. Voici le kit, les offres et le plan de relance.`,
        bodyHtml: `<p>Le dernier week-end du mois, tous les showrooms {{brand}} ouvrent leurs portes avec des essais, des offres et des animations pour les familles. La publicité nationale démarre lundi, et les clients de votre secteur reçoivent déjà leurs invitations.</p>
<h2>Votre kit portes ouvertes</h2>
<ul><li>Drapeaux, affiches et banderole d'accueil, livrés cette semaine.</li><li>Un formulaire simple pour noter les coordonnées et le consentement de chaque visiteur.</li><li>Des offres valables uniquement ce week-end, déjà chargées dans l'outil de commande.</li></ul>
<h2>Après le week-end</h2>
<p>La plupart des ventes se font dans les deux semaines qui suivent l'événement. Rappelez chaque visiteur d'ici mercredi, remerciez-le de sa venue et proposez-lui un deuxième essai ou une offre personnalisée.</p>
<p>Envoyez-nous vos plus belles photos du week-end : nous en partagerons une sélection ici.</p>`,
      },
      es: {
        title: `Fin de semana de puertas abiertas: 2.000 invitaciones enviadas`,
        summary: `El sábado y el domingo, los concesionarios de toda la red abren sus puertas. Aquí tienes el kit, las ofertas y el plan de seguimiento.`,
        bodyHtml: `<p>El último fin de semana del mes, todos los concesionarios {{brand}} abren sus puertas con pruebas de conducción, ofertas y actividades para familias. La publicidad nacional empieza el lunes y los clientes de tu zona ya están recibiendo las invitaciones.</p>
<h2>Tu kit de puertas abiertas</h2>
<ul><li>Banderas, carteles y una pancarta de bienvenida, que llegan esta semana.</li><li>Un formulario sencillo para anotar los datos de contacto y el consentimiento de cada visitante.</li><li>Ofertas válidas solo ese fin de semana, ya cargadas en el sistema de pedidos.</li></ul>
<h2>Después del fin de semana</h2>
<p>La mayoría de las ventas se cierran en las dos semanas siguientes al evento. Llama a cada visitante antes del miércoles, dale las gracias por venir y ofrécele una segunda prueba o un presupuesto personalizado.</p>
<p>Mándanos tus mejores fotos del fin de semana: compartiremos una selección aquí.</p>`,
      },
      de: {
        title: `Tag der offenen Tür: 2.000 Einladungen verschickt, jetzt sind Sie dran`,
        summary: `Am Samstag und Sonntag öffnen die Schauräume im ganzen Netz ihre Türen. Hier sind das Paket, die Angebote und der Plan für die Nachbereitung.`,
        bodyHtml: `<p>Am letzten Wochenende des Monats öffnen alle {{brand}} Schauräume ihre Türen, mit Probefahrten, Angeboten und Programm für Familien. Die nationale Werbung startet am Montag, und Kunden in Ihrer Region erhalten bereits ihre Einladungen.</p>
<h2>Ihr Aktionspaket</h2>
<ul><li>Fahnen, Plakate und ein Begrüßungsbanner, die diese Woche geliefert werden.</li><li>Ein einfaches Formular, um Kontaktdaten und Einwilligung jedes Besuchers zu erfassen.</li><li>Angebote nur für dieses Wochenende, bereits im Bestellsystem hinterlegt.</li></ul>
<h2>Nach dem Wochenende</h2>
<p>Die meisten Verkäufe kommen in den zwei Wochen nach der Veranstaltung zustande. Rufen Sie jeden Besucher bis Mittwoch an, bedanken Sie sich für den Besuch und bieten Sie eine zweite Probefahrt oder ein persönliches Angebot an.</p>
<p>Schicken Sie uns Ihre schönsten Fotos vom Wochenende: Eine Auswahl teilen wir hier.</p>`,
      },
      nl: {
        title: `Open weekend: 2.000 uitnodigingen verstuurd, nu zijn jullie aan zet`,
        summary: `Zaterdag en zondag gaan de showrooms in het hele netwerk open. Hier vind je het pakket, de aanbiedingen en het plan voor de opvolging.`,
        bodyHtml: `<p>Het laatste weekend van de maand zetten alle {{brand}}-showrooms de deuren open, met proefritten, aanbiedingen en activiteiten voor het hele gezin. De landelijke reclame begint maandag en klanten in jouw regio krijgen hun uitnodiging al.</p>
<h2>Je open-weekendpakket</h2>
<ul><li>Vlaggen, posters en een welkomstbanner, deze week geleverd.</li><li>Een eenvoudig formulier om de contactgegevens en toestemming van elke bezoeker vast te leggen.</li><li>Aanbiedingen die alleen dat weekend gelden, al ingeladen in het bestelsysteem.</li></ul>
<h2>Na het weekend</h2>
<p>De meeste verkopen komen in de twee weken na een evenement. Bel elke bezoeker vóór woensdag, bedank voor het bezoek en bied een tweede proefrit of een persoonlijke offerte aan.</p>
<p>Stuur ons je mooiste foto's van het weekend: we delen hier een selectie.</p>`,
      },
      pl: {
        title: `Weekend otwartych drzwi: 2000 zaproszeń wysłanych, teraz Wasza kolej`,
        summary: `W sobotę i niedzielę salony w całej sieci otwierają drzwi. Oto zestaw materiałów, oferty i plan kontaktu z odwiedzającymi.`,
        bodyHtml: `<p>W ostatni weekend miesiąca wszystkie salony {{brand}} otwierają drzwi: jazdy próbne, oferty i atrakcje dla rodzin. Ogólnopolska reklama rusza w poniedziałek, a klienci z Waszej okolicy już dostają zaproszenia.</p>
<h2>Wasz zestaw na weekend</h2>
<ul><li>Flagi, plakaty i baner powitalny, dostarczane w tym tygodniu.</li><li>Prosty formularz do zapisania danych kontaktowych i zgody każdego gościa.</li><li>Oferty ważne tylko w ten weekend, już wprowadzone do systemu zamówień.</li></ul>
<h2>Po weekendzie</h2>
<p>Większość sprzedaży zamyka się w ciągu dwóch tygodni po wydarzeniu. Do środy zadzwońcie do każdego gościa, podziękujcie za wizytę i zaproponujcie drugą jazdę próbną albo indywidualną ofertę.</p>
<p>Przyślijcie nam najlepsze zdjęcia z weekendu: wybrane pokażemy tutaj.</p>`,
      },
    },
  },
  {
    key: 'voice-of-the-network',
    image: 'chart-up',
    imageAlt: alt['chart-up'],
    authorTitle: author.customerExperienceManager,
    text: {
      en: {
        title: `Voice of the network: what you told us this month`,
        summary: `More than 600 comments and tickets from the field. Delivery dates and parts availability top the list, and here is what we are doing about it.`,
        bodyHtml: `<p>Every day, {{brand}} salespeople, advisers and technicians tell us what they hear from customers and what gets in their way. This month we received more than 600 comments and tickets. Thank you: we read every one.</p>
<h2>The top three themes</h2>
<ul><li><strong>Delivery dates:</strong> customers want a reliable date. From next month, the ordering system will show a confirmed week for each order.</li><li><strong>Parts availability:</strong> too many cars waiting for a part. The new regional warehouse should cut waiting times by a third.</li><li><strong>Paperwork:</strong> the handover file is too long. It is being cut from eleven pages to four.</li></ul>
<p>You can follow every theme on the barometer, with the trend month by month. Keep telling us what you see: it really does change things.</p>`,
      },
      it: {
        title: `La voce della rete: cosa ci avete detto questo mese`,
        summary: `Più di 600 commenti e ticket dal territorio. In testa ci sono i tempi di consegna e la disponibilità dei ricambi: ecco cosa stiamo facendo.`,
        bodyHtml: `<p>Ogni giorno venditori, accettatori e tecnici {{brand}} ci raccontano cosa sentono dai clienti e cosa li ostacola nel lavoro. Questo mese abbiamo ricevuto più di 600 commenti e ticket. Grazie: li leggiamo tutti.</p>
<h2>I tre temi principali</h2>
<ul><li><strong>Tempi di consegna:</strong> i clienti vogliono una data affidabile. Dal mese prossimo il sistema ordini mostrerà una settimana confermata per ogni ordine.</li><li><strong>Disponibilità ricambi:</strong> troppe auto ferme in attesa di un pezzo. Il nuovo magazzino regionale dovrebbe ridurre le attese di un terzo.</li><li><strong>Burocrazia:</strong> il fascicolo di consegna è troppo lungo. Lo stiamo riducendo da undici pagine a quattro.</li></ul>
<p>Potete seguire ogni tema nel barometro, con l'andamento mese per mese. Continuate a dirci cosa vedete: serve davvero a cambiare le cose.</p>`,
      },
      fr: {
        title: `La voix du réseau : ce que vous nous avez dit ce mois-ci`,
        summary: `Plus de 600 commentaires et tickets venus du terrain. Délais de livraison et disponibilité des pièces arrivent en tête : voici ce que nous faisons.`,
        bodyHtml: `<p>Chaque jour, les vendeurs, conseillers et techniciens {{brand}} nous disent ce qu'ils entendent de la part des clients et ce qui les freine dans leur travail. Ce mois-ci, nous avons reçu plus de 600 commentaires et tickets. Merci : nous les lisons tous.</p>
<h2>Les trois sujets principaux</h2>
<ul><li><strong>Délais de livraison :</strong> les clients veulent une date fiable. Dès le mois prochain, l'outil de commande affichera une semaine confirmée pour chaque commande.</li><li><strong>Disponibilité des pièces :</strong> trop de véhicules attendent une pièce. Le nouvel entrepôt régional devrait réduire l'attente d'un tiers.</li><li><strong>Paperasse :</strong> le dossier de livraison est trop long. Il passe de onze pages à quatre.</li></ul>
<p>Vous pouvez suivre chaque sujet dans le baromètre, avec son évolution mois par mois. Continuez à nous dire ce que vous voyez : cela fait vraiment bouger les choses.</p>`,
      },
      es: {
        title: `La voz de la red: lo que nos habéis contado este mes`,
        summary: `Más de 600 comentarios y tickets desde la red. Los plazos de entrega y la disponibilidad de recambios encabezan la lista; esto es lo que estamos haciendo.`,
        bodyHtml: `<p>Cada día, los comerciales, asesores y técnicos de {{brand}} nos cuentan lo que oyen a los clientes y lo que les complica el trabajo. Este mes hemos recibido más de 600 comentarios y tickets. Gracias: los leemos todos.</p>
<h2>Los tres temas principales</h2>
<ul><li><strong>Plazos de entrega:</strong> los clientes quieren una fecha fiable. A partir del mes que viene, el sistema de pedidos mostrará una semana confirmada para cada pedido.</li><li><strong>Disponibilidad de recambios:</strong> demasiados coches esperando una pieza. El nuevo almacén regional debería reducir la espera en un tercio.</li><li><strong>Papeleo:</strong> el dossier de entrega es demasiado largo. Lo estamos reduciendo de once páginas a cuatro.</li></ul>
<p>Podéis seguir cada tema en el barómetro, con su evolución mes a mes. Seguid contándonos lo que veis: de verdad sirve para cambiar las cosas.</p>`,
      },
      de: {
        title: `Stimme des Netzes: Das haben Sie uns diesen Monat gesagt`,
        summary: `Über 600 Kommentare und Tickets aus der Praxis. Liefertermine und Teileverfügbarkeit stehen ganz oben – das tun wir dagegen.`,
        bodyHtml: `<p>Jeden Tag berichten uns {{brand}} Verkäufer, Serviceberater und Techniker, was sie von Kunden hören und was ihnen die Arbeit schwer macht. Diesen Monat haben wir mehr als 600 Kommentare und Tickets bekommen. Danke – wir lesen jedes einzelne.</p>
<h2>Die drei wichtigsten Themen</h2>
<ul><li><strong>Liefertermine:</strong> Kunden wollen einen verlässlichen Termin. Ab nächstem Monat zeigt das Bestellsystem für jeden Auftrag eine bestätigte Lieferwoche.</li><li><strong>Teileverfügbarkeit:</strong> Zu viele Fahrzeuge warten auf ein Teil. Das neue Regionallager soll die Wartezeit um ein Drittel verkürzen.</li><li><strong>Papierkram:</strong> Die Übergabemappe ist zu dick. Sie wird von elf auf vier Seiten gekürzt.</li></ul>
<p>Jedes Thema können Sie im Barometer verfolgen, mit der Entwicklung Monat für Monat. Sagen Sie uns weiter, was Ihnen auffällt: Es bewirkt wirklich etwas.</p>`,
      },
      nl: {
        title: `Stem van het netwerk: dit vertelden jullie ons deze maand`,
        summary: `Meer dan 600 reacties en tickets uit de praktijk. Levertijden en beschikbaarheid van onderdelen staan bovenaan, en dit doen we eraan.`,
        bodyHtml: `<p>Elke dag vertellen {{brand}}-verkopers, adviseurs en technici ons wat ze van klanten horen en waar ze in hun werk tegenaan lopen. Deze maand kregen we meer dan 600 reacties en tickets. Bedankt: we lezen ze allemaal.</p>
<h2>De drie belangrijkste onderwerpen</h2>
<ul><li><strong>Levertijden:</strong> klanten willen een betrouwbare datum. Vanaf volgende maand toont het bestelsysteem bij elke order een bevestigde leverweek.</li><li><strong>Onderdelen:</strong> te veel auto's staan te wachten op een onderdeel. Het nieuwe regionale magazijn moet de wachttijd met een derde verkorten.</li><li><strong>Papierwerk:</strong> het afleverdossier is te dik. Het gaat van elf pagina's naar vier.</li></ul>
<p>Elk onderwerp kun je volgen in de barometer, met de ontwikkeling per maand. Blijf ons vertellen wat je ziet: het maakt echt verschil.</p>`,
      },
      pl: {
        title: `Głos sieci: co nam powiedzieliście w tym miesiącu`,
        summary: `Ponad 600 komentarzy i zgłoszeń z terenu. Na czele listy są terminy dostaw i dostępność części. Oto, co z tym robimy.`,
        bodyHtml: `<p>Każdego dnia sprzedawcy, doradcy i mechanicy {{brand}} mówią nam, co słyszą od klientów i co przeszkadza im w pracy. W tym miesiącu dostaliśmy ponad 600 komentarzy i zgłoszeń. Dziękujemy – czytamy każde z nich.</p>
<h2>Trzy najważniejsze tematy</h2>
<ul><li><strong>Terminy dostaw:</strong> klienci chcą pewnej daty. Od przyszłego miesiąca system zamówień będzie pokazywał potwierdzony tydzień dostawy dla każdego zamówienia.</li><li><strong>Dostępność części:</strong> zbyt wiele aut czeka na część. Nowy magazyn regionalny powinien skrócić czas oczekiwania o jedną trzecią.</li><li><strong>Papierologia:</strong> teczka wydania samochodu jest za gruba. Skracamy ją z jedenastu stron do czterech.</li></ul>
<p>Każdy temat możecie śledzić w barometrze, z trendem miesiąc po miesiącu. Mówcie nam dalej, co widzicie – to naprawdę coś zmienia.</p>`,
      },
    },
  },
  {
    key: 'piazza-on-your-phone',
    image: 'live-stream',
    imageAlt: alt['live-stream'],
    authorTitle: author.communicationsManager,
    text: {
      en: {
        title: `Piazza on your phone: news and lessons, even without signal`,
        summary: `Add Piazza to your phone's home screen in two taps. News and lessons stay readable in the workshop, in the car park or on the road.`,
        bodyHtml: `<p>Many of you spend the day away from a desk: in the workshop, on the lot or driving between dealers. Piazza now works on your phone like an app, and keeps working when there is no signal.</p>
<h2>How to install it</h2>
<ul><li>Open Piazza in your phone's browser, as usual.</li><li>Tap "Add to home screen" when the message appears, or use the browser menu.</li><li>That's it: the Piazza icon is now on your phone, next to your other apps.</li></ul>
<h2>What works offline</h2>
<p>The latest {{brand}} news and the lessons you have opened are saved on your phone. You can also fill in a ticket or a checklist without signal: it is sent automatically, only once, when you are back online.</p>
<p>Nothing to install from a store, and nothing to learn. If you get stuck, the help desk is there for you.</p>`,
      },
      it: {
        title: `Piazza sullo smartphone: notizie e lezioni anche senza campo`,
        summary: `Aggiungete Piazza alla schermata Home in due tocchi. Notizie e lezioni restano leggibili in officina, nel piazzale o in viaggio.`,
        bodyHtml: `<p>Molti di voi passano la giornata lontano dalla scrivania: in officina, nel piazzale o in auto tra una concessionaria e l'altra. Ora Piazza funziona sullo smartphone come un'app, e continua a funzionare anche senza campo.</p>
<h2>Come installarla</h2>
<ul><li>Aprite Piazza nel browser del telefono, come sempre.</li><li>Toccate «Aggiungi a schermata Home» quando compare il messaggio, oppure usate il menu del browser.</li><li>Fatto: l'icona di Piazza è sul telefono, accanto alle altre app.</li></ul>
<h2>Cosa funziona offline</h2>
<p>Le ultime notizie {{brand}} e le lezioni che avete aperto restano salvate sul telefono. Potete anche compilare un ticket o una checklist senza campo: verrà inviato in automatico, una sola volta, appena tornate online.</p>
<p>Niente da scaricare dagli store e niente da imparare. Se avete difficoltà, l'help desk è a vostra disposizione.</p>`,
      },
      fr: {
        title: `Piazza sur votre téléphone : actus et leçons, même sans réseau`,
        summary: `Ajoutez Piazza à l'écran d'accueil de votre téléphone en deux gestes. Les actus et les leçons restent lisibles à l'atelier, sur le parc ou sur la route.`,
        bodyHtml: `<p>Beaucoup d'entre vous passent la journée loin d'un bureau : à l'atelier, sur le parc VO ou sur la route entre deux concessions. Piazza fonctionne désormais sur votre téléphone comme une application, et continue de marcher sans réseau.</p>
<h2>Comment l'installer</h2>
<ul><li>Ouvrez Piazza dans le navigateur de votre téléphone, comme d'habitude.</li><li>Touchez « Ajouter à l'écran d'accueil » quand le message apparaît, ou passez par le menu du navigateur.</li><li>C'est tout : l'icône Piazza est sur votre téléphone, à côté de vos autres applications.</li></ul>
<h2>Ce qui marche hors connexion</h2>
<p>Les dernières actualités {{brand}} et les leçons que vous avez ouvertes sont enregistrées sur votre téléphone. Vous pouvez aussi remplir un ticket ou une check-list sans réseau : il sera envoyé automatiquement, une seule fois, dès que vous serez de nouveau connecté.</p>
<p>Rien à télécharger sur un store, rien à apprendre. En cas de souci, le support est là pour vous.</p>`,
      },
      es: {
        title: `Piazza en tu móvil: noticias y lecciones, incluso sin cobertura`,
        summary: `Añade Piazza a la pantalla de inicio de tu móvil en dos toques. Las noticias y lecciones se pueden leer en el taller, en la campa o en la carretera.`,
        bodyHtml: `<p>Muchos pasáis el día lejos de una mesa: en el taller, en la campa o en el coche entre concesionarios. Ahora Piazza funciona en el móvil como una app, y sigue funcionando cuando no hay cobertura.</p>
<h2>Cómo instalarla</h2>
<ul><li>Abre Piazza en el navegador del móvil, como siempre.</li><li>Toca «Añadir a pantalla de inicio» cuando aparezca el mensaje, o usa el menú del navegador.</li><li>Listo: el icono de Piazza ya está en tu móvil, junto a tus otras apps.</li></ul>
<h2>Qué funciona sin conexión</h2>
<p>Las últimas noticias de {{brand}} y las lecciones que has abierto se guardan en el móvil. También puedes rellenar un ticket o una lista de comprobación sin cobertura: se envía automáticamente, una sola vez, cuando vuelves a tener conexión.</p>
<p>Nada que descargar de una tienda de apps y nada que aprender. Si te atascas, el servicio de ayuda está para eso.</p>`,
      },
      de: {
        title: `Piazza auf dem Handy: News und Lektionen, auch ohne Empfang`,
        summary: `Legen Sie Piazza mit zwei Fingertipps auf den Startbildschirm. News und Lektionen bleiben lesbar – in der Werkstatt, auf dem Hof oder unterwegs.`,
        bodyHtml: `<p>Viele von Ihnen sind den ganzen Tag nicht am Schreibtisch: in der Werkstatt, auf dem Hof oder im Auto zwischen zwei Betrieben. Piazza funktioniert jetzt auf dem Handy wie eine App – und auch dann, wenn es keinen Empfang gibt.</p>
<h2>So installieren Sie Piazza</h2>
<ul><li>Öffnen Sie Piazza wie gewohnt im Browser Ihres Handys.</li><li>Tippen Sie auf „Zum Startbildschirm hinzufügen“, wenn der Hinweis erscheint, oder nutzen Sie das Browsermenü.</li><li>Fertig: Das Piazza-Symbol liegt jetzt auf Ihrem Handy, neben Ihren anderen Apps.</li></ul>
<h2>Was offline funktioniert</h2>
<p>Die neuesten {{brand}} News und die Lektionen, die Sie geöffnet haben, sind auf dem Handy gespeichert. Sie können auch ohne Empfang ein Ticket oder eine Checkliste ausfüllen: Sie wird automatisch und nur einmal gesendet, sobald Sie wieder online sind.</p>
<p>Nichts aus dem App Store zu laden, nichts zu lernen. Wenn Sie nicht weiterkommen, hilft Ihnen der Helpdesk.</p>`,
      },
      nl: {
        title: `Piazza op je telefoon: nieuws en lessen, ook zonder bereik`,
        summary: `Zet Piazza in twee tikken op het beginscherm van je telefoon. Nieuws en lessen blijven leesbaar in de werkplaats, op het terrein of onderweg.`,
        bodyHtml: `<p>Veel van jullie zitten de hele dag niet achter een bureau: in de werkplaats, op het terrein of in de auto tussen twee vestigingen. Piazza werkt nu op je telefoon als een app, en blijft werken als er geen bereik is.</p>
<h2>Zo installeer je het</h2>
<ul><li>Open Piazza zoals altijd in de browser van je telefoon.</li><li>Tik op 'Zet op beginscherm' als de melding verschijnt, of gebruik het menu van de browser.</li><li>Klaar: het Piazza-icoon staat nu op je telefoon, tussen je andere apps.</li></ul>
<h2>Wat er offline werkt</h2>
<p>Het laatste {{brand}}-nieuws en de lessen die je hebt geopend, worden op je telefoon bewaard. Je kunt ook zonder bereik een ticket of checklist invullen: die wordt automatisch en maar één keer verstuurd zodra je weer online bent.</p>
<p>Niets te downloaden uit een appwinkel, niets te leren. Kom je er niet uit? De helpdesk helpt je verder.</p>`,
      },
      pl: {
        title: `Piazza w telefonie: wiadomości i lekcje nawet bez zasięgu`,
        summary: `Dodaj Piazzę do ekranu głównego telefonu dwoma dotknięciami. Wiadomości i lekcje są dostępne w warsztacie, na placu i w trasie.`,
        bodyHtml: `<p>Wielu z Was spędza dzień z dala od biurka: w warsztacie, na placu albo w drodze między salonami. Piazza działa teraz w telefonie jak aplikacja, także wtedy, gdy nie ma zasięgu.</p>
<h2>Jak ją zainstalować</h2>
<ul><li>Otwórz Piazzę w przeglądarce telefonu, jak zwykle.</li><li>Gdy pojawi się komunikat, dotknij „Dodaj do ekranu głównego” albo użyj menu przeglądarki.</li><li>Gotowe: ikona Piazzy jest w telefonie, obok innych aplikacji.</li></ul>
<h2>Co działa offline</h2>
<p>Najnowsze wiadomości {{brand}} i otwarte przez Ciebie lekcje zapisują się w telefonie. Bez zasięgu możesz też wypełnić zgłoszenie lub listę kontrolną: zostanie wysłane automatycznie i tylko raz, gdy wrócisz do sieci.</p>
<p>Nic do pobierania ze sklepu i nic do nauki. Jeśli coś nie działa, pomoże Ci helpdesk.</p>`,
      },
    },
  },
  {
    key: 'fleet-business-offer',
    image: 'handshake',
    imageAlt: alt.handshake,
    authorTitle: author.fleetManager,
    text: {
      en: {
        title: `Business customers: a new offer for small fleets`,
        summary: `Companies with 3 to 25 vehicles get a single contact, fleet prices and a service package. The offer is open at every dealer from Monday.`,
        bodyHtml: `<p>Small businesses – tradespeople, shops, medical practices – often buy several cars at once but rarely get a fleet offer. From Monday, every {{brand}} dealer can offer them one.</p>
<h2>The offer</h2>
<ul><li>Fleet prices for companies with 3 to 25 vehicles, without a national contract.</li><li>A maintenance package with a fixed monthly price per vehicle.</li><li>A replacement car during any workshop visit longer than one day.</li><li>One named contact at the dealer for all the company's cars.</li></ul>
<p>Each dealer should name a business contact person, usually an experienced salesperson. They will get a half-day training on fleet taxation and leasing, and a list of companies near the dealer to call first.</p>
<p>The price grid and a one-page presentation for customers are in the Documents section.</p>`,
      },
      it: {
        title: `Clienti business: una nuova offerta per le piccole flotte`,
        summary: `Le aziende con 3–25 veicoli avranno un referente unico, prezzi flotta e un pacchetto di manutenzione. L'offerta parte lunedì in tutte le concessionarie.`,
        bodyHtml: `<p>Le piccole imprese – artigiani, negozi, studi medici – comprano spesso più auto insieme, ma raramente ricevono un'offerta flotte. Da lunedì ogni concessionaria {{brand}} potrà proporgliene una.</p>
<h2>L'offerta</h2>
<ul><li>Prezzi flotta per aziende con 3–25 veicoli, senza bisogno di un accordo nazionale.</li><li>Un pacchetto di manutenzione a canone mensile fisso per veicolo.</li><li>Un'auto sostitutiva per ogni sosta in officina superiore a un giorno.</li><li>Un unico referente in concessionaria per tutte le auto dell'azienda.</li></ul>
<p>Ogni concessionaria deve indicare un referente per le aziende, di solito un venditore esperto. Riceverà mezza giornata di formazione sulla fiscalità delle flotte e sul noleggio, e un elenco di aziende della zona da chiamare per prime.</p>
<p>La griglia prezzi e una presentazione di una pagina per i clienti sono nella sezione Documenti.</p>`,
      },
      fr: {
        title: `Clients professionnels : une nouvelle offre pour les petites flottes`,
        summary: `Les entreprises de 3 à 25 véhicules bénéficient d'un interlocuteur unique, de prix flotte et d'un forfait entretien. L'offre est ouverte dès lundi.`,
        bodyHtml: `<p>Les petites entreprises – artisans, commerçants, cabinets médicaux – achètent souvent plusieurs véhicules à la fois, mais ont rarement droit à une offre flotte. Dès lundi, chaque concession {{brand}} pourra leur en proposer une.</p>
<h2>L'offre</h2>
<ul><li>Des prix flotte pour les entreprises de 3 à 25 véhicules, sans contrat national.</li><li>Un forfait entretien avec un loyer mensuel fixe par véhicule.</li><li>Un véhicule de remplacement pour toute immobilisation à l'atelier de plus d'une journée.</li><li>Un interlocuteur unique en concession pour tous les véhicules de l'entreprise.</li></ul>
<p>Chaque concession doit désigner un référent entreprises, en général un vendeur expérimenté. Il suivra une demi-journée de formation sur la fiscalité des flottes et la location longue durée, et recevra une liste d'entreprises proches à appeler en priorité.</p>
<p>La grille tarifaire et une présentation d'une page pour les clients sont dans la rubrique Documents.</p>`,
      },
      es: {
        title: `Clientes de empresa: nueva oferta para flotas pequeñas`,
        summary: `Las empresas con 3 a 25 vehículos tendrán un interlocutor único, precios de flota y un paquete de mantenimiento. La oferta arranca el lunes.`,
        bodyHtml: `<p>Las pequeñas empresas –autónomos, comercios, consultas médicas– suelen comprar varios coches a la vez, pero casi nunca reciben una oferta de flota. A partir del lunes, cualquier concesionario {{brand}} podrá ofrecérsela.</p>
<h2>La oferta</h2>
<ul><li>Precios de flota para empresas con 3 a 25 vehículos, sin necesidad de un acuerdo nacional.</li><li>Un paquete de mantenimiento con cuota mensual fija por vehículo.</li><li>Coche de sustitución siempre que el vehículo pase más de un día en el taller.</li><li>Un único interlocutor en el concesionario para todos los coches de la empresa.</li></ul>
<p>Cada concesionario debe nombrar a un responsable de empresas, normalmente un comercial con experiencia. Recibirá media jornada de formación sobre fiscalidad de flotas y renting, y una lista de empresas cercanas a las que llamar primero.</p>
<p>La tabla de precios y una presentación de una página para clientes están en la sección Documentos.</p>`,
      },
      de: {
        title: `Geschäftskunden: ein neues Angebot für kleine Flotten`,
        summary: `Firmen mit 3 bis 25 Fahrzeugen erhalten einen festen Ansprechpartner, Flottenpreise und ein Servicepaket. Das Angebot gilt ab Montag bei jedem Händler.`,
        bodyHtml: `<p>Kleine Betriebe – Handwerker, Geschäfte, Arztpraxen – kaufen oft mehrere Fahrzeuge auf einmal, bekommen aber selten ein Flottenangebot. Ab Montag kann ihnen jeder {{brand}} Händler eines machen.</p>
<h2>Das Angebot</h2>
<ul><li>Flottenpreise für Unternehmen mit 3 bis 25 Fahrzeugen, ohne Rahmenvertrag.</li><li>Ein Wartungspaket mit fester Monatsrate pro Fahrzeug.</li><li>Ein Ersatzfahrzeug bei jedem Werkstattaufenthalt, der länger als einen Tag dauert.</li><li>Ein fester Ansprechpartner im Autohaus für alle Fahrzeuge der Firma.</li></ul>
<p>Jeder Betrieb benennt einen Ansprechpartner für Geschäftskunden, meist einen erfahrenen Verkäufer. Er erhält eine halbtägige Schulung zu Dienstwagenbesteuerung und Leasing sowie eine Liste von Firmen in der Nähe, die er zuerst anrufen sollte.</p>
<p>Die Preistabelle und eine einseitige Kundenpräsentation finden Sie im Bereich Dokumente.</p>`,
      },
      nl: {
        title: `Zakelijke klanten: een nieuw aanbod voor kleine wagenparken`,
        summary: `Bedrijven met 3 tot 25 voertuigen krijgen één vast aanspreekpunt, wagenparkprijzen en een onderhoudspakket. Het aanbod start maandag bij elke dealer.`,
        bodyHtml: `<p>Kleine bedrijven – vakmensen, winkels, praktijken – kopen vaak meerdere auto's tegelijk, maar krijgen zelden een wagenparkaanbod. Vanaf maandag kan elke {{brand}}-dealer ze er een doen.</p>
<h2>Het aanbod</h2>
<ul><li>Wagenparkprijzen voor bedrijven met 3 tot 25 voertuigen, zonder landelijk contract.</li><li>Een onderhoudspakket met een vast maandbedrag per voertuig.</li><li>Een vervangende auto bij elk werkplaatsbezoek dat langer dan een dag duurt.</li><li>Eén vast aanspreekpunt bij de dealer voor alle auto's van het bedrijf.</li></ul>
<p>Elke vestiging wijst een contactpersoon voor zakelijke klanten aan, meestal een ervaren verkoper. Die krijgt een halve dag training over bijtelling en leasing, en een lijst met bedrijven in de buurt om als eerste te bellen.</p>
<p>De prijstabel en een presentatie van één pagina voor klanten staan bij Documenten.</p>`,
      },
      pl: {
        title: `Klienci biznesowi: nowa oferta dla małych flot`,
        summary: `Firmy z flotą od 3 do 25 pojazdów dostaną jednego opiekuna, ceny flotowe i pakiet serwisowy. Oferta startuje w poniedziałek u każdego dealera.`,
        bodyHtml: `<p>Małe firmy – rzemieślnicy, sklepy, gabinety lekarskie – często kupują kilka aut naraz, ale rzadko dostają ofertę flotową. Od poniedziałku każdy dealer {{brand}} będzie mógł im ją przedstawić.</p>
<h2>Oferta</h2>
<ul><li>Ceny flotowe dla firm z flotą od 3 do 25 pojazdów, bez umowy ogólnokrajowej.</li><li>Pakiet serwisowy ze stałą miesięczną opłatą za pojazd.</li><li>Samochód zastępczy przy każdym pobycie w serwisie dłuższym niż jeden dzień.</li><li>Jeden stały opiekun w salonie dla wszystkich aut firmy.</li></ul>
<p>Każdy salon powinien wyznaczyć opiekuna klientów biznesowych, zwykle doświadczonego sprzedawcę. Przejdzie on półdniowe szkolenie z podatków od samochodów firmowych i leasingu oraz dostanie listę firm z okolicy, do których warto zadzwonić w pierwszej kolejności.</p>
<p>Tabela cen i jednostronicowa prezentacja dla klientów są w sekcji Dokumenty.</p>`,
      },
    },
  },
  {
    key: 'sales-director-half-year',
    image: 'chart-up',
    imageAlt: alt['chart-up'],
    authorTitle: author.salesDirector,
    text: {
      en: {
        title: `Halfway through the year: where we stand and what comes next`,
        summary: `We are at 97% of our half-year target. The sales director explains where we are strong, where we are behind and how to close the gap.`,
        bodyHtml: `<p>Six months in, the {{brand}} network has delivered 97% of its sales target. That is a solid result in a difficult market, and it is thanks to your work in the showrooms every day.</p>
<h2>Where we are strong</h2>
<ul><li>Orders from private customers: 104% of target.</li><li>Test drives: up 18% on last year.</li><li>Certified used cars: best half-year ever.</li></ul>
<h2>Where we are behind</h2>
<p>Business customers and small fleets are at 82% of target. Too many quotes are sent and never followed up. From now on, every fleet quote gets a follow-up call within five days, recorded in the CRM.</p>
<p>I will be visiting each region in the coming weeks. Tell me what you need to finish the year strongly; I want to hear it from you directly.</p>`,
      },
      it: {
        title: `A metà anno: dove siamo e cosa ci aspetta`,
        summary: `Siamo al 97% dell'obiettivo del semestre. Il direttore vendite spiega dove siamo forti, dove siamo indietro e come recuperare.`,
        bodyHtml: `<p>Dopo sei mesi la rete {{brand}} ha raggiunto il 97% dell'obiettivo di vendita. È un buon risultato in un mercato difficile, e lo dobbiamo al vostro lavoro in salone ogni giorno.</p>
<h2>Dove siamo forti</h2>
<ul><li>Ordini dei clienti privati: 104% dell'obiettivo.</li><li>Prove su strada: +18% sull'anno scorso.</li><li>Usato certificato: il miglior semestre di sempre.</li></ul>
<h2>Dove siamo indietro</h2>
<p>Clienti business e piccole flotte sono all'82% dell'obiettivo. Troppi preventivi vengono inviati e mai seguiti. D'ora in poi ogni preventivo flotte avrà una telefonata di richiamo entro cinque giorni, registrata nel CRM.</p>
<p>Nelle prossime settimane visiterò ogni zona. Ditemi cosa vi serve per chiudere bene l'anno: voglio sentirlo direttamente da voi.</p>`,
      },
      fr: {
        title: `À mi-parcours : où nous en sommes et la suite`,
        summary: `Nous sommes à 97 % de l'objectif du semestre. Le directeur des ventes explique nos points forts, nos retards et comment les rattraper.`,
        bodyHtml: `<p>Au bout de six mois, le réseau {{brand}} a réalisé 97 % de son objectif de ventes. C'est un bon résultat dans un marché difficile, et c'est grâce à votre travail quotidien dans les showrooms.</p>
<h2>Nos points forts</h2>
<ul><li>Commandes des particuliers : 104 % de l'objectif.</li><li>Essais : +18 % par rapport à l'an dernier.</li><li>Véhicules d'occasion certifiés : meilleur semestre de notre histoire.</li></ul>
<h2>Là où nous sommes en retard</h2>
<p>Les clients professionnels et les petites flottes sont à 82 % de l'objectif. Trop de devis sont envoyés sans jamais être relancés. Désormais, chaque devis flotte fait l'objet d'un appel de relance sous cinq jours, enregistré dans le CRM.</p>
<p>Je viendrai dans chaque région au cours des prochaines semaines. Dites-moi ce dont vous avez besoin pour bien finir l'année : je veux l'entendre de vous directement.</p>`,
      },
      es: {
        title: `A mitad de año: dónde estamos y qué viene ahora`,
        summary: `Estamos al 97 % del objetivo del semestre. El director de ventas explica dónde somos fuertes, dónde vamos por detrás y cómo recuperar.`,
        bodyHtml: `<p>Tras seis meses, la red {{brand}} ha cumplido el 97 % de su objetivo de ventas. Es un buen resultado en un mercado complicado, y es gracias a vuestro trabajo diario en los concesionarios.</p>
<h2>Dónde somos fuertes</h2>
<ul><li>Pedidos de particulares: 104 % del objetivo.</li><li>Pruebas de conducción: un 18 % más que el año pasado.</li><li>Vehículos de ocasión certificados: el mejor semestre de nuestra historia.</li></ul>
<h2>Dónde vamos por detrás</h2>
<p>Empresas y flotas pequeñas están al 82 % del objetivo. Se envían demasiados presupuestos a los que nadie hace seguimiento. A partir de ahora, cada presupuesto de flota tendrá una llamada de seguimiento en cinco días, registrada en el CRM.</p>
<p>En las próximas semanas visitaré todas las zonas. Contadme qué necesitáis para acabar bien el año: quiero oírlo directamente de vosotros.</p>`,
      },
      de: {
        title: `Halbzeit: Wo wir stehen und wie es weitergeht`,
        summary: `Wir liegen bei 97 % unseres Halbjahresziels. Der Vertriebsleiter erklärt, wo wir stark sind, wo wir zurückliegen und wie wir aufholen.`,
        bodyHtml: `<p>Nach sechs Monaten hat das {{brand}} Netz 97 % seines Verkaufsziels erreicht. Das ist ein gutes Ergebnis in einem schwierigen Markt, und es ist Ihrer täglichen Arbeit in den Schauräumen zu verdanken.</p>
<h2>Wo wir stark sind</h2>
<ul><li>Aufträge von Privatkunden: 104 % des Ziels.</li><li>Probefahrten: 18 % mehr als im Vorjahr.</li><li>Zertifizierte Gebrauchtwagen: das beste Halbjahr aller Zeiten.</li></ul>
<h2>Wo wir zurückliegen</h2>
<p>Geschäftskunden und kleine Flotten liegen bei 82 % des Ziels. Zu viele Angebote werden verschickt und nie nachgefasst. Ab sofort bekommt jedes Flottenangebot innerhalb von fünf Tagen einen Nachfassanruf, der im CRM erfasst wird.</p>
<p>In den kommenden Wochen besuche ich jede Region. Sagen Sie mir, was Sie für einen starken Jahresabschluss brauchen – ich will es direkt von Ihnen hören.</p>`,
      },
      nl: {
        title: `Halverwege het jaar: waar we staan en wat er komt`,
        summary: `We zitten op 97% van ons halfjaardoel. De salesdirecteur legt uit waar we sterk zijn, waar we achterlopen en hoe we dat inhalen.`,
        bodyHtml: `<p>Na zes maanden heeft het {{brand}}-netwerk 97% van het verkoopdoel gehaald. Een mooi resultaat in een lastige markt, en dat danken we aan jullie dagelijkse werk in de showrooms.</p>
<h2>Waar we sterk zijn</h2>
<ul><li>Orders van particulieren: 104% van het doel.</li><li>Proefritten: 18% meer dan vorig jaar.</li><li>Gecertificeerde occasions: het beste halfjaar ooit.</li></ul>
<h2>Waar we achterlopen</h2>
<p>Zakelijke klanten en kleine wagenparken zitten op 82% van het doel. Te veel offertes worden verstuurd en nooit opgevolgd. Vanaf nu krijgt elke wagenparkofferte binnen vijf dagen een belletje ter opvolging, vastgelegd in het CRM.</p>
<p>De komende weken bezoek ik elke regio. Vertel me wat je nodig hebt om het jaar sterk af te sluiten; ik hoor het graag rechtstreeks van jou.</p>`,
      },
      pl: {
        title: `Półmetek roku: gdzie jesteśmy i co dalej`,
        summary: `Mamy 97% celu na półrocze. Dyrektor sprzedaży wyjaśnia, w czym jesteśmy mocni, gdzie mamy zaległości i jak je nadrobić.`,
        bodyHtml: `<p>Po sześciu miesiącach sieć {{brand}} zrealizowała 97% celu sprzedażowego. To dobry wynik na trudnym rynku i zawdzięczamy go Waszej codziennej pracy w salonach.</p>
<h2>W czym jesteśmy mocni</h2>
<ul><li>Zamówienia od klientów indywidualnych: 104% celu.</li><li>Jazdy próbne: o 18% więcej niż przed rokiem.</li><li>Certyfikowane samochody używane: najlepsze półrocze w historii.</li></ul>
<h2>Gdzie mamy zaległości</h2>
<p>Klienci biznesowi i małe floty to 82% celu. Zbyt wiele ofert wysyłamy i nigdy do nich nie wracamy. Od teraz po każdej ofercie flotowej w ciągu pięciu dni dzwonimy do klienta i zapisujemy to w CRM.</p>
<p>W najbliższych tygodniach odwiedzę każdy region. Powiedzcie mi, czego potrzebujecie, żeby dobrze zamknąć rok – chcę to usłyszeć bezpośrednio od Was.</p>`,
      },
    },
  },
];
