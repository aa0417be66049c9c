import type { ArticleTemplate } from './types.js';
import { alt, author } from './articles-common.js';

/** Article templates 7–12: CEO message, warranty, CRM data, EV chargers, used cars, tooling. */
export const articles2: ArticleTemplate[] = [
  {
    key: 'ceo-message',
    image: 'ceo-message',
    imageAlt: alt['ceo-message'],
    authorTitle: author.ceo,
    text: {
      en: {
        title: `A message to everyone in the {{brand}} network`,
        summary: `Our chief executive looks back on a demanding half-year, thanks the network and sets out three priorities for the months ahead.`,
        bodyHtml: `<p>Dear colleagues, the last six months have asked a lot of all of you. Deliveries were late, customers were impatient, and you found solutions every single day. Thank you.</p>
<p>{{brand}} is only as strong as the people who meet our customers: in the showroom, at the service desk and under the cars. I see your results, and I also see the effort behind them.</p>
<h2>Our three priorities</h2>
<ul><li><strong>Customers first:</strong> every promise we make on a date or a price, we keep.</li><li><strong>A stronger workshop:</strong> more trained technicians, better tools and faster parts.</li><li><strong>Listening to you:</strong> this page is open for comments, and I will answer them myself.</li></ul>
<p>Tell me what works and what does not. The best ideas in this company have always come from the field.</p>`,
      },
      it: {
        title: `Un messaggio a tutta la rete {{brand}}`,
        summary: `Il nostro amministratore delegato ripercorre un semestre impegnativo, ringrazia la rete e indica tre priorità per i prossimi mesi.`,
        bodyHtml: `<p>Care colleghe e cari colleghi, questi sei mesi vi hanno chiesto moltissimo. Le consegne erano in ritardo, i clienti impazienti, e voi ogni giorno avete trovato una soluzione. Grazie.</p>
<p>{{brand}} è forte quanto le persone che incontrano i nostri clienti: in salone, in accettazione e sotto le auto in officina. Vedo i vostri risultati, e vedo anche la fatica che c'è dietro.</p>
<h2>Le nostre tre priorità</h2>
<ul><li><strong>Il cliente prima di tutto:</strong> ogni promessa su una data o su un prezzo la manteniamo.</li><li><strong>Un'officina più forte:</strong> più tecnici formati, attrezzature migliori e ricambi più veloci.</li><li><strong>Ascoltarvi:</strong> questa pagina è aperta ai commenti, e risponderò personalmente.</li></ul>
<p>Ditemi cosa funziona e cosa no. Le idee migliori di questa azienda sono sempre arrivate dal territorio.</p>`,
      },
      fr: {
        title: `Un message à tout le réseau {{brand}}`,
        summary: `Notre directeur général revient sur un semestre exigeant, remercie le réseau et fixe trois priorités pour les mois à venir.`,
        bodyHtml: `<p>Chères et chers collègues, ces six derniers mois vous ont beaucoup demandé. Les livraisons avaient du retard, les clients s'impatientaient, et chaque jour vous avez trouvé des solutions. Merci.</p>
<p>{{brand}} n'est fort que grâce aux femmes et aux hommes qui rencontrent nos clients : au showroom, à la réception atelier et sous les véhicules. Je vois vos résultats, et je vois aussi l'effort qu'il y a derrière.</p>
<h2>Nos trois priorités</h2>
<ul><li><strong>Le client d'abord :</strong> chaque promesse faite sur un délai ou un prix, nous la tenons.</li><li><strong>Un atelier plus fort :</strong> plus de techniciens formés, de meilleurs outils et des pièces plus rapides.</li><li><strong>Vous écouter :</strong> cette page est ouverte aux commentaires, et j'y répondrai moi-même.</li></ul>
<p>Dites-moi ce qui marche et ce qui ne marche pas. Les meilleures idées de cette entreprise sont toujours venues du terrain.</p>`,
      },
      es: {
        title: `Un mensaje para toda la red {{brand}}`,
        summary: `Nuestro consejero delegado repasa un semestre exigente, da las gracias a la red y marca tres prioridades para los próximos meses.`,
        bodyHtml: `<p>Queridos compañeros y compañeras: estos seis meses os han exigido mucho. Las entregas se retrasaban, los clientes estaban impacientes y vosotros encontrasteis soluciones cada día. Gracias.</p>
<p>{{brand}} es tan fuerte como las personas que atienden a nuestros clientes: en la exposición, en la recepción del taller y debajo de los coches. Veo vuestros resultados, y también el esfuerzo que hay detrás.</p>
<h2>Nuestras tres prioridades</h2>
<ul><li><strong>El cliente, lo primero:</strong> cada promesa sobre un plazo o un precio, la cumplimos.</li><li><strong>Un taller más fuerte:</strong> más técnicos formados, mejores herramientas y recambios más rápidos.</li><li><strong>Escucharos:</strong> esta página está abierta a comentarios y los responderé personalmente.</li></ul>
<p>Contadme qué funciona y qué no. Las mejores ideas de esta empresa siempre han salido del día a día de la red.</p>`,
      },
      de: {
        title: `Eine Botschaft an alle im {{brand}} Netz`,
        summary: `Unser Vorsitzender der Geschäftsführung blickt auf ein forderndes Halbjahr zurück, dankt dem Netz und nennt drei Schwerpunkte für die kommenden Monate.`,
        bodyHtml: `<p>Liebe Kolleginnen und Kollegen, die letzten sechs Monate haben Ihnen viel abverlangt. Lieferungen kamen zu spät, Kunden wurden ungeduldig, und Sie haben jeden Tag eine Lösung gefunden. Danke.</p>
<p>{{brand}} ist nur so stark wie die Menschen, die unseren Kunden begegnen: im Schauraum, an der Serviceannahme und unter den Fahrzeugen. Ich sehe Ihre Ergebnisse – und ich sehe auch die Arbeit, die dahintersteckt.</p>
<h2>Unsere drei Schwerpunkte</h2>
<ul><li><strong>Der Kunde zuerst:</strong> Jedes Versprechen zu Termin oder Preis halten wir ein.</li><li><strong>Eine starke Werkstatt:</strong> mehr geschulte Techniker, besseres Werkzeug und schnellere Teile.</li><li><strong>Zuhören:</strong> Diese Seite ist für Kommentare offen, und ich antworte selbst.</li></ul>
<p>Sagen Sie mir, was funktioniert und was nicht. Die besten Ideen dieses Unternehmens kamen immer aus der Praxis.</p>`,
      },
      nl: {
        title: `Een bericht aan iedereen in het {{brand}}-netwerk`,
        summary: `Onze algemeen directeur kijkt terug op een zwaar halfjaar, bedankt het dealernetwerk en noemt drie prioriteiten voor de komende maanden.`,
        bodyHtml: `<p>Beste collega's, de afgelopen zes maanden is er veel van jullie gevraagd. Leveringen liepen uit, klanten werden ongeduldig, en jullie vonden elke dag weer een oplossing. Dank je wel.</p>
<p>{{brand}} is zo sterk als de mensen die onze klanten ontmoeten: in de showroom, aan de servicebalie en onder de auto's. Ik zie jullie resultaten, en ik zie ook het werk dat daarachter zit.</p>
<h2>Onze drie prioriteiten</h2>
<ul><li><strong>De klant eerst:</strong> elke belofte over een datum of een prijs komen we na.</li><li><strong>Een sterkere werkplaats:</strong> meer opgeleide technici, beter gereedschap en snellere onderdelen.</li><li><strong>Naar jullie luisteren:</strong> onder dit bericht kun je reageren, en ik antwoord zelf.</li></ul>
<p>Vertel me wat werkt en wat niet. De beste ideeën van dit bedrijf kwamen altijd uit de praktijk.</p>`,
      },
      pl: {
        title: `List do wszystkich w sieci {{brand}}`,
        summary: `Nasz prezes podsumowuje wymagające półrocze, dziękuje sieci i przedstawia trzy priorytety na najbliższe miesiące.`,
        bodyHtml: `<p>Drogie Koleżanki i Drodzy Koledzy, ostatnie sześć miesięcy wiele od Was wymagało. Dostawy się opóźniały, klienci się niecierpliwili, a Wy każdego dnia znajdowaliście rozwiązania. Dziękuję.</p>
<p>{{brand}} jest tak silny, jak ludzie, którzy spotykają się z naszymi klientami: w salonie, w recepcji serwisu i w warsztacie. Widzę Wasze wyniki i widzę też wysiłek, który za nimi stoi.</p>
<h2>Nasze trzy priorytety</h2>
<ul><li><strong>Klient przede wszystkim:</strong> każdej obietnicy dotyczącej terminu lub ceny dotrzymujemy.</li><li><strong>Silniejszy serwis:</strong> więcej przeszkolonych mechaników, lepsze narzędzia i szybsze dostawy części.</li><li><strong>Słuchanie Was:</strong> pod tym wpisem można dodawać komentarze, a ja odpowiem na nie osobiście.</li></ul>
<p>Piszcie, co działa, a co nie. Najlepsze pomysły w tej firmie zawsze pochodziły od ludzi, którzy na co dzień pracują z klientami.</p>`,
      },
    },
  },
  {
    key: 'warranty-extension',
    image: 'handshake',
    imageAlt: alt.handshake,
    authorTitle: author.afterSalesDirector,
    text: {
      en: {
        title: `Warranty extension: new terms from next month`,
        summary: `Customers can now extend their {{brand}} warranty up to seven years, as long as the car is serviced in our network. Here is what changes.`,
        bodyHtml: `<p>From the first of next month, the {{brand}} warranty extension becomes simpler and longer. It is a strong argument at the sales desk and a good reason for customers to keep coming back to your workshop.</p>
<h2>What changes</h2>
<ul><li>The extension can now run up to <strong>seven years or 150,000 km</strong>, whichever comes first.</li><li>Customers can buy it at any time until the end of the standard warranty, not only at purchase.</li><li>The only condition: every service must be done in the {{brand}} network, on time.</li></ul>
<h2>What to do</h2>
<p>Salespeople: offer the extension with every new car, and with every used car under three years old. Service advisers: check the end date of the warranty at each visit and mention the extension before it runs out.</p>
<p>The new price list and the customer leaflet are in the Documents section.</p>`,
      },
      it: {
        title: `Estensione di garanzia: nuove condizioni dal mese prossimo`,
        summary: `I clienti potranno estendere la garanzia {{brand}} fino a sette anni, purché l'auto faccia i tagliandi nella nostra rete. Ecco cosa cambia.`,
        bodyHtml: `<p>Dal primo del mese prossimo l'estensione di garanzia {{brand}} diventa più semplice e più lunga. È un argomento forte al tavolo della vendita e un buon motivo per far tornare i clienti nella vostra officina.</p>
<h2>Cosa cambia</h2>
<ul><li>L'estensione può arrivare fino a <strong>sette anni o 150.000 km</strong>, al primo dei due limiti raggiunto.</li><li>Il cliente può acquistarla in qualsiasi momento fino alla scadenza della garanzia di base, non solo all'acquisto dell'auto.</li><li>Unica condizione: tutti i tagliandi vanno fatti nella rete {{brand}}, alle scadenze previste.</li></ul>
<h2>Cosa fare</h2>
<p>Venditori: proponete l'estensione con ogni auto nuova e con ogni usato con meno di tre anni. Accettatori: a ogni visita controllate la scadenza della garanzia e parlate dell'estensione prima che scada.</p>
<p>Il nuovo listino e il pieghevole per i clienti sono nella sezione Documenti.</p>`,
      },
      fr: {
        title: `Extension de garantie : nouvelles conditions le mois prochain`,
        summary: `Les clients pourront prolonger leur garantie {{brand}} jusqu'à sept ans, à condition d'entretenir leur véhicule dans notre réseau. Voici ce qui change.`,
        bodyHtml: `<p>À partir du 1er du mois prochain, l'extension de garantie {{brand}} devient plus simple et plus longue. C'est un vrai argument de vente et une bonne raison pour les clients de revenir dans votre atelier.</p>
<h2>Ce qui change</h2>
<ul><li>L'extension peut désormais aller jusqu'à <strong>sept ans ou 150 000 km</strong>, au premier des deux termes atteint.</li><li>Le client peut la souscrire à tout moment jusqu'à la fin de la garantie constructeur, et pas seulement à l'achat.</li><li>Seule condition : tous les entretiens doivent être faits dans le réseau {{brand}}, dans les délais.</li></ul>
<h2>Ce que vous devez faire</h2>
<p>Vendeurs : proposez l'extension avec chaque véhicule neuf et chaque occasion de moins de trois ans. Conseillers service : vérifiez la date de fin de garantie à chaque passage et parlez de l'extension avant l'échéance.</p>
<p>La nouvelle grille tarifaire et le dépliant client sont dans la rubrique Documents.</p>`,
      },
      es: {
        title: `Extensión de garantía: nuevas condiciones el mes que viene`,
        summary: `Los clientes podrán ampliar su garantía {{brand}} hasta siete años, siempre que hagan las revisiones en nuestra red. Esto es lo que cambia.`,
        bodyHtml: `<p>A partir del día 1 del mes que viene, la extensión de garantía {{brand}} es más sencilla y más larga. Es un buen argumento en la mesa de ventas y un buen motivo para que los clientes sigan volviendo a vuestro taller.</p>
<h2>Qué cambia</h2>
<ul><li>La extensión puede llegar a <strong>siete años o 150.000 km</strong>, lo que ocurra primero.</li><li>El cliente puede contratarla en cualquier momento hasta que termine la garantía de fábrica, no solo al comprar el coche.</li><li>Única condición: todas las revisiones deben hacerse en la red {{brand}}, en su plazo.</li></ul>
<h2>Qué hay que hacer</h2>
<p>Comerciales: ofreced la extensión con cada coche nuevo y con cada usado de menos de tres años. Asesores de servicio: en cada visita, comprobad cuándo termina la garantía y mencionad la extensión antes de que venza.</p>
<p>La nueva tarifa y el folleto para clientes están en la sección Documentos.</p>`,
      },
      de: {
        title: `Garantieverlängerung: neue Bedingungen ab nächstem Monat`,
        summary: `Kunden können ihre {{brand}} Garantie künftig auf bis zu sieben Jahre verlängern, wenn das Fahrzeug in unserem Netz gewartet wird. Das ändert sich.`,
        bodyHtml: `<p>Ab dem Ersten des nächsten Monats wird die {{brand}} Garantieverlängerung einfacher und länger. Das ist ein starkes Verkaufsargument und ein guter Grund für Kunden, Ihrer Werkstatt treu zu bleiben.</p>
<h2>Was sich ändert</h2>
<ul><li>Die Verlängerung gilt jetzt bis zu <strong>sieben Jahre oder 150.000 km</strong>, je nachdem, was zuerst erreicht wird.</li><li>Kunden können sie jederzeit bis zum Ende der Herstellergarantie abschließen, nicht nur beim Kauf.</li><li>Einzige Bedingung: Alle Wartungen werden fristgerecht im {{brand}} Netz durchgeführt.</li></ul>
<h2>Was zu tun ist</h2>
<p>Verkauf: Bieten Sie die Verlängerung zu jedem Neuwagen und zu jedem Gebrauchtwagen unter drei Jahren an. Serviceannahme: Prüfen Sie bei jedem Besuch das Garantieende und sprechen Sie die Verlängerung rechtzeitig an.</p>
<p>Die neue Preisliste und das Kundenfaltblatt finden Sie im Bereich Dokumente.</p>`,
      },
      nl: {
        title: `Garantieverlenging: nieuwe voorwaarden vanaf volgende maand`,
        summary: `Klanten kunnen hun {{brand}}-garantie verlengen tot zeven jaar, als de auto in ons netwerk onderhouden wordt. Dit verandert er.`,
        bodyHtml: `<p>Vanaf de eerste van volgende maand wordt de {{brand}}-garantieverlenging eenvoudiger en langer. Een sterk argument bij de verkoop, en een goede reden voor klanten om bij jullie werkplaats te blijven komen.</p>
<h2>Wat er verandert</h2>
<ul><li>De verlenging loopt nu tot <strong>zeven jaar of 150.000 km</strong>, wat het eerst bereikt wordt.</li><li>Klanten kunnen haar op elk moment afsluiten zolang de fabrieksgarantie loopt, niet alleen bij aankoop.</li><li>Enige voorwaarde: elke onderhoudsbeurt gebeurt op tijd binnen het {{brand}}-netwerk.</li></ul>
<h2>Wat je moet doen</h2>
<p>Verkopers: bied de verlenging aan bij elke nieuwe auto en bij elke occasion jonger dan drie jaar. Serviceadviseurs: controleer bij elk bezoek wanneer de garantie afloopt en noem de verlenging op tijd.</p>
<p>De nieuwe prijslijst en de folder voor klanten staan bij Documenten.</p>`,
      },
      pl: {
        title: `Przedłużenie gwarancji: nowe warunki od przyszłego miesiąca`,
        summary: `Klienci będą mogli przedłużyć gwarancję {{brand}} nawet do siedmiu lat, jeśli samochód będzie serwisowany w naszej sieci. Oto, co się zmienia.`,
        bodyHtml: `<p>Od pierwszego dnia przyszłego miesiąca przedłużenie gwarancji {{brand}} będzie prostsze i dłuższe. To mocny argument przy sprzedaży i dobry powód, by klienci wracali do Waszego serwisu.</p>
<h2>Co się zmienia</h2>
<ul><li>Przedłużenie może teraz obejmować <strong>do siedmiu lat lub 150 000 km</strong>, w zależności od tego, co nastąpi wcześniej.</li><li>Klient może je wykupić w dowolnym momencie do końca gwarancji fabrycznej, a nie tylko przy zakupie.</li><li>Jedyny warunek: wszystkie przeglądy muszą być wykonywane terminowo w sieci {{brand}}.</li></ul>
<h2>Co robić</h2>
<p>Sprzedawcy: proponujcie przedłużenie przy każdym nowym samochodzie i przy każdym używanym, który ma mniej niż trzy lata. Doradcy serwisowi: przy każdej wizycie sprawdzajcie datę końca gwarancji i mówcie o przedłużeniu, zanim minie.</p>
<p>Nowy cennik i ulotka dla klientów są w sekcji Dokumenty.</p>`,
      },
    },
  },
  {
    key: 'crm-data-quality',
    image: 'chart-up',
    imageAlt: alt['chart-up'],
    authorTitle: author.crmManager,
    text: {
      en: {
        title: `Clean customer data: a one-month drive starts today`,
        summary: `One customer record in five has a missing phone number or an old address. Five minutes a day per person is enough to fix it.`,
        bodyHtml: `<p>When we cannot reach a customer, we cannot invite them for a service, a recall or a test drive. Today, one {{brand}} customer record in five has a missing phone number, an old address or no consent recorded.</p>
<h2>What we ask of you</h2>
<ul><li>At every visit, check the phone number and e-mail address with the customer.</li><li>Record the customer's consent for contact, or their refusal, in the CRM.</li><li>Merge duplicates when you see them: the CRM shows a warning on duplicate records.</li></ul>
<p>Each dealer can see its data-quality score on its dashboard, updated every night. The five dealers that improve the most this month will win a team dinner.</p>
<p>Never copy customer data into personal notebooks or spreadsheets. Everything stays in the CRM, where it is protected.</p>`,
      },
      it: {
        title: `Dati clienti puliti: parte oggi un mese di impegno comune`,
        summary: `Una scheda cliente su cinque non ha il telefono o ha un indirizzo vecchio. Bastano cinque minuti al giorno a testa per sistemarle.`,
        bodyHtml: `<p>Se non riusciamo a contattare un cliente, non possiamo invitarlo per un tagliando, un richiamo o una prova su strada. Oggi una scheda cliente {{brand}} su cinque non ha il numero di telefono, ha un indirizzo vecchio o non riporta il consenso.</p>
<h2>Cosa vi chiediamo</h2>
<ul><li>A ogni visita, verificate con il cliente numero di telefono e indirizzo e-mail.</li><li>Registrate nel CRM il consenso al contatto, o il rifiuto.</li><li>Unite le schede doppie quando le trovate: il CRM segnala i duplicati con un avviso.</li></ul>
<p>Ogni concessionaria vede il proprio punteggio di qualità dei dati nel cruscotto, aggiornato ogni notte. Le cinque concessionarie che miglioreranno di più questo mese vinceranno una cena di squadra.</p>
<p>Non copiate mai i dati dei clienti su quaderni o fogli di calcolo personali. Tutto resta nel CRM, dove è protetto.</p>`,
      },
      fr: {
        title: `Des données clients propres : un mois de mobilisation dès aujourd'hui`,
        summary: `Une fiche client sur cinq n'a pas de numéro de téléphone ou une adresse périmée. Cinq minutes par jour et par personne suffisent à corriger le tir.`,
        bodyHtml: `<p>Quand on ne peut pas joindre un client, on ne peut pas l'inviter à un entretien, à un rappel ou à un essai. Aujourd'hui, une fiche client {{brand}} sur cinq n'a pas de numéro de téléphone, a une adresse périmée ou aucun consentement enregistré.</p>
<h2>Ce que nous vous demandons</h2>
<ul><li>À chaque visite, vérifiez avec le client son numéro de téléphone et son adresse e-mail.</li><li>Enregistrez dans le CRM son accord pour être contacté, ou son refus.</li><li>Fusionnez les doublons quand vous les repérez : le CRM affiche une alerte sur les fiches en double.</li></ul>
<p>Chaque concession voit son score de qualité des données sur son tableau de bord, mis à jour chaque nuit. Les cinq concessions qui progresseront le plus ce mois-ci gagneront un dîner d'équipe.</p>
<p>Ne recopiez jamais de données clients dans un carnet ou un tableur personnel. Tout reste dans le CRM, où elles sont protégées.</p>`,
      },
      es: {
        title: `Datos de clientes limpios: hoy empieza un mes de limpieza`,
        summary: `Una de cada cinco fichas de cliente no tiene teléfono o tiene una dirección antigua. Con cinco minutos al día por persona basta para arreglarlo.`,
        bodyHtml: `<p>Si no podemos localizar a un cliente, no podemos invitarlo a una revisión, a una campaña o a una prueba de conducción. Hoy, una de cada cinco fichas de clientes de {{brand}} no tiene teléfono, tiene una dirección antigua o no tiene registrado el consentimiento.</p>
<h2>Qué os pedimos</h2>
<ul><li>En cada visita, comprobad con el cliente su teléfono y su correo electrónico.</li><li>Registrad en el CRM si acepta que le contactemos, o si lo rechaza.</li><li>Fusionad las fichas duplicadas cuando las veáis: el CRM muestra un aviso en los duplicados.</li></ul>
<p>Cada concesionario ve su nota de calidad de datos en su panel, actualizada cada noche. Los cinco concesionarios que más mejoren este mes ganarán una cena de equipo.</p>
<p>No copiéis nunca datos de clientes en libretas u hojas de cálculo personales. Todo se queda en el CRM, donde está protegido.</p>`,
      },
      de: {
        title: `Saubere Kundendaten: Heute startet unser Aktionsmonat`,
        summary: `Bei jedem fünften Kundendatensatz fehlt die Telefonnummer oder die Adresse ist veraltet. Fünf Minuten pro Tag und Person reichen, um das zu ändern.`,
        bodyHtml: `<p>Wenn wir einen Kunden nicht erreichen, können wir ihn weder zum Service noch zu einer Rückrufaktion oder Probefahrt einladen. Heute fehlt bei jedem fünften {{brand}} Kundendatensatz die Telefonnummer, die Adresse ist veraltet oder es ist keine Einwilligung hinterlegt.</p>
<h2>Worum wir Sie bitten</h2>
<ul><li>Prüfen Sie bei jedem Besuch Telefonnummer und E-Mail-Adresse gemeinsam mit dem Kunden.</li><li>Erfassen Sie im CRM die Einwilligung zur Kontaktaufnahme – oder die Ablehnung.</li><li>Führen Sie Dubletten zusammen, sobald Sie sie sehen: Das CRM zeigt bei doppelten Datensätzen einen Hinweis.</li></ul>
<p>Jeder Betrieb sieht seinen Datenqualitätswert im Dashboard, jede Nacht aktualisiert. Die fünf Betriebe, die sich in diesem Monat am stärksten verbessern, gewinnen ein Teamessen.</p>
<p>Übertragen Sie Kundendaten niemals in private Notizbücher oder Tabellen. Alles bleibt im CRM, wo die Daten geschützt sind.</p>`,
      },
      nl: {
        title: `Schone klantgegevens: vandaag begint onze actiemaand`,
        summary: `Bij één op de vijf klantkaarten ontbreekt het telefoonnummer of klopt het adres niet meer. Vijf minuten per dag per persoon is genoeg om dat op te lossen.`,
        bodyHtml: `<p>Als we een klant niet kunnen bereiken, kunnen we hem niet uitnodigen voor onderhoud, een terugroepactie of een proefrit. Op dit moment ontbreekt bij één op de vijf {{brand}}-klantkaarten het telefoonnummer, klopt het adres niet meer of is er geen toestemming vastgelegd.</p>
<h2>Wat we van je vragen</h2>
<ul><li>Controleer bij elk bezoek samen met de klant het telefoonnummer en het e-mailadres.</li><li>Leg in het CRM vast of de klant toestemming geeft voor contact, of juist niet.</li><li>Voeg dubbele kaarten samen als je ze ziet: het CRM geeft een melding bij dubbele records.</li></ul>
<p>Elke vestiging ziet haar score voor datakwaliteit op het dashboard, elke nacht bijgewerkt. De vijf vestigingen die deze maand het meest vooruitgaan, winnen een teamdiner.</p>
<p>Neem klantgegevens nooit over in een eigen schrift of spreadsheet. Alles blijft in het CRM, waar het beveiligd is.</p>`,
      },
      pl: {
        title: `Porządek w danych klientów: dziś startuje miesiąc akcji`,
        summary: `W co piątej karcie klienta brakuje telefonu albo adres jest nieaktualny. Wystarczy pięć minut dziennie na osobę, żeby to naprawić.`,
        bodyHtml: `<p>Jeśli nie możemy skontaktować się z klientem, nie zaprosimy go na przegląd, akcję przywoławczą ani jazdę próbną. Dziś w co piątej karcie klienta {{brand}} brakuje numeru telefonu, adres jest nieaktualny albo nie ma zapisanej zgody.</p>
<h2>O co prosimy</h2>
<ul><li>Przy każdej wizycie sprawdź z klientem numer telefonu i adres e-mail.</li><li>Zapisz w CRM zgodę klienta na kontakt albo jej brak.</li><li>Scalaj duplikaty, gdy je zauważysz: CRM wyświetla ostrzeżenie przy zdublowanych kartach.</li></ul>
<p>Każdy salon widzi swój wskaźnik jakości danych na pulpicie, aktualizowany co noc. Pięć salonów, które w tym miesiącu poprawią się najbardziej, wygra wspólną kolację dla zespołu.</p>
<p>Nigdy nie przepisuj danych klientów do prywatnych zeszytów ani arkuszy. Wszystko zostaje w CRM, gdzie jest chronione.</p>`,
      },
    },
  },
  {
    key: 'ev-chargers-at-dealers',
    image: 'ev-charger',
    imageAlt: alt['ev-charger'],
    authorTitle: author.networkManager,
    text: {
      en: {
        title: `Fast chargers at every dealer by the end of the year`,
        summary: `Every {{brand}} dealer will get at least one fast charger and two standard chargers. Installation starts in the spring, in three waves.`,
        bodyHtml: `<p>More and more customers come to you in an electric car, and they expect to leave with a charged battery. By the end of the year, every {{brand}} dealer will have at least one fast charger and two standard chargers.</p>
<h2>How it works</h2>
<ul><li><strong>Three waves:</strong> the first 40 dealers in spring, then two more waves in summer and autumn.</li><li><strong>Costs:</strong> the brand pays for the chargers; the dealer pays for the electrical connection, with a grant of up to 50%.</li><li><strong>Site visit:</strong> an electrician will visit each site four weeks before installation.</li></ul>
<p>Please choose the parking spaces carefully: close to the entrance, well lit and easy to reach for the workshop. The site-visit checklist is in the Documents section.</p>
<p>Your area manager will contact you to confirm your wave. Questions can go in the comments below.</p>`,
      },
      it: {
        title: `Ricarica veloce in ogni concessionaria entro fine anno`,
        summary: `Ogni concessionaria {{brand}} avrà almeno una colonnina veloce e due di ricarica standard. L'installazione parte in primavera, in tre ondate.`,
        bodyHtml: `<p>Sempre più clienti arrivano da voi con un'auto elettrica e si aspettano di ripartire con la batteria carica. Entro fine anno ogni concessionaria {{brand}} avrà almeno una colonnina di ricarica veloce e due colonnine standard.</p>
<h2>Come funziona</h2>
<ul><li><strong>Tre ondate:</strong> le prime 40 concessionarie in primavera, poi altre due ondate in estate e in autunno.</li><li><strong>Costi:</strong> le colonnine le paga il marchio; l'allacciamento elettrico è a carico della concessionaria, con un contributo fino al 50%.</li><li><strong>Sopralluogo:</strong> un elettricista visiterà ogni sede quattro settimane prima dell'installazione.</li></ul>
<p>Scegliete con cura i posti auto: vicini all'ingresso, ben illuminati e comodi per l'officina. La checklist per il sopralluogo è nella sezione Documenti.</p>
<p>Il vostro area manager vi contatterà per confermare l'ondata. Per le domande potete usare i commenti qui sotto.</p>`,
      },
      fr: {
        title: `Des bornes de recharge rapide dans chaque concession d'ici fin d'année`,
        summary: `Chaque concession {{brand}} recevra au moins une borne rapide et deux bornes standard. L'installation démarre au printemps, en trois vagues.`,
        bodyHtml: `<p>De plus en plus de clients viennent chez vous en voiture électrique, et ils s'attendent à repartir avec une batterie chargée. D'ici la fin de l'année, chaque concession {{brand}} disposera d'au moins une borne de recharge rapide et de deux bornes standard.</p>
<h2>Comment ça se passe</h2>
<ul><li><strong>Trois vagues :</strong> les 40 premières concessions au printemps, puis deux autres vagues en été et à l'automne.</li><li><strong>Coûts :</strong> la marque prend en charge les bornes ; le raccordement électrique reste à la charge de la concession, avec une aide allant jusqu'à 50 %.</li><li><strong>Visite technique :</strong> un électricien passera sur chaque site quatre semaines avant l'installation.</li></ul>
<p>Choisissez bien les places de parking : près de l'entrée, bien éclairées et faciles d'accès pour l'atelier. La check-list de la visite technique est dans la rubrique Documents.</p>
<p>Votre responsable de zone vous contactera pour confirmer votre vague. Vos questions sont les bienvenues dans les commentaires.</p>`,
      },
      es: {
        title: `Cargadores rápidos en todos los concesionarios antes de fin de año`,
        summary: `Cada concesionario {{brand}} tendrá al menos un cargador rápido y dos estándar. La instalación empieza en primavera, en tres oleadas.`,
        bodyHtml: `<p>Cada vez más clientes llegan en coche eléctrico y esperan irse con la batería cargada. Antes de fin de año, todos los concesionarios {{brand}} tendrán al menos un cargador rápido y dos cargadores estándar.</p>
<h2>Cómo funciona</h2>
<ul><li><strong>Tres oleadas:</strong> los primeros 40 concesionarios en primavera, y después dos oleadas más en verano y en otoño.</li><li><strong>Costes:</strong> la marca paga los cargadores; la conexión eléctrica corre a cargo del concesionario, con una ayuda de hasta el 50 %.</li><li><strong>Visita técnica:</strong> un electricista visitará cada instalación cuatro semanas antes del montaje.</li></ul>
<p>Elegid bien las plazas de aparcamiento: cerca de la entrada, bien iluminadas y de fácil acceso para el taller. La lista de comprobación de la visita técnica está en la sección Documentos.</p>
<p>Vuestro jefe de zona se pondrá en contacto con vosotros para confirmar la oleada. Podéis dejar vuestras preguntas en los comentarios.</p>`,
      },
      de: {
        title: `Schnelllader bei jedem Händler bis Jahresende`,
        summary: `Jeder {{brand}} Händler erhält mindestens einen Schnelllader und zwei Normalladepunkte. Die Installation beginnt im Frühjahr in drei Wellen.`,
        bodyHtml: `<p>Immer mehr Kunden kommen mit einem Elektroauto zu Ihnen und erwarten, mit voller Batterie wieder wegzufahren. Bis Jahresende bekommt jeder {{brand}} Händler mindestens einen Schnelllader und zwei Normalladepunkte.</p>
<h2>So läuft es ab</h2>
<ul><li><strong>Drei Wellen:</strong> die ersten 40 Betriebe im Frühjahr, danach zwei weitere Wellen im Sommer und Herbst.</li><li><strong>Kosten:</strong> Die Marke bezahlt die Ladesäulen; den Netzanschluss trägt der Betrieb, mit einem Zuschuss von bis zu 50 %.</li><li><strong>Vor-Ort-Termin:</strong> Vier Wochen vor der Installation kommt eine Elektrofachkraft zu jedem Standort.</li></ul>
<p>Wählen Sie die Stellplätze sorgfältig aus: nah am Eingang, gut beleuchtet und für die Werkstatt leicht erreichbar. Die Checkliste für den Vor-Ort-Termin finden Sie im Bereich Dokumente.</p>
<p>Ihr Gebietsleiter meldet sich bei Ihnen, um Ihre Welle zu bestätigen. Fragen gern unten in den Kommentaren.</p>`,
      },
      nl: {
        title: `Snelladers bij elke dealer vóór het einde van het jaar`,
        summary: `Elke {{brand}}-dealer krijgt minstens één snellader en twee gewone laadpalen. De installatie begint dit voorjaar, in drie rondes.`,
        bodyHtml: `<p>Steeds meer klanten komen elektrisch naar je toe, en ze verwachten met een volle accu weer weg te rijden. Vóór het einde van het jaar heeft elke {{brand}}-dealer minstens één snellader en twee gewone laadpalen.</p>
<h2>Zo werkt het</h2>
<ul><li><strong>Drie rondes:</strong> de eerste 40 dealers dit voorjaar, daarna nog twee rondes in de zomer en het najaar.</li><li><strong>Kosten:</strong> het merk betaalt de laadpalen; de elektrische aansluiting is voor rekening van de dealer, met een bijdrage tot 50%.</li><li><strong>Locatiebezoek:</strong> vier weken voor de installatie komt er een elektricien langs op elke vestiging.</li></ul>
<p>Kies de parkeerplaatsen met zorg: dicht bij de ingang, goed verlicht en makkelijk bereikbaar voor de werkplaats. De checklist voor het locatiebezoek staat bij Documenten.</p>
<p>Je regiomanager neemt contact op om je ronde te bevestigen. Vragen kun je hieronder kwijt.</p>`,
      },
      pl: {
        title: `Szybkie ładowarki u każdego dealera do końca roku`,
        summary: `Każdy dealer {{brand}} otrzyma co najmniej jedną szybką ładowarkę i dwie standardowe. Montaż rusza wiosną, w trzech etapach.`,
        bodyHtml: `<p>Coraz więcej klientów przyjeżdża do Was samochodem elektrycznym i oczekuje, że odjedzie z naładowanym akumulatorem. Do końca roku każdy dealer {{brand}} będzie miał co najmniej jedną szybką ładowarkę i dwie ładowarki standardowe.</p>
<h2>Jak to działa</h2>
<ul><li><strong>Trzy etapy:</strong> pierwszych 40 dealerów wiosną, a potem dwa kolejne etapy latem i jesienią.</li><li><strong>Koszty:</strong> marka płaci za ładowarki, a przyłącze elektryczne pokrywa dealer, z dofinansowaniem do 50%.</li><li><strong>Wizja lokalna:</strong> cztery tygodnie przed montażem do każdego salonu przyjedzie elektryk.</li></ul>
<p>Starannie wybierzcie miejsca parkingowe: blisko wejścia, dobrze oświetlone i łatwo dostępne dla serwisu. Lista kontrolna do wizji lokalnej jest w sekcji Dokumenty.</p>
<p>Wasz kierownik regionu skontaktuje się z Wami, żeby potwierdzić etap. Pytania można zadawać w komentarzach poniżej.</p>`,
      },
    },
  },
  {
    key: 'certified-used-cars',
    image: 'handshake',
    imageAlt: alt.handshake,
    authorTitle: author.usedCarManager,
    text: {
      en: {
        title: `{{brand}} Certified: our new used-car programme`,
        summary: `A 110-point inspection, a 24-month warranty and one clear label. Certified used cars sell faster and at better prices.`,
        bodyHtml: `<p>Customers buying a used car want one thing above all: to trust it. With {{brand}} Certified, every approved used car carries the same promise, at every dealer in the network.</p>
<h2>The programme in short</h2>
<ul><li>Cars up to six years old and under 120,000 km.</li><li>A 110-point inspection by a trained technician, with the report given to the customer.</li><li>A 24-month warranty and 12 months of roadside assistance.</li><li>A return within 14 days if the customer changes their mind.</li></ul>
<p>In the pilot, certified cars sold in 31 days on average, against 48 days for the others. Dealers joining the programme get the inspection sheets, windscreen labels and online advert templates.</p>
<p>To join, your used-car manager and one technician need to complete the two-hour certification lesson.</p>`,
      },
      it: {
        title: `{{brand}} Certified: il nuovo programma per l'usato`,
        summary: `Un controllo in 110 punti, 24 mesi di garanzia e un'etichetta chiara. L'usato certificato si vende prima e a prezzi migliori.`,
        bodyHtml: `<p>Chi compra un'auto usata vuole soprattutto una cosa: potersi fidare. Con {{brand}} Certified ogni usato approvato porta la stessa promessa, in tutte le concessionarie della rete.</p>
<h2>Il programma in breve</h2>
<ul><li>Auto fino a sei anni di età e con meno di 120.000 km.</li><li>Un controllo in 110 punti eseguito da un tecnico formato, con il rapporto consegnato al cliente.</li><li>Garanzia di 24 mesi e 12 mesi di assistenza stradale.</li><li>Reso entro 14 giorni se il cliente cambia idea.</li></ul>
<p>Nella fase pilota le auto certificate si sono vendute in media in 31 giorni, contro i 48 delle altre. Le concessionarie che aderiscono ricevono le schede di controllo, le etichette per il parabrezza e i modelli per gli annunci online.</p>
<p>Per aderire, il responsabile dell'usato e un tecnico devono completare la lezione di certificazione di due ore.</p>`,
      },
      fr: {
        title: `{{brand}} Certified : notre nouveau programme VO`,
        summary: `Un contrôle en 110 points, une garantie de 24 mois et un label clair. Les occasions certifiées se vendent plus vite et mieux.`,
        bodyHtml: `<p>Quand on achète une occasion, on veut avant tout pouvoir lui faire confiance. Avec {{brand}} Certified, chaque véhicule d'occasion labellisé porte la même promesse, dans toutes les concessions du réseau.</p>
<h2>Le programme en bref</h2>
<ul><li>Véhicules de six ans maximum et de moins de 120 000 km.</li><li>Un contrôle en 110 points réalisé par un technicien formé, avec le rapport remis au client.</li><li>Une garantie de 24 mois et 12 mois d'assistance.</li><li>Un retour possible sous 14 jours si le client change d'avis.</li></ul>
<p>Pendant le pilote, les véhicules certifiés se sont vendus en 31 jours en moyenne, contre 48 jours pour les autres. Les concessions qui rejoignent le programme reçoivent les fiches de contrôle, les étiquettes de pare-brise et des modèles d'annonces en ligne.</p>
<p>Pour rejoindre le programme, votre responsable VO et un technicien doivent suivre la leçon de certification de deux heures.</p>`,
      },
      es: {
        title: `{{brand}} Certified: nuestro nuevo programa de vehículos de ocasión`,
        summary: `Una revisión de 110 puntos, 24 meses de garantía y un sello claro. Los usados certificados se venden antes y a mejor precio.`,
        bodyHtml: `<p>Quien compra un coche usado quiere, sobre todo, poder fiarse. Con {{brand}} Certified, cada vehículo de ocasión aprobado lleva la misma promesa en todos los concesionarios de la red.</p>
<h2>El programa en pocas palabras</h2>
<ul><li>Coches de hasta seis años y con menos de 120.000 km.</li><li>Una revisión de 110 puntos hecha por un técnico formado, con el informe entregado al cliente.</li><li>Garantía de 24 meses y 12 meses de asistencia en carretera.</li><li>Devolución en 14 días si el cliente cambia de opinión.</li></ul>
<p>En la prueba piloto, los coches certificados se vendieron en 31 días de media, frente a 48 días los demás. Los concesionarios que se unen reciben las hojas de revisión, las etiquetas para el parabrisas y plantillas para los anuncios online.</p>
<p>Para unirse, el responsable de vehículos de ocasión y un técnico tienen que completar la lección de certificación de dos horas.</p>`,
      },
      de: {
        title: `{{brand}} Certified: unser neues Gebrauchtwagenprogramm`,
        summary: `110-Punkte-Check, 24 Monate Garantie und ein klares Siegel. Zertifizierte Gebrauchte verkaufen sich schneller und zu besseren Preisen.`,
        bodyHtml: `<p>Wer einen Gebrauchtwagen kauft, will vor allem eines: ihm vertrauen können. Mit {{brand}} Certified trägt jeder geprüfte Gebrauchtwagen dasselbe Versprechen – bei jedem Händler im Netz.</p>
<h2>Das Programm auf einen Blick</h2>
<ul><li>Fahrzeuge bis sechs Jahre und unter 120.000 km.</li><li>Ein 110-Punkte-Check durch einen geschulten Techniker; den Prüfbericht erhält der Kunde.</li><li>24 Monate Garantie und 12 Monate Pannenhilfe.</li><li>Rückgabe innerhalb von 14 Tagen, wenn der Kunde es sich anders überlegt.</li></ul>
<p>In der Pilotphase wurden zertifizierte Fahrzeuge im Schnitt nach 31 Tagen verkauft, die übrigen nach 48 Tagen. Teilnehmende Betriebe erhalten die Prüfbögen, Scheibenaufkleber und Vorlagen für Online-Inserate.</p>
<p>Für die Teilnahme müssen die Gebrauchtwagenleitung und ein Techniker die zweistündige Zertifizierungslektion abschließen.</p>`,
      },
      nl: {
        title: `{{brand}} Certified: ons nieuwe occasionprogramma`,
        summary: `Een controle op 110 punten, 24 maanden garantie en één duidelijk label. Gecertificeerde occasions verkopen sneller en voor een betere prijs.`,
        bodyHtml: `<p>Wie een occasion koopt, wil vooral één ding: erop kunnen vertrouwen. Met {{brand}} Certified geeft elke goedgekeurde occasion dezelfde belofte, bij elke dealer in het netwerk.</p>
<h2>Het programma in het kort</h2>
<ul><li>Auto's tot zes jaar oud en met minder dan 120.000 km.</li><li>Een controle op 110 punten door een opgeleide technicus; de klant krijgt het rapport.</li><li>24 maanden garantie en 12 maanden pechhulp.</li><li>Binnen 14 dagen terugbrengen als de klant van gedachten verandert.</li></ul>
<p>In de proefperiode waren gecertificeerde auto's gemiddeld na 31 dagen verkocht, tegen 48 dagen voor de rest. Dealers die meedoen krijgen de controleformulieren, ruitstickers en sjablonen voor online advertenties.</p>
<p>Om mee te doen moeten je occasionmanager en één technicus de certificeringsles van twee uur afronden.</p>`,
      },
      pl: {
        title: `{{brand}} Certified: nasz nowy program samochodów używanych`,
        summary: `Kontrola 110 punktów, 24 miesiące gwarancji i jeden czytelny znak jakości. Certyfikowane auta sprzedają się szybciej i drożej.`,
        bodyHtml: `<p>Kto kupuje samochód używany, chce przede wszystkim móc mu zaufać. Dzięki {{brand}} Certified każde zatwierdzone auto używane niesie tę samą obietnicę u każdego dealera w sieci.</p>
<h2>Program w skrócie</h2>
<ul><li>Samochody do sześciu lat i z przebiegiem poniżej 120 000 km.</li><li>Kontrola 110 punktów wykonana przez przeszkolonego mechanika; klient dostaje raport.</li><li>24 miesiące gwarancji i 12 miesięcy assistance.</li><li>Możliwość zwrotu w ciągu 14 dni, jeśli klient zmieni zdanie.</li></ul>
<p>W pilotażu certyfikowane auta sprzedawały się średnio w 31 dni, a pozostałe w 48 dni. Dealerzy, którzy dołączą do programu, otrzymają karty kontroli, naklejki na szybę i szablony ogłoszeń internetowych.</p>
<p>Aby dołączyć, kierownik działu samochodów używanych i jeden mechanik muszą ukończyć dwugodzinną lekcję certyfikacyjną.</p>`,
      },
    },
  },
  {
    key: 'workshop-tooling-update',
    image: 'workshop',
    imageAlt: alt.workshop,
    authorTitle: author.technicalServiceManager,
    text: {
      en: {
        title: `New workshop tools: what is arriving and when`,
        summary: `A new battery tester, an updated diagnostic tablet and a calibration frame for driver-assistance cameras. Delivery starts next month.`,
        bodyHtml: `<p>Our cars are changing, and so must our tools. Over the next three months, every {{brand}} workshop will receive a new set of essential tools, paid for in part by the brand.</p>
<h2>What is arriving</h2>
<ul><li><strong>Battery tester:</strong> works on both 12-volt and high-voltage batteries and prints a report for the customer.</li><li><strong>Diagnostic tablet:</strong> faster, with a longer battery and a stronger case.</li><li><strong>Calibration frame:</strong> to adjust driver-assistance cameras and radars after a windscreen or bumper replacement.</li></ul>
<p>Each delivery comes with a one-hour hands-on session given by our field technicians at your site. Please make sure at least two technicians are available on the day.</p>
<p>Old diagnostic tablets must be returned in the box of the new one. They will be recycled.</p>`,
      },
      it: {
        title: `Nuove attrezzature d'officina: cosa arriva e quando`,
        summary: `Un nuovo tester batterie, un tablet di diagnosi aggiornato e una dima di calibrazione per le telecamere ADAS. Le consegne partono il mese prossimo.`,
        bodyHtml: `<p>Le nostre auto cambiano, e con loro devono cambiare gli attrezzi. Nei prossimi tre mesi ogni officina {{brand}} riceverà un nuovo kit di attrezzature essenziali, in parte pagato dal marchio.</p>
<h2>Cosa arriva</h2>
<ul><li><strong>Tester batterie:</strong> funziona sia sulle batterie a 12 volt sia su quelle ad alta tensione e stampa un rapporto per il cliente.</li><li><strong>Tablet di diagnosi:</strong> più veloce, con una batteria più duratura e una custodia più robusta.</li><li><strong>Dima di calibrazione:</strong> per regolare telecamere e radar dei sistemi di assistenza alla guida dopo la sostituzione del parabrezza o del paraurti.</li></ul>
<p>Ogni consegna comprende un'ora di formazione pratica in sede con i nostri tecnici di zona. Assicuratevi che quel giorno siano presenti almeno due tecnici.</p>
<p>I vecchi tablet di diagnosi vanno rispediti nella scatola di quelli nuovi. Verranno riciclati.</p>`,
      },
      fr: {
        title: `Nouvel outillage atelier : ce qui arrive et quand`,
        summary: `Un nouveau testeur de batterie, une tablette de diagnostic mise à jour et un cadre de calibrage pour les caméras d'aide à la conduite. Livraisons dès le mois prochain.`,
        bodyHtml: `<p>Nos véhicules évoluent, nos outils aussi. Au cours des trois prochains mois, chaque atelier {{brand}} recevra un nouveau lot d'outillage indispensable, en partie financé par la marque.</p>
<h2>Ce qui arrive</h2>
<ul><li><strong>Testeur de batterie :</strong> fonctionne sur les batteries 12 volts comme sur les batteries haute tension, et imprime un rapport pour le client.</li><li><strong>Tablette de diagnostic :</strong> plus rapide, avec une meilleure autonomie et une coque renforcée.</li><li><strong>Cadre de calibrage :</strong> pour régler les caméras et radars d'aide à la conduite après un remplacement de pare-brise ou de pare-chocs.</li></ul>
<p>Chaque livraison s'accompagne d'une heure de prise en main sur site avec nos techniciens terrain. Prévoyez au moins deux techniciens disponibles ce jour-là.</p>
<p>Les anciennes tablettes de diagnostic sont à renvoyer dans le carton de la nouvelle. Elles seront recyclées.</p>`,
      },
      es: {
        title: `Nuevas herramientas de taller: qué llega y cuándo`,
        summary: `Un nuevo comprobador de baterías, una tableta de diagnosis actualizada y un bastidor de calibración para cámaras de asistencia. Las entregas empiezan el mes que viene.`,
        bodyHtml: `<p>Nuestros coches cambian, y nuestras herramientas también tienen que hacerlo. En los próximos tres meses, cada taller {{brand}} recibirá un nuevo equipo de herramientas básicas, pagado en parte por la marca.</p>
<h2>Qué llega</h2>
<ul><li><strong>Comprobador de baterías:</strong> sirve tanto para baterías de 12 voltios como de alta tensión e imprime un informe para el cliente.</li><li><strong>Tableta de diagnosis:</strong> más rápida, con más autonomía y una funda más resistente.</li><li><strong>Bastidor de calibración:</strong> para ajustar las cámaras y los radares de los sistemas de ayuda a la conducción tras cambiar el parabrisas o el paragolpes.</li></ul>
<p>Cada entrega incluye una hora de formación práctica en vuestras instalaciones con nuestros técnicos de campo. Aseguraos de que ese día haya al menos dos técnicos disponibles.</p>
<p>Las tabletas de diagnosis antiguas se devuelven en la caja de la nueva. Se reciclarán.</p>`,
      },
      de: {
        title: `Neues Werkstattwerkzeug: was wann kommt`,
        summary: `Ein neuer Batterietester, ein aktualisiertes Diagnosetablet und ein Kalibrierstand für Fahrerassistenzkameras. Die Auslieferung beginnt nächsten Monat.`,
        bodyHtml: `<p>Unsere Fahrzeuge verändern sich, also muss sich auch unser Werkzeug verändern. In den nächsten drei Monaten erhält jede {{brand}} Werkstatt ein neues Paket an Pflichtwerkzeugen, das die Marke zum Teil bezahlt.</p>
<h2>Was kommt</h2>
<ul><li><strong>Batterietester:</strong> für 12-Volt- und Hochvoltbatterien, mit ausgedrucktem Prüfbericht für den Kunden.</li><li><strong>Diagnosetablet:</strong> schneller, mit längerer Akkulaufzeit und robusterem Gehäuse.</li><li><strong>Kalibrierstand:</strong> zum Einstellen von Kameras und Radarsensoren der Fahrerassistenzsysteme nach dem Tausch von Windschutzscheibe oder Stoßfänger.</li></ul>
<p>Zu jeder Lieferung gehört eine einstündige Einweisung vor Ort durch unsere Außendiensttechniker. Bitte sorgen Sie dafür, dass an diesem Tag mindestens zwei Techniker da sind.</p>
<p>Die alten Diagnosetablets schicken Sie bitte im Karton des neuen Geräts zurück. Sie werden recycelt.</p>`,
      },
      nl: {
        title: `Nieuw werkplaatsgereedschap: wat komt er en wanneer`,
        summary: `Een nieuwe accutester, een vernieuwde diagnosetablet en een kalibratieframe voor camera's van rijhulpsystemen. Levering start volgende maand.`,
        bodyHtml: `<p>Onze auto's veranderen, dus ons gereedschap ook. In de komende drie maanden krijgt elke {{brand}}-werkplaats een nieuwe set verplicht gereedschap, voor een deel betaald door het merk.</p>
<h2>Wat er komt</h2>
<ul><li><strong>Accutester:</strong> werkt op 12-voltaccu's én hoogvoltaccu's en print een rapport voor de klant.</li><li><strong>Diagnosetablet:</strong> sneller, met een accu die langer meegaat en een stevigere behuizing.</li><li><strong>Kalibratieframe:</strong> om camera's en radars van rijhulpsystemen af te stellen na vervanging van een voorruit of bumper.</li></ul>
<p>Bij elke levering hoort een praktijkinstructie van een uur op je eigen locatie, door onze buitendiensttechnici. Zorg dat er die dag minstens twee technici beschikbaar zijn.</p>
<p>De oude diagnosetablets gaan terug in de doos van de nieuwe. Ze worden gerecycled.</p>`,
      },
      pl: {
        title: `Nowe narzędzia warsztatowe: co i kiedy dotrze`,
        summary: `Nowy tester akumulatorów, zaktualizowany tablet diagnostyczny i rama do kalibracji kamer systemów wspomagania. Dostawy ruszają w przyszłym miesiącu.`,
        bodyHtml: `<p>Nasze samochody się zmieniają, więc i narzędzia muszą się zmieniać. W ciągu najbliższych trzech miesięcy każdy warsztat {{brand}} otrzyma nowy zestaw niezbędnych narzędzi, częściowo sfinansowany przez markę.</p>
<h2>Co dotrze</h2>
<ul><li><strong>Tester akumulatorów:</strong> działa z akumulatorami 12 V i wysokonapięciowymi, drukuje raport dla klienta.</li><li><strong>Tablet diagnostyczny:</strong> szybszy, z dłużej działającą baterią i mocniejszą obudową.</li><li><strong>Rama kalibracyjna:</strong> do ustawiania kamer i radarów systemów wspomagania kierowcy po wymianie szyby przedniej lub zderzaka.</li></ul>
<p>Do każdej dostawy dołączona jest godzina praktycznego instruktażu na miejscu, prowadzona przez naszych techników terenowych. Zadbajcie, żeby tego dnia było dostępnych co najmniej dwóch mechaników.</p>
<p>Stare tablety diagnostyczne odsyłacie w kartonie po nowym. Zostaną poddane recyklingowi.</p>`,
      },
    },
  },
];
