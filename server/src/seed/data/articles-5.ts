import type { ArticleTemplate } from './types.js';
import { alt, author } from './articles-common.js';

/** Article templates 25–30: financing, parts inventory, diagnostic software, data privacy, skills contest, delivery delays. */
export const articles5: ArticleTemplate[] = [
  {
    key: 'financing-offer',
    image: 'handshake',
    imageAlt: alt.handshake,
    authorTitle: author.financeManager,
    text: {
      en: {
        title: `New financing offer: lower monthly payments, simpler paperwork`,
        summary: `A new personal contract plan with a guaranteed future value and an answer in 20 minutes. Here is how to present it to customers.`,
        bodyHtml: `<p>Most {{brand}} customers now pay for their car monthly. Our new financing offer makes those payments lower and the paperwork much simpler.</p>
<h2>What is new</h2>
<ul><li><strong>Guaranteed future value:</strong> at the end of the contract, the customer can return the car, keep it or change it for a new one.</li><li><strong>Fast answer:</strong> a credit decision in about 20 minutes for most customers, directly in the sales tool.</li><li><strong>Digital signature:</strong> no more printing and scanning; the customer signs on a tablet or on their phone.</li></ul>
<p>Always explain the total amount payable, the interest rate and the mileage limit, clearly and in writing. A customer who understands their contract comes back; a customer who feels tricked never does.</p>
<p>A 30-minute lesson on the new offer is available in the Training section. Please complete it before you offer the plan.</p>`,
      },
      it: {
        title: `Nuova offerta di finanziamento: rate più basse, pratiche più semplici`,
        summary: `Un nuovo finanziamento con valore futuro garantito e risposta in 20 minuti. Ecco come presentarlo ai clienti.`,
        bodyHtml: `<p>Ormai la maggior parte dei clienti {{brand}} paga l'auto a rate. La nostra nuova offerta di finanziamento abbassa le rate e semplifica molto le pratiche.</p>
<h2>Le novità</h2>
<ul><li><strong>Valore futuro garantito:</strong> a fine contratto il cliente può restituire l'auto, tenerla o cambiarla con una nuova.</li><li><strong>Risposta rapida:</strong> esito della pratica in circa 20 minuti per la maggior parte dei clienti, direttamente nello strumento di vendita.</li><li><strong>Firma digitale:</strong> basta stampare e scansionare; il cliente firma sul tablet o sul proprio telefono.</li></ul>
<p>Spiegate sempre l'importo totale dovuto, il tasso e il limite di chilometraggio, con chiarezza e per iscritto. Un cliente che capisce il proprio contratto torna; uno che si sente raggirato non torna più.</p>
<p>Nella sezione Formazione trovate una lezione di 30 minuti sulla nuova offerta. Completatela prima di proporla ai clienti.</p>`,
      },
      fr: {
        title: `Nouvelle offre de financement : des mensualités plus basses`,
        summary: `Une nouvelle location avec option d'achat, avec valeur de reprise garantie et réponse en 20 minutes. Voici comment la présenter aux clients.`,
        bodyHtml: `<p>La plupart des clients {{brand}} paient désormais leur voiture au mois. Notre nouvelle offre de financement fait baisser les mensualités et simplifie nettement les démarches.</p>
<h2>Ce qui change</h2>
<ul><li><strong>Valeur de reprise garantie :</strong> en fin de contrat, le client peut rendre le véhicule, le garder ou le remplacer par un neuf.</li><li><strong>Réponse rapide :</strong> un accord de financement en 20 minutes environ pour la plupart des clients, directement dans l'outil de vente.</li><li><strong>Signature électronique :</strong> fini les impressions et les scans ; le client signe sur une tablette ou sur son téléphone.</li></ul>
<p>Expliquez toujours le coût total, le taux et le kilométrage autorisé, clairement et par écrit. Un client qui comprend son contrat revient ; un client qui se sent piégé ne revient jamais.</p>
<p>Une leçon de 30 minutes sur la nouvelle offre est disponible dans la rubrique Formation. Suivez-la avant de proposer l'offre.</p>`,
      },
      es: {
        title: `Nueva oferta de financiación: cuotas más bajas, menos papeleo`,
        summary: `Una nueva financiación con valor futuro garantizado y respuesta en 20 minutos. Así se la puedes presentar a los clientes.`,
        bodyHtml: `<p>Hoy la mayoría de los clientes de {{brand}} pagan su coche en cuotas mensuales. Nuestra nueva oferta de financiación baja esas cuotas y simplifica mucho el papeleo.</p>
<h2>Qué hay de nuevo</h2>
<ul><li><strong>Valor futuro garantizado:</strong> al final del contrato, el cliente puede devolver el coche, quedárselo o cambiarlo por uno nuevo.</li><li><strong>Respuesta rápida:</strong> aprobación en unos 20 minutos para la mayoría de los clientes, directamente desde la herramienta de ventas.</li><li><strong>Firma digital:</strong> se acabó imprimir y escanear; el cliente firma en una tableta o en su móvil.</li></ul>
<p>Explica siempre el importe total, el tipo de interés y el límite de kilómetros, con claridad y por escrito. Un cliente que entiende su contrato vuelve; uno que se siente engañado no vuelve nunca.</p>
<p>En la sección Formación tienes una lección de 30 minutos sobre la nueva oferta. Complétala antes de ofrecerla.</p>`,
      },
      de: {
        title: `Neues Finanzierungsangebot: niedrigere Raten, weniger Papierkram`,
        summary: `Eine neue Finanzierung mit garantiertem Restwert und einer Kreditentscheidung in 20 Minuten. So stellen Sie sie Ihren Kunden vor.`,
        bodyHtml: `<p>Die meisten {{brand}} Kunden bezahlen ihr Auto inzwischen in Monatsraten. Unser neues Finanzierungsangebot senkt diese Raten und macht den Papierkram deutlich einfacher.</p>
<h2>Was neu ist</h2>
<ul><li><strong>Garantierter Restwert:</strong> Am Vertragsende kann der Kunde das Fahrzeug zurückgeben, behalten oder gegen ein neues tauschen.</li><li><strong>Schnelle Antwort:</strong> eine Kreditentscheidung in etwa 20 Minuten für die meisten Kunden, direkt im Verkaufstool.</li><li><strong>Digitale Unterschrift:</strong> kein Drucken und Scannen mehr; der Kunde unterschreibt auf dem Tablet oder auf seinem Handy.</li></ul>
<p>Erklären Sie immer den Gesamtbetrag, den Zinssatz und die Kilometergrenze – klar und schriftlich. Ein Kunde, der seinen Vertrag versteht, kommt wieder; einer, der sich übervorteilt fühlt, nie.</p>
<p>Im Bereich Training gibt es eine 30-minütige Lektion zum neuen Angebot. Bitte schließen Sie sie ab, bevor Sie das Angebot nutzen.</p>`,
      },
      nl: {
        title: `Nieuw financieringsaanbod: lagere maandbedragen, minder papierwerk`,
        summary: `Een nieuwe financiering met een gegarandeerde restwaarde en binnen 20 minuten antwoord. Zo presenteer je het aan klanten.`,
        bodyHtml: `<p>De meeste {{brand}}-klanten betalen hun auto tegenwoordig per maand. Ons nieuwe financieringsaanbod maakt die maandbedragen lager en het papierwerk een stuk eenvoudiger.</p>
<h2>Wat er nieuw is</h2>
<ul><li><strong>Gegarandeerde restwaarde:</strong> aan het eind van het contract kan de klant de auto inleveren, houden of inruilen voor een nieuwe.</li><li><strong>Snel antwoord:</strong> voor de meeste klanten een kredietbesluit binnen ongeveer 20 minuten, direct in de verkooptool.</li><li><strong>Digitaal tekenen:</strong> geen geprint en gescand papier meer; de klant tekent op een tablet of op zijn eigen telefoon.</li></ul>
<p>Leg altijd het totaalbedrag, de rente en het maximale aantal kilometers uit, duidelijk en op papier. Een klant die zijn contract begrijpt, komt terug; een klant die zich bedrogen voelt, nooit meer.</p>
<p>Bij Training staat een les van 30 minuten over het nieuwe aanbod. Rond die af voordat je het aanbiedt.</p>`,
      },
      pl: {
        title: `Nowa oferta finansowania: niższe raty, mniej formalności`,
        summary: `Nowe finansowanie z gwarantowaną wartością końcową i decyzją w 20 minut. Oto jak przedstawić je klientom.`,
        bodyHtml: `<p>Większość klientów {{brand}} płaci dziś za samochód w ratach miesięcznych. Nasza nowa oferta finansowania obniża te raty i znacznie upraszcza formalności.</p>
<h2>Co nowego</h2>
<ul><li><strong>Gwarantowana wartość końcowa:</strong> na koniec umowy klient może oddać samochód, zatrzymać go albo wymienić na nowy.</li><li><strong>Szybka odpowiedź:</strong> decyzja kredytowa w około 20 minut dla większości klientów, bezpośrednio w narzędziu sprzedażowym.</li><li><strong>Podpis elektroniczny:</strong> koniec z drukowaniem i skanowaniem; klient podpisuje na tablecie lub we własnym telefonie.</li></ul>
<p>Zawsze wyjaśniaj całkowitą kwotę do zapłaty, oprocentowanie i limit kilometrów – jasno i na piśmie. Klient, który rozumie swoją umowę, wraca; klient, który czuje się oszukany, nie wraca nigdy.</p>
<p>W sekcji Szkolenia jest 30-minutowa lekcja o nowej ofercie. Ukończ ją, zanim zaczniesz ją proponować.</p>`,
      },
    },
  },
  {
    key: 'year-end-parts-inventory',
    image: 'parts-logistics',
    imageAlt: alt['parts-logistics'],
    authorTitle: author.partsManager,
    text: {
      en: {
        title: `Year-end parts stock count: dates and checklist`,
        summary: `The annual stock count takes place in the last week of December. Prepare now to keep the count short and the workshop running.`,
        bodyHtml: `<p>Every {{brand}} dealer must count its parts stock once a year. This year the count takes place between 27 and 31 December, and results must be entered in the parts system by 5 January.</p>
<h2>Prepare in December</h2>
<ul><li>Return obsolete and damaged parts now: returns are free of charge until 15 December.</li><li>Tidy the shelves and check that every location has a clear label.</li><li>Close all open workshop orders, or set aside their parts with the order number.</li></ul>
<h2>On the day</h2>
<p>Count in pairs: one person counts, the other enters the figure on the handheld scanner. Large differences are flagged automatically and must be counted again before the end of the day.</p>
<p>A good count means fewer surprises next year: fewer parts "in the system" that are nowhere on the shelf, and fewer cars waiting on the lift.</p>`,
      },
      it: {
        title: `Inventario ricambi di fine anno: date e checklist`,
        summary: `L'inventario annuale si fa nell'ultima settimana di dicembre. Preparatevi da ora per farlo in fretta e senza fermare l'officina.`,
        bodyHtml: `<p>Ogni concessionaria {{brand}} deve contare il magazzino ricambi una volta l'anno. Quest'anno l'inventario si fa tra il 27 e il 31 dicembre, e i risultati vanno inseriti nel sistema ricambi entro il 5 gennaio.</p>
<h2>Da preparare a dicembre</h2>
<ul><li>Rendete subito i ricambi obsoleti o danneggiati: fino al 15 dicembre i resi sono gratuiti.</li><li>Mettete in ordine gli scaffali e controllate che ogni ubicazione abbia un'etichetta chiara.</li><li>Chiudete tutti gli ordini di lavoro aperti, oppure mettete da parte i relativi ricambi con il numero d'ordine.</li></ul>
<h2>Il giorno dell'inventario</h2>
<p>Contate in coppia: uno conta, l'altro inserisce la quantità nel terminale portatile. Le differenze importanti vengono segnalate in automatico e vanno ricontate entro fine giornata.</p>
<p>Un buon inventario significa meno sorprese l'anno prossimo: meno ricambi «a sistema» che sullo scaffale non ci sono, e meno auto ferme sul ponte.</p>`,
      },
      fr: {
        title: `Inventaire pièces de fin d'année : dates et check-list`,
        summary: `L'inventaire annuel a lieu la dernière semaine de décembre. Préparez-le dès maintenant pour qu'il soit rapide et que l'atelier continue de tourner.`,
        bodyHtml: `<p>Chaque concession {{brand}} doit faire l'inventaire de son stock de pièces une fois par an. Cette année, il a lieu entre le 27 et le 31 décembre, et les résultats doivent être saisis dans le système pièces avant le 5 janvier.</p>
<h2>À préparer en décembre</h2>
<ul><li>Retournez dès maintenant les pièces obsolètes ou abîmées : les retours sont gratuits jusqu'au 15 décembre.</li><li>Rangez les rayonnages et vérifiez que chaque emplacement a une étiquette lisible.</li><li>Clôturez tous les ordres de réparation ouverts, ou mettez leurs pièces de côté avec le numéro d'OR.</li></ul>
<h2>Le jour J</h2>
<p>Comptez à deux : l'un compte, l'autre saisit la quantité sur le terminal portable. Les gros écarts sont signalés automatiquement et doivent être recomptés avant la fin de la journée.</p>
<p>Un bon inventaire, c'est moins de surprises l'année prochaine : moins de pièces « en stock » introuvables sur les étagères, et moins de véhicules qui attendent sur le pont.</p>`,
      },
      es: {
        title: `Inventario de recambios de fin de año: fechas y lista de tareas`,
        summary: `El inventario anual se hace la última semana de diciembre. Prepáralo ya para que sea rápido y el taller siga funcionando.`,
        bodyHtml: `<p>Todos los concesionarios {{brand}} tienen que hacer inventario del almacén de recambios una vez al año. Este año se hace entre el 27 y el 31 de diciembre, y los resultados deben estar en el sistema de recambios antes del 5 de enero.</p>
<h2>Qué preparar en diciembre</h2>
<ul><li>Devolved ya las piezas obsoletas o dañadas: las devoluciones son gratuitas hasta el 15 de diciembre.</li><li>Ordenad las estanterías y comprobad que cada ubicación tenga una etiqueta clara.</li><li>Cerrad todas las órdenes de reparación abiertas, o apartad sus piezas con el número de orden.</li></ul>
<h2>El día del inventario</h2>
<p>Contad por parejas: uno cuenta y el otro introduce la cantidad en el lector portátil. Las diferencias grandes se marcan automáticamente y hay que volver a contarlas antes de que acabe el día.</p>
<p>Un buen inventario significa menos sorpresas el año que viene: menos piezas que están «en el sistema» pero no en la estantería, y menos coches esperando en el elevador.</p>`,
      },
      de: {
        title: `Teileinventur zum Jahresende: Termine und Checkliste`,
        summary: `Die jährliche Inventur findet in der letzten Dezemberwoche statt. Bereiten Sie sie jetzt vor, damit sie kurz bleibt und die Werkstatt weiterläuft.`,
        bodyHtml: `<p>Jeder {{brand}} Händler muss seinen Teilebestand einmal im Jahr zählen. In diesem Jahr findet die Inventur zwischen dem 27. und 31. Dezember statt; die Ergebnisse müssen bis zum 5. Januar im Teilesystem erfasst sein.</p>
<h2>Im Dezember vorbereiten</h2>
<ul><li>Schicken Sie veraltete und beschädigte Teile jetzt zurück: Rücksendungen sind bis zum 15. Dezember kostenlos.</li><li>Räumen Sie die Regale auf und prüfen Sie, ob jeder Lagerplatz ein gut lesbares Etikett hat.</li><li>Schließen Sie alle offenen Werkstattaufträge ab oder legen Sie deren Teile mit der Auftragsnummer beiseite.</li></ul>
<h2>Am Inventurtag</h2>
<p>Zählen Sie zu zweit: Einer zählt, der andere tippt die Menge in den Handscanner ein. Größere Abweichungen werden automatisch markiert und müssen noch am selben Tag nachgezählt werden.</p>
<p>Eine gute Inventur heißt weniger Überraschungen im nächsten Jahr: weniger Teile, die „im System“ sind, aber nicht im Regal, und weniger Fahrzeuge, die auf der Bühne warten.</p>`,
      },
      nl: {
        title: `Onderdeleninventarisatie aan het eind van het jaar: data en checklist`,
        summary: `De jaarlijkse telling is in de laatste week van december. Bereid je nu voor, dan is de telling snel klaar en blijft de werkplaats draaien.`,
        bodyHtml: `<p>Elke {{brand}}-dealer moet één keer per jaar de onderdelenvoorraad tellen. Dit jaar is de telling tussen 27 en 31 december, en de resultaten moeten vóór 5 januari in het onderdelensysteem staan.</p>
<h2>Voorbereiden in december</h2>
<ul><li>Stuur verouderde en beschadigde onderdelen nu terug: retouren zijn tot 15 december gratis.</li><li>Ruim de schappen op en controleer of elke locatie een duidelijk label heeft.</li><li>Sluit alle openstaande werkorders af, of leg de onderdelen apart met het ordernummer erbij.</li></ul>
<h2>Op de teldag</h2>
<p>Tel met z'n tweeën: de een telt, de ander voert het aantal in op de handscanner. Grote verschillen worden automatisch gemarkeerd en moeten dezelfde dag opnieuw geteld worden.</p>
<p>Een goede telling betekent minder verrassingen volgend jaar: minder onderdelen die 'in het systeem' staan maar niet in het schap liggen, en minder auto's die op de brug staan te wachten.</p>`,
      },
      pl: {
        title: `Inwentaryzacja części na koniec roku: terminy i lista kontrolna`,
        summary: `Coroczna inwentaryzacja odbędzie się w ostatnim tygodniu grudnia. Przygotuj się już teraz, żeby poszła szybko, a warsztat pracował dalej.`,
        bodyHtml: `<p>Każdy dealer {{brand}} musi raz w roku policzyć stan magazynu części. W tym roku inwentaryzacja odbędzie się między 27 a 31 grudnia, a wyniki trzeba wprowadzić do systemu części do 5 stycznia.</p>
<h2>Co przygotować w grudniu</h2>
<ul><li>Już teraz zwróćcie części wycofane i uszkodzone: do 15 grudnia zwroty są bezpłatne.</li><li>Uporządkujcie regały i sprawdźcie, czy każda lokalizacja ma czytelną etykietę.</li><li>Zamknijcie wszystkie otwarte zlecenia warsztatowe albo odłóżcie ich części z numerem zlecenia.</li></ul>
<h2>W dniu inwentaryzacji</h2>
<p>Liczcie w parach: jedna osoba liczy, druga wpisuje ilość do skanera ręcznego. Duże różnice są oznaczane automatycznie i trzeba je przeliczyć ponownie jeszcze tego samego dnia.</p>
<p>Dobra inwentaryzacja to mniej niespodzianek w przyszłym roku: mniej części, które są „w systemie”, a nie ma ich na półce, i mniej aut czekających na podnośniku.</p>`,
      },
    },
  },
  {
    key: 'diagnostic-software-update',
    image: 'workshop',
    imageAlt: alt.workshop,
    authorTitle: author.technicalServiceManager,
    text: {
      en: {
        title: `Diagnostic software update: install it before Friday`,
        summary: `The new version adds the latest models and cuts the time for a full vehicle scan by half. Installation takes about 15 minutes per tablet.`,
        bodyHtml: `<p>A new version of the {{brand}} diagnostic software is available. It is required for the latest models, and it must be installed on every diagnostic tablet before Friday evening.</p>
<h2>What is new</h2>
<ul><li>Support for the new models and their driver-assistance systems.</li><li>A full vehicle scan in about four minutes instead of eight.</li><li>Clearer fault descriptions, with a link to the right repair procedure.</li></ul>
<h2>How to install it</h2>
<p>Connect the tablet to the workshop Wi-Fi and to its charger, then accept the update when the message appears. Do not switch the tablet off during installation. It takes about 15 minutes.</p>
<p>If the update fails or the tablet no longer starts, do not try to repair it yourself: open a ticket and we will send a replacement within 48 hours.</p>`,
      },
      it: {
        title: `Aggiornamento software di diagnosi: installatelo entro venerdì`,
        summary: `La nuova versione aggiunge gli ultimi modelli e dimezza il tempo di una diagnosi completa. L'installazione richiede circa 15 minuti per tablet.`,
        bodyHtml: `<p>È disponibile una nuova versione del software di diagnosi {{brand}}. È necessaria per gli ultimi modelli e va installata su tutti i tablet di diagnosi entro venerdì sera.</p>
<h2>Le novità</h2>
<ul><li>Supporto per i nuovi modelli e i loro sistemi di assistenza alla guida.</li><li>Una diagnosi completa del veicolo in circa quattro minuti anziché otto.</li><li>Descrizioni dei guasti più chiare, con il rimando alla procedura di riparazione giusta.</li></ul>
<h2>Come installarlo</h2>
<p>Collegate il tablet al Wi-Fi dell'officina e al caricabatterie, poi accettate l'aggiornamento quando compare il messaggio. Non spegnete il tablet durante l'installazione, che dura circa 15 minuti.</p>
<p>Se l'aggiornamento non va a buon fine o il tablet non si accende più, non cercate di ripararlo da soli: aprite un ticket e vi mandiamo un tablet sostitutivo entro 48 ore.</p>`,
      },
      fr: {
        title: `Mise à jour du logiciel de diagnostic : à installer avant vendredi`,
        summary: `La nouvelle version ajoute les derniers modèles et divise par deux le temps d'un diagnostic complet. Comptez environ 15 minutes par tablette.`,
        bodyHtml: `<p>Une nouvelle version du logiciel de diagnostic {{brand}} est disponible. Elle est indispensable pour les derniers modèles et doit être installée sur toutes les tablettes de diagnostic avant vendredi soir.</p>
<h2>Les nouveautés</h2>
<ul><li>La prise en charge des nouveaux modèles et de leurs aides à la conduite.</li><li>Un diagnostic complet du véhicule en quatre minutes environ, au lieu de huit.</li><li>Des descriptions de défauts plus claires, avec un renvoi vers la bonne méthode de réparation.</li></ul>
<h2>Comment l'installer</h2>
<p>Branchez la tablette sur son chargeur, connectez-la au Wi-Fi de l'atelier, puis acceptez la mise à jour quand le message s'affiche. N'éteignez pas la tablette pendant l'installation, qui dure environ 15 minutes.</p>
<p>Si la mise à jour échoue ou si la tablette ne démarre plus, n'essayez pas de la réparer vous-même : ouvrez un ticket et nous vous enverrons une tablette de remplacement sous 48 heures.</p>`,
      },
      es: {
        title: `Actualización del software de diagnosis: instálala antes del viernes`,
        summary: `La nueva versión incluye los últimos modelos y reduce a la mitad el tiempo de un diagnóstico completo. Instalarla lleva unos 15 minutos por tableta.`,
        bodyHtml: `<p>Ya está disponible una nueva versión del software de diagnosis de {{brand}}. Es necesaria para los últimos modelos y hay que instalarla en todas las tabletas de diagnosis antes del viernes por la tarde.</p>
<h2>Novedades</h2>
<ul><li>Compatibilidad con los nuevos modelos y sus sistemas de ayuda a la conducción.</li><li>Un diagnóstico completo del coche en unos cuatro minutos en lugar de ocho.</li><li>Descripciones de averías más claras, con enlace al procedimiento de reparación correcto.</li></ul>
<h2>Cómo instalarla</h2>
<p>Conecta la tableta al wifi del taller y al cargador, y acepta la actualización cuando aparezca el mensaje. No apagues la tableta durante la instalación, que dura unos 15 minutos.</p>
<p>Si la actualización falla o la tableta ya no arranca, no intentes arreglarla tú: abre un ticket y te enviaremos una de sustitución en 48 horas.</p>`,
      },
      de: {
        title: `Update der Diagnosesoftware: bitte bis Freitag installieren`,
        summary: `Die neue Version unterstützt die neuesten Modelle und halbiert die Zeit für einen kompletten Fahrzeugscan. Die Installation dauert etwa 15 Minuten pro Tablet.`,
        bodyHtml: `<p>Eine neue Version der {{brand}} Diagnosesoftware ist verfügbar. Sie ist für die neuesten Modelle erforderlich und muss bis Freitagabend auf jedem Diagnosetablet installiert sein.</p>
<h2>Was neu ist</h2>
<ul><li>Unterstützung der neuen Modelle und ihrer Fahrerassistenzsysteme.</li><li>Ein kompletter Fahrzeugscan in etwa vier statt acht Minuten.</li><li>Verständlichere Fehlerbeschreibungen mit Verweis auf die passende Reparaturanleitung.</li></ul>
<h2>So installieren Sie es</h2>
<p>Verbinden Sie das Tablet mit dem Werkstatt-WLAN und dem Ladegerät und bestätigen Sie das Update, wenn der Hinweis erscheint. Schalten Sie das Tablet während der Installation nicht aus. Sie dauert etwa 15 Minuten.</p>
<p>Wenn das Update fehlschlägt oder das Tablet nicht mehr startet, versuchen Sie nicht, es selbst zu reparieren: Eröffnen Sie ein Ticket, und wir schicken innerhalb von 48 Stunden ein Ersatzgerät.</p>`,
      },
      nl: {
        title: `Update diagnosesoftware: installeer hem vóór vrijdag`,
        summary: `De nieuwe versie ondersteunt de nieuwste modellen en halveert de tijd voor een volledige scan. Installeren duurt ongeveer 15 minuten per tablet.`,
        bodyHtml: `<p>Er is een nieuwe versie van de {{brand}}-diagnosesoftware. Die is nodig voor de nieuwste modellen en moet vóór vrijdagavond op elke diagnosetablet staan.</p>
<h2>Wat er nieuw is</h2>
<ul><li>Ondersteuning voor de nieuwe modellen en hun rijhulpsystemen.</li><li>Een volledige scan van de auto in ongeveer vier minuten in plaats van acht.</li><li>Duidelijkere storingsomschrijvingen, met een verwijzing naar de juiste reparatiemethode.</li></ul>
<h2>Zo installeer je hem</h2>
<p>Verbind de tablet met de wifi van de werkplaats en met de lader, en accepteer de update als de melding verschijnt. Zet de tablet tijdens de installatie niet uit. Het duurt ongeveer 15 minuten.</p>
<p>Mislukt de update of start de tablet niet meer op? Probeer hem niet zelf te repareren, maar open een ticket. We sturen binnen 48 uur een vervangend exemplaar.</p>`,
      },
      pl: {
        title: `Aktualizacja oprogramowania diagnostycznego: zainstaluj do piątku`,
        summary: `Nowa wersja obsługuje najnowsze modele i o połowę skraca pełną diagnostykę auta. Instalacja trwa około 15 minut na tablet.`,
        bodyHtml: `<p>Dostępna jest nowa wersja oprogramowania diagnostycznego {{brand}}. Jest niezbędna do obsługi najnowszych modeli i musi zostać zainstalowana na każdym tablecie diagnostycznym do piątku wieczorem.</p>
<h2>Co nowego</h2>
<ul><li>Obsługa nowych modeli i ich systemów wspomagania kierowcy.</li><li>Pełna diagnostyka samochodu w około cztery minuty zamiast ośmiu.</li><li>Czytelniejsze opisy usterek z odnośnikiem do właściwej procedury naprawy.</li></ul>
<h2>Jak zainstalować</h2>
<p>Podłącz tablet do ładowarki i do Wi-Fi warsztatu, a gdy pojawi się komunikat, zaakceptuj aktualizację. Nie wyłączaj tabletu w trakcie instalacji – trwa ona około 15 minut.</p>
<p>Jeśli aktualizacja się nie powiedzie albo tablet przestanie się uruchamiać, nie próbuj go naprawiać na własną rękę: otwórz zgłoszenie, a w ciągu 48 godzin wyślemy tablet zastępczy.</p>`,
      },
    },
  },
  {
    key: 'customer-data-privacy',
    image: 'safety',
    imageAlt: alt.safety,
    authorTitle: author.dataProtectionOfficer,
    text: {
      en: {
        title: `Customer data: five habits that protect our customers and you`,
        summary: `Personal data is precious and protected by law. Five simple habits for everyone who handles customer files, at the desk or in the workshop.`,
        bodyHtml: `<p>Every day, {{brand}} dealers handle names, addresses, driving licences and bank details. Customers trust us with this information, and the law requires us to protect it. A few simple habits are enough.</p>
<h2>Five habits</h2>
<ul><li>Lock your screen when you leave your desk, even for a minute.</li><li>Never share your password, not even with a colleague.</li><li>Do not send customer data by private e-mail or messaging apps.</li><li>Shred paper copies of ID documents once they are no longer needed.</li><li>If a customer asks to see or delete their data, pass the request to your manager the same day.</li></ul>
<p>Made a mistake, such as sending a file to the wrong person? Report it straight away with a ticket. We have 72 hours to act, and it is always better to know quickly.</p>`,
      },
      it: {
        title: `Dati dei clienti: cinque abitudini che proteggono i clienti e voi`,
        summary: `I dati personali sono preziosi e tutelati dalla legge. Cinque abitudini semplici per chiunque gestisca le pratiche dei clienti, in ufficio o in officina.`,
        bodyHtml: `<p>Ogni giorno le concessionarie {{brand}} trattano nomi, indirizzi, patenti e dati bancari. I clienti ci affidano queste informazioni e la legge ci obbliga a proteggerle. Bastano poche abitudini semplici.</p>
<h2>Cinque abitudini</h2>
<ul><li>Bloccate lo schermo quando vi alzate dalla scrivania, anche solo per un minuto.</li><li>Non comunicate mai la vostra password, nemmeno a un collega.</li><li>Non inviate dati dei clienti da e-mail personali o app di messaggistica.</li><li>Distruggete le fotocopie dei documenti d'identità quando non servono più.</li><li>Se un cliente chiede di vedere o cancellare i propri dati, passate la richiesta al responsabile in giornata.</li></ul>
<p>Avete commesso un errore, per esempio inviando un file alla persona sbagliata? Segnalatelo subito con un ticket. Abbiamo 72 ore per intervenire, ed è sempre meglio saperlo presto.</p>`,
      },
      fr: {
        title: `Données clients : cinq réflexes qui protègent nos clients et vous`,
        summary: `Les données personnelles sont précieuses et protégées par la loi. Cinq réflexes simples pour tous ceux qui manipulent des dossiers clients, au bureau comme à l'atelier.`,
        bodyHtml: `<p>Chaque jour, les concessions {{brand}} manipulent des noms, des adresses, des permis de conduire et des coordonnées bancaires. Les clients nous confient ces informations, et la loi nous impose de les protéger. Quelques réflexes simples suffisent.</p>
<h2>Cinq réflexes</h2>
<ul><li>Verrouillez votre écran dès que vous quittez votre poste, même pour une minute.</li><li>Ne donnez jamais votre mot de passe, pas même à un collègue.</li><li>N'envoyez pas de données clients par messagerie personnelle ou par une appli de messagerie instantanée.</li><li>Détruisez les copies papier des pièces d'identité dès qu'elles ne sont plus utiles.</li><li>Si un client demande à consulter ou à supprimer ses données, transmettez la demande à votre responsable le jour même.</li></ul>
<p>Une erreur, comme un fichier envoyé à la mauvaise personne ? Signalez-la tout de suite par un ticket. Nous avons 72 heures pour agir, et mieux vaut toujours le savoir vite.</p>`,
      },
      es: {
        title: `Datos de clientes: cinco hábitos que nos protegen a todos`,
        summary: `Los datos personales son valiosos y están protegidos por la ley. Cinco hábitos sencillos para todos los que manejan expedientes de clientes, en la oficina o en el taller.`,
        bodyHtml: `<p>Cada día, los concesionarios {{brand}} manejan nombres, direcciones, permisos de conducir y datos bancarios. Los clientes nos confían esta información y la ley nos obliga a protegerla. Bastan unos pocos hábitos sencillos.</p>
<h2>Cinco hábitos</h2>
<ul><li>Bloquea la pantalla cuando te levantes de tu puesto, aunque sea un minuto.</li><li>No compartas nunca tu contraseña, ni siquiera con un compañero.</li><li>No envíes datos de clientes desde el correo personal ni por apps de mensajería.</li><li>Destruye las fotocopias de documentos de identidad cuando ya no hagan falta.</li><li>Si un cliente pide ver o borrar sus datos, pasa la solicitud a tu responsable ese mismo día.</li></ul>
<p>¿Has cometido un error, como enviar un archivo a la persona equivocada? Comunícalo enseguida con un ticket. Tenemos 72 horas para actuar, y siempre es mejor saberlo pronto.</p>`,
      },
      de: {
        title: `Kundendaten: fünf Gewohnheiten, die Kunden und Sie schützen`,
        summary: `Personenbezogene Daten sind wertvoll und gesetzlich geschützt. Fünf einfache Gewohnheiten für alle, die mit Kundendaten zu tun haben – im Büro wie in der Werkstatt.`,
        bodyHtml: `<p>Jeden Tag gehen {{brand}} Händler mit Namen, Adressen, Führerscheinen und Bankverbindungen um. Kunden vertrauen uns diese Daten an, und das Gesetz verpflichtet uns, sie zu schützen. Ein paar einfache Gewohnheiten reichen dafür.</p>
<h2>Fünf Gewohnheiten</h2>
<ul><li>Sperren Sie Ihren Bildschirm, wenn Sie den Arbeitsplatz verlassen, auch nur für eine Minute.</li><li>Geben Sie Ihr Passwort niemals weiter, auch nicht an Kolleginnen oder Kollegen.</li><li>Verschicken Sie Kundendaten nicht über private E-Mail-Konten oder Messenger-Apps.</li><li>Vernichten Sie Kopien von Ausweisen im Schredder, sobald sie nicht mehr gebraucht werden.</li><li>Wenn ein Kunde seine Daten einsehen oder löschen lassen möchte, geben Sie die Anfrage noch am selben Tag an Ihre Führungskraft weiter.</li></ul>
<p>Ist Ihnen ein Fehler passiert, etwa eine Datei an die falsche Person geschickt? Melden Sie es sofort per Ticket. Wir haben 72 Stunden Zeit zu handeln, und es ist immer besser, es früh zu wissen.</p>`,
      },
      nl: {
        title: `Klantgegevens: vijf gewoontes die klanten én jou beschermen`,
        summary: `Persoonsgegevens zijn waardevol en wettelijk beschermd. Vijf eenvoudige gewoontes voor iedereen die met klantdossiers werkt, op kantoor of in de werkplaats.`,
        bodyHtml: `<p>Elke dag werken {{brand}}-dealers met namen, adressen, rijbewijzen en bankgegevens. Klanten vertrouwen ons die gegevens toe, en de wet verplicht ons ze te beschermen. Een paar eenvoudige gewoontes zijn genoeg.</p>
<h2>Vijf gewoontes</h2>
<ul><li>Vergrendel je scherm als je van je plek wegloopt, ook al is het maar even.</li><li>Deel je wachtwoord nooit, ook niet met een collega.</li><li>Stuur geen klantgegevens via privémail of chat-apps.</li><li>Versnipper papieren kopieën van identiteitsbewijzen zodra je ze niet meer nodig hebt.</li><li>Vraagt een klant zijn gegevens in te zien of te laten wissen? Geef het verzoek dezelfde dag door aan je leidinggevende.</li></ul>
<p>Ging er iets mis, bijvoorbeeld een bestand naar de verkeerde persoon gestuurd? Meld het meteen met een ticket. We hebben 72 uur om te handelen, en het is altijd beter het snel te weten.</p>`,
      },
      pl: {
        title: `Dane klientów: pięć nawyków, które chronią klientów i Ciebie`,
        summary: `Dane osobowe są cenne i chronione prawem. Pięć prostych nawyków dla wszystkich, którzy mają do czynienia z dokumentami klientów – w biurze i w warsztacie.`,
        bodyHtml: `<p>Każdego dnia dealerzy {{brand}} przetwarzają imiona i nazwiska, adresy, prawa jazdy i dane bankowe. Klienci powierzają nam te informacje, a prawo zobowiązuje nas do ich ochrony. Wystarczy kilka prostych nawyków.</p>
<h2>Pięć nawyków</h2>
<ul><li>Blokuj ekran, gdy odchodzisz od stanowiska, nawet na minutę.</li><li>Nigdy nie podawaj nikomu swojego hasła, nawet koledze z pracy.</li><li>Nie wysyłaj danych klientów z prywatnej poczty ani przez komunikatory.</li><li>Niszcz papierowe kopie dokumentów tożsamości, gdy przestaną być potrzebne.</li><li>Jeśli klient prosi o wgląd w swoje dane lub ich usunięcie, przekaż prośbę przełożonemu tego samego dnia.</li></ul>
<p>Zdarzył się błąd, na przykład plik trafił do niewłaściwej osoby? Zgłoś to od razu przez system zgłoszeń. Mamy 72 godziny na reakcję, więc zawsze lepiej wiedzieć o tym szybko.</p>`,
      },
    },
  },
  {
    key: 'mechanics-skills-contest',
    image: 'trophy',
    imageAlt: alt.trophy,
    authorTitle: author.trainingManager,
    text: {
      en: {
        title: `Technician skills contest: who is the best in the network?`,
        summary: `An online quiz, regional heats and a national final on real cars. Registration is open to every technician, whatever their experience.`,
        bodyHtml: `<p>Our workshops are full of talent, and it is time to show it. The {{brand}} technician skills contest is back, open to every technician in the network, from apprentices to master technicians.</p>
<h2>How it works</h2>
<ul><li><strong>Round 1, online:</strong> a 30-minute quiz on diagnosis, electrics and maintenance, on your phone or computer.</li><li><strong>Round 2, regional heats:</strong> the best 20 in each region fix real faults on prepared cars, against the clock.</li><li><strong>Final:</strong> one day at the training centre, with the team of the winner's workshop invited.</li></ul>
<p>There is a separate ranking for apprentices and technicians with less than three years' experience, so everyone has a fair chance.</p>
<p>Registration closes at the end of the month. Workshop managers: encourage your team to take part. Last year's finalists say it was the best training they ever had.</p>`,
      },
      it: {
        title: `Gara di abilità per tecnici: chi è il migliore della rete?`,
        summary: `Un quiz online, selezioni regionali e una finale nazionale su auto vere. Possono iscriversi tutti i tecnici, qualunque sia la loro esperienza.`,
        bodyHtml: `<p>Le nostre officine sono piene di talento, ed è ora di mostrarlo. Torna la gara di abilità per tecnici {{brand}}, aperta a tutti i tecnici della rete, dagli apprendisti ai capi officina.</p>
<h2>Come funziona</h2>
<ul><li><strong>Fase 1, online:</strong> un quiz di 30 minuti su diagnosi, impianto elettrico e manutenzione, dal telefono o dal computer.</li><li><strong>Fase 2, selezioni regionali:</strong> i migliori 20 di ogni zona riparano guasti veri su auto preparate, contro il tempo.</li><li><strong>Finale:</strong> una giornata al centro di formazione, con invito per la squadra dell'officina del vincitore.</li></ul>
<p>C'è una classifica a parte per apprendisti e tecnici con meno di tre anni di esperienza, così tutti hanno una possibilità.</p>
<p>Le iscrizioni chiudono a fine mese. Capi officina: incoraggiate la vostra squadra a partecipare. I finalisti dell'anno scorso dicono che è stata la formazione migliore che abbiano mai fatto.</p>`,
      },
      fr: {
        title: `Concours des techniciens : qui est le meilleur du réseau ?`,
        summary: `Un quiz en ligne, des qualifications régionales et une finale nationale sur de vrais véhicules. Ouvert à tous les techniciens, quelle que soit leur expérience.`,
        bodyHtml: `<p>Nos ateliers regorgent de talents, et il est temps de le montrer. Le concours des techniciens {{brand}} est de retour, ouvert à tous les techniciens du réseau, de l'apprenti au technicien expert.</p>
<h2>Comment ça marche</h2>
<ul><li><strong>Manche 1, en ligne :</strong> un quiz de 30 minutes sur le diagnostic, l'électricité et l'entretien, sur téléphone ou ordinateur.</li><li><strong>Manche 2, qualifications régionales :</strong> les 20 meilleurs de chaque région réparent de vraies pannes sur des véhicules préparés, contre la montre.</li><li><strong>Finale :</strong> une journée au centre de formation, avec l'équipe de l'atelier du gagnant invitée.</li></ul>
<p>Un classement à part est prévu pour les apprentis et les techniciens de moins de trois ans d'expérience : chacun a sa chance.</p>
<p>Les inscriptions ferment à la fin du mois. Chefs d'atelier, encouragez votre équipe à participer : les finalistes de l'an dernier disent que c'est la meilleure formation qu'ils aient jamais suivie.</p>`,
      },
      es: {
        title: `Concurso de técnicos: ¿quién es el mejor de la red?`,
        summary: `Un test online, eliminatorias por zonas y una final nacional con coches reales. Pueden inscribirse todos los técnicos, tengan la experiencia que tengan.`,
        bodyHtml: `<p>Nuestros talleres están llenos de talento, y es hora de demostrarlo. Vuelve el concurso de técnicos de {{brand}}, abierto a todos los técnicos de la red, desde los aprendices hasta los jefes de taller.</p>
<h2>Cómo funciona</h2>
<ul><li><strong>Fase 1, online:</strong> un test de 30 minutos sobre diagnosis, electricidad y mantenimiento, desde el móvil o el ordenador.</li><li><strong>Fase 2, eliminatorias por zonas:</strong> los 20 mejores de cada zona reparan averías reales en coches preparados, contra reloj.</li><li><strong>Final:</strong> un día en el centro de formación, con el equipo del taller del ganador invitado.</li></ul>
<p>Hay una clasificación aparte para aprendices y técnicos con menos de tres años de experiencia, para que todo el mundo tenga opciones.</p>
<p>Las inscripciones se cierran a final de mes. Jefes de taller: animad a vuestro equipo a participar. Los finalistas del año pasado dicen que fue la mejor formación que han hecho nunca.</p>`,
      },
      de: {
        title: `Technikerwettbewerb: Wer ist der oder die Beste im Netz?`,
        summary: `Ein Online-Quiz, regionale Vorentscheide und ein nationales Finale an echten Fahrzeugen. Die Anmeldung steht allen Technikern offen, egal wie erfahren.`,
        bodyHtml: `<p>In unseren Werkstätten steckt viel Können, und es ist Zeit, es zu zeigen. Der {{brand}} Technikerwettbewerb ist zurück – offen für alle Techniker im Netz, vom Azubi bis zum Meister.</p>
<h2>So läuft es</h2>
<ul><li><strong>Runde 1, online:</strong> ein 30-minütiges Quiz zu Diagnose, Elektrik und Wartung, am Handy oder Computer.</li><li><strong>Runde 2, regionale Vorentscheide:</strong> Die besten 20 jeder Region beheben echte Fehler an vorbereiteten Fahrzeugen, auf Zeit.</li><li><strong>Finale:</strong> ein Tag im Trainingszentrum, zu dem auch das Team aus der Werkstatt des Siegers eingeladen wird.</li></ul>
<p>Für Azubis und Techniker mit weniger als drei Jahren Erfahrung gibt es eine eigene Wertung – so hat jeder eine faire Chance.</p>
<p>Anmeldeschluss ist Ende des Monats. Werkstattleiter: Ermutigen Sie Ihr Team mitzumachen. Die Finalisten vom letzten Jahr sagen, es war das beste Training, das sie je hatten.</p>`,
      },
      nl: {
        title: `Vakwedstrijd voor technici: wie is de beste van het netwerk?`,
        summary: `Een online quiz, regionale voorrondes en een landelijke finale op echte auto's. Elke technicus kan zich inschrijven, hoeveel ervaring je ook hebt.`,
        bodyHtml: `<p>Onze werkplaatsen zitten vol talent, en het is tijd om dat te laten zien. De {{brand}}-vakwedstrijd voor technici is terug, open voor alle technici in het netwerk, van leerling tot meestertechnicus.</p>
<h2>Zo werkt het</h2>
<ul><li><strong>Ronde 1, online:</strong> een quiz van 30 minuten over diagnose, elektrische systemen en onderhoud, op je telefoon of computer.</li><li><strong>Ronde 2, regionale voorrondes:</strong> de beste 20 per regio verhelpen echte storingen aan geprepareerde auto's, tegen de klok.</li><li><strong>Finale:</strong> een dag in het trainingscentrum, waar ook het team van de werkplaats van de winnaar voor wordt uitgenodigd.</li></ul>
<p>Er is een aparte ranglijst voor leerlingen en technici met minder dan drie jaar ervaring, zodat iedereen een eerlijke kans heeft.</p>
<p>Inschrijven kan tot het eind van de maand. Werkplaatschefs: moedig je team aan om mee te doen. De finalisten van vorig jaar zeggen dat het de beste training was die ze ooit hebben gehad.</p>`,
      },
      pl: {
        title: `Konkurs umiejętności mechaników: kto jest najlepszy w sieci?`,
        summary: `Quiz online, eliminacje regionalne i finał krajowy na prawdziwych samochodach. Zapisać może się każdy mechanik, bez względu na staż.`,
        bodyHtml: `<p>W naszych warsztatach nie brakuje talentów i czas to pokazać. Wraca konkurs umiejętności mechaników {{brand}}, otwarty dla wszystkich mechaników w sieci, od uczniów po mistrzów.</p>
<h2>Jak to działa</h2>
<ul><li><strong>Etap 1, online:</strong> 30-minutowy quiz z diagnostyki, elektryki i obsługi okresowej, na telefonie lub komputerze.</li><li><strong>Etap 2, eliminacje regionalne:</strong> najlepsza dwudziestka z każdego regionu usuwa prawdziwe usterki w przygotowanych samochodach, na czas.</li><li><strong>Finał:</strong> jeden dzień w centrum szkoleniowym, na który zaprosimy też zespół z warsztatu zwycięzcy.</li></ul>
<p>Osobny ranking przewidzieliśmy dla uczniów i mechaników ze stażem krótszym niż trzy lata, żeby każdy miał równe szanse.</p>
<p>Zapisy trwają do końca miesiąca. Kierownicy warsztatów: zachęcajcie swoje zespoły do udziału. Zeszłoroczni finaliści mówią, że to było najlepsze szkolenie w ich karierze.</p>`,
      },
    },
  },
  {
    key: 'delivery-delays-update',
    image: 'parts-logistics',
    imageAlt: alt['parts-logistics'],
    authorTitle: author.salesDirector,
    text: {
      en: {
        title: `Delivery delays: what to tell your customers this week`,
        summary: `A supplier problem is delaying some new cars by two to four weeks. Here are the facts, the message for customers and the gesture we are offering.`,
        bodyHtml: `<p>A problem at one of our suppliers is delaying the production of some {{brand}} models. About 3,000 customer orders in the network are affected, with delays of two to four weeks.</p>
<h2>What to do today</h2>
<ul><li>Check your list of affected orders: it is in the ordering system, under "Delayed".</li><li>Call every affected customer yourself before Friday. Do not wait for them to call you.</li><li>Give the new delivery week shown in the system, and nothing more precise.</li></ul>
<h2>Our gesture for customers</h2>
<p>Every affected customer is offered a free first service, or a replacement car until delivery if they need one. Record the customer's choice in the order.</p>
<p>We will update this page every Tuesday until the situation is back to normal. If a customer is very unhappy, involve your sales manager straight away.</p>`,
      },
      it: {
        title: `Ritardi nelle consegne: cosa dire ai clienti questa settimana`,
        summary: `Un problema di un fornitore ritarda alcune auto nuove di due-quattro settimane. Ecco i fatti, il messaggio per i clienti e il gesto che offriamo.`,
        bodyHtml: `<p>Un problema presso uno dei nostri fornitori sta rallentando la produzione di alcuni modelli {{brand}}. Nella rete sono interessati circa 3.000 ordini di clienti, con ritardi da due a quattro settimane.</p>
<h2>Cosa fare oggi</h2>
<ul><li>Controllate l'elenco degli ordini interessati: lo trovate nel sistema ordini, alla voce «In ritardo».</li><li>Chiamate personalmente ogni cliente interessato entro venerdì. Non aspettate che sia lui a chiamare.</li><li>Comunicate la nuova settimana di consegna indicata nel sistema, e niente di più preciso.</li></ul>
<h2>Il nostro gesto per i clienti</h2>
<p>A ogni cliente interessato offriamo il primo tagliando gratuito oppure, se ne ha bisogno, un'auto sostitutiva fino alla consegna. Registrate la scelta del cliente nell'ordine.</p>
<p>Aggiorneremo questa pagina ogni martedì fino al ritorno alla normalità. Se un cliente è molto scontento, coinvolgete subito il vostro responsabile vendite.</p>`,
      },
      fr: {
        title: `Retards de livraison : ce qu'il faut dire à vos clients cette semaine`,
        summary: `Un problème chez un fournisseur retarde certains véhicules neufs de deux à quatre semaines. Voici les faits, le message pour les clients et le geste proposé.`,
        bodyHtml: `<p>Un problème chez l'un de nos fournisseurs ralentit la production de certains modèles {{brand}}. Environ 3 000 commandes clients du réseau sont concernées, avec des retards de deux à quatre semaines.</p>
<h2>À faire dès aujourd'hui</h2>
<ul><li>Consultez la liste de vos commandes concernées : elle se trouve dans l'outil de commande, sous « Retardées ».</li><li>Appelez vous-même chaque client concerné avant vendredi. N'attendez pas qu'il vous appelle.</li><li>Donnez la nouvelle semaine de livraison affichée dans l'outil, sans vous engager sur une date plus précise.</li></ul>
<h2>Notre geste pour les clients</h2>
<p>Chaque client concerné se voit proposer sa première révision offerte, ou un véhicule de remplacement jusqu'à la livraison s'il en a besoin. Notez le choix du client dans la commande.</p>
<p>Nous mettrons cette page à jour chaque mardi jusqu'au retour à la normale. Si un client est très mécontent, faites intervenir tout de suite votre chef des ventes.</p>`,
      },
      es: {
        title: `Retrasos en las entregas: qué decir a tus clientes esta semana`,
        summary: `Un problema en un proveedor retrasa algunos coches nuevos entre dos y cuatro semanas. Aquí tienes los hechos, el mensaje para los clientes y el detalle que ofrecemos.`,
        bodyHtml: `<p>Un problema en uno de nuestros proveedores está retrasando la producción de algunos modelos {{brand}}. En la red hay unos 3.000 pedidos de clientes afectados, con retrasos de dos a cuatro semanas.</p>
<h2>Qué hacer hoy</h2>
<ul><li>Revisa tu lista de pedidos afectados: está en el sistema de pedidos, en el apartado «Retrasados».</li><li>Llama personalmente a cada cliente afectado antes del viernes. No esperes a que te llame él.</li><li>Dale la nueva semana de entrega que aparece en el sistema, sin comprometerte a una fecha más exacta.</li></ul>
<h2>Nuestro detalle con los clientes</h2>
<p>A cada cliente afectado le ofrecemos la primera revisión gratis o, si lo necesita, un coche de sustitución hasta la entrega. Anota en el pedido lo que elija el cliente.</p>
<p>Actualizaremos esta página cada martes hasta que todo vuelva a la normalidad. Si un cliente está muy molesto, avisa enseguida a tu jefe de ventas.</p>`,
      },
      de: {
        title: `Lieferverzögerungen: Was Sie Ihren Kunden diese Woche sagen`,
        summary: `Ein Problem bei einem Zulieferer verzögert einige Neuwagen um zwei bis vier Wochen. Hier sind die Fakten, die Botschaft für Kunden und unsere Kulanzgeste.`,
        bodyHtml: `<p>Ein Problem bei einem unserer Zulieferer bremst die Produktion einiger {{brand}} Modelle. Im Netz sind rund 3.000 Kundenaufträge betroffen, mit Verzögerungen von zwei bis vier Wochen.</p>
<h2>Was heute zu tun ist</h2>
<ul><li>Prüfen Sie die Liste Ihrer betroffenen Aufträge: Sie finden sie im Bestellsystem unter „Verzögert“.</li><li>Rufen Sie jeden betroffenen Kunden bis Freitag selbst an. Warten Sie nicht, bis er sich meldet.</li><li>Nennen Sie die neue Lieferwoche aus dem System – und keinen genaueren Termin.</li></ul>
<h2>Unsere Geste für die Kunden</h2>
<p>Jedem betroffenen Kunden bieten wir die erste Inspektion kostenlos an oder, falls nötig, ein Ersatzfahrzeug bis zur Auslieferung. Vermerken Sie die Wahl des Kunden im Auftrag.</p>
<p>Wir aktualisieren diese Seite jeden Dienstag, bis sich die Lage normalisiert hat. Ist ein Kunde sehr verärgert, ziehen Sie sofort Ihre Verkaufsleitung hinzu.</p>`,
      },
      nl: {
        title: `Vertraagde leveringen: wat je deze week tegen klanten zegt`,
        summary: `Door een probleem bij een leverancier komen sommige nieuwe auto's twee tot vier weken later. Hier de feiten, de boodschap voor klanten en ons gebaar.`,
        bodyHtml: `<p>Een probleem bij een van onze leveranciers vertraagt de productie van een aantal {{brand}}-modellen. In het netwerk gaat het om zo'n 3.000 klantorders, met vertragingen van twee tot vier weken.</p>
<h2>Wat je vandaag doet</h2>
<ul><li>Bekijk de lijst met je getroffen orders: die staat in het bestelsysteem onder 'Vertraagd'.</li><li>Bel elke getroffen klant vóór vrijdag zelf op. Wacht niet tot de klant jou belt.</li><li>Noem de nieuwe leverweek uit het systeem, en geen preciezere datum.</li></ul>
<h2>Ons gebaar naar klanten</h2>
<p>Elke getroffen klant krijgt een gratis eerste onderhoudsbeurt aangeboden, of een vervangende auto tot de aflevering als dat nodig is. Leg de keuze van de klant vast in de order.</p>
<p>We werken deze pagina elke dinsdag bij tot alles weer normaal loopt. Is een klant erg ontevreden? Schakel dan direct je verkoopmanager in.</p>`,
      },
      pl: {
        title: `Opóźnienia dostaw: co powiedzieć klientom w tym tygodniu`,
        summary: `Problem u dostawcy opóźnia część nowych samochodów o dwa do czterech tygodni. Oto fakty, komunikat dla klientów i gest, który proponujemy.`,
        bodyHtml: `<p>Problem u jednego z naszych dostawców spowalnia produkcję niektórych modeli {{brand}}. W sieci dotyczy to około 3000 zamówień klientów, a opóźnienia wynoszą od dwóch do czterech tygodni.</p>
<h2>Co zrobić dzisiaj</h2>
<ul><li>Sprawdź listę swoich zamówień objętych opóźnieniem: znajdziesz ją w systemie zamówień, w zakładce „Opóźnione”.</li><li>Do piątku osobiście zadzwoń do każdego klienta, którego to dotyczy. Nie czekaj, aż to on zadzwoni.</li><li>Podaj nowy tydzień dostawy widoczny w systemie i nie obiecuj dokładniejszej daty.</li></ul>
<h2>Nasz gest dla klientów</h2>
<p>Każdemu klientowi, którego dotyczy opóźnienie, proponujemy bezpłatny pierwszy przegląd albo, jeśli go potrzebuje, samochód zastępczy do dnia wydania. Zapisz wybór klienta w zamówieniu.</p>
<p>Będziemy aktualizować tę stronę w każdy wtorek, aż sytuacja wróci do normy. Jeśli klient jest bardzo niezadowolony, od razu zaangażuj kierownika sprzedaży.</p>`,
      },
    },
  },
];
