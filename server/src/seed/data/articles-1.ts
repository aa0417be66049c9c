import type { ArticleTemplate } from './types.js';
import { alt, author } from './articles-common.js';

/** Article templates 1–6: launch, winter service, recall procedure, CSI, training, sales contest. */
export const articles1: ArticleTemplate[] = [
  {
    key: 'new-model-launch',
    image: 'car-launch',
    imageAlt: alt['car-launch'],
    authorTitle: author.salesDirector,
    text: {
      en: {
        title: `The new {{brand}} Aven: in your showroom next month`,
        summary: `Demo cars arrive two weeks before launch day. Here is what you need to sell the Aven from the very first morning.`,
        bodyHtml: `<p>The new {{brand}} Aven is the most important launch of our year. More room inside, a clearer dashboard screen and lower running costs: it answers exactly what customers have been asking you for.</p>
<h2>What happens and when</h2>
<ul><li><strong>Two weeks before:</strong> demo cars, price lists and showroom displays are delivered to every dealer.</li><li><strong>One week before:</strong> a 45-minute online product lesson for all sales staff. Please finish it before launch day.</li><li><strong>Launch day:</strong> test drives all day long. Orders open in the ordering system at 8:00.</li></ul>
<p>Call your customers who drive the current model now and invite them to a test drive. They are the most likely buyers, and they like to be first.</p>
<p>Thank you for the work you are already putting in. A strong start sets the tone for the whole year.</p>`,
      },
      it: {
        title: `Nuova {{brand}} Aven: il mese prossimo nel vostro salone`,
        summary: `Le vetture dimostrative arrivano due settimane prima del lancio. Ecco cosa serve per vendere la Aven fin dalla prima mattina.`,
        bodyHtml: `<p>La nuova {{brand}} Aven è il lancio più importante dell'anno. Più spazio a bordo, uno schermo più chiaro sul cruscotto e costi di gestione più bassi: è proprio quello che i clienti vi chiedono da tempo.</p>
<h2>Cosa succede e quando</h2>
<ul><li><strong>Due settimane prima:</strong> ogni concessionaria riceve le vetture dimostrative, i listini e l'allestimento per il salone.</li><li><strong>Una settimana prima:</strong> lezione online di 45 minuti sul prodotto per tutti i venditori, da completare entro il giorno del lancio.</li><li><strong>Giorno del lancio:</strong> prove su strada tutto il giorno. Gli ordini si aprono nel sistema alle 8:00.</li></ul>
<p>Chiamate fin da ora i clienti che guidano il modello attuale e invitateli a una prova. Sono gli acquirenti più probabili, e a loro piace arrivare per primi.</p>
<p>Grazie per l'impegno che ci state già mettendo. Una buona partenza dà il ritmo a tutto l'anno.</p>`,
      },
      fr: {
        title: `Nouvelle {{brand}} Aven : dans vos showrooms le mois prochain`,
        summary: `Les véhicules de démonstration arrivent deux semaines avant le lancement. Voici tout ce qu'il faut pour vendre l'Aven dès le premier matin.`,
        bodyHtml: `<p>La nouvelle {{brand}} Aven est le lancement le plus important de notre année. Plus d'espace à bord, un écran de tableau de bord plus lisible et un coût d'utilisation en baisse : elle répond exactement à ce que vos clients vous demandent.</p>
<h2>Le calendrier</h2>
<ul><li><strong>Deux semaines avant :</strong> chaque concession reçoit ses véhicules de démonstration, les tarifs et la PLV.</li><li><strong>Une semaine avant :</strong> formation produit en ligne de 45 minutes pour tous les vendeurs, à terminer avant le jour J.</li><li><strong>Jour du lancement :</strong> essais toute la journée. Les commandes s'ouvrent dans l'outil de commande à 8 h.</li></ul>
<p>Appelez dès maintenant les clients qui roulent avec le modèle actuel et proposez-leur un essai. Ce sont les acheteurs les plus probables, et ils aiment être les premiers.</p>
<p>Merci pour l'énergie que vous y mettez déjà. Un bon démarrage donne le ton de toute l'année.</p>`,
      },
      es: {
        title: `Nuevo {{brand}} Aven: en tu concesionario el mes que viene`,
        summary: `Los coches de demostración llegan dos semanas antes del lanzamiento. Esto es lo que necesitas para vender el Aven desde la primera mañana.`,
        bodyHtml: `<p>El nuevo {{brand}} Aven es el lanzamiento más importante del año. Más espacio interior, una pantalla más clara en el salpicadero y menos gastos de uso: justo lo que los clientes llevan tiempo pidiéndote.</p>
<h2>Qué pasa y cuándo</h2>
<ul><li><strong>Dos semanas antes:</strong> cada concesionario recibe los coches de demostración, las tarifas y los materiales para la exposición.</li><li><strong>Una semana antes:</strong> curso de producto online de 45 minutos para todo el equipo de ventas. Complétalo antes del día del lanzamiento.</li><li><strong>Día del lanzamiento:</strong> pruebas de conducción durante todo el día. Los pedidos se abren en el sistema a las 8:00.</li></ul>
<p>Llama ya a los clientes que tienen el modelo actual e invítalos a probarlo. Son los compradores más probables, y les gusta ser los primeros.</p>
<p>Gracias por el esfuerzo que ya estáis poniendo. Un buen arranque marca el ritmo de todo el año.</p>`,
      },
      de: {
        title: `Der neue {{brand}} Aven: nächsten Monat in Ihrem Schauraum`,
        summary: `Die Vorführwagen kommen zwei Wochen vor dem Marktstart. Hier steht, was Sie brauchen, um den Aven vom ersten Tag an zu verkaufen.`,
        bodyHtml: `<p>Der neue {{brand}} Aven ist der wichtigste Marktstart unseres Jahres. Mehr Platz im Innenraum, ein besser ablesbarer Bildschirm im Cockpit und niedrigere Unterhaltskosten: genau das, wonach Ihre Kunden seit Langem fragen.</p>
<h2>Was wann passiert</h2>
<ul><li><strong>Zwei Wochen vorher:</strong> Jeder Händler erhält Vorführwagen, Preislisten und Material für den Schauraum.</li><li><strong>Eine Woche vorher:</strong> 45-minütige Online-Produktschulung für alle Verkäuferinnen und Verkäufer. Bitte bis zum Marktstarttag abschließen.</li><li><strong>Marktstarttag:</strong> Probefahrten den ganzen Tag. Bestellungen sind ab 8:00 Uhr im Bestellsystem möglich.</li></ul>
<p>Rufen Sie schon jetzt die Kunden an, die das aktuelle Modell fahren, und laden Sie sie zur Probefahrt ein. Sie sind die wahrscheinlichsten Käufer – und sie sind gern die Ersten.</p>
<p>Danke für den Einsatz, den Sie schon jetzt zeigen. Ein starker Start gibt den Takt für das ganze Jahr vor.</p>`,
      },
      nl: {
        title: `De nieuwe {{brand}} Aven: volgende maand in je showroom`,
        summary: `De demoauto's komen twee weken voor de introductie binnen. Dit heb je nodig om de Aven vanaf de eerste ochtend te verkopen.`,
        bodyHtml: `<p>De nieuwe {{brand}} Aven is de belangrijkste introductie van ons jaar. Meer ruimte binnenin, een duidelijker scherm in het dashboard en lagere gebruikskosten: precies waar klanten al lang om vragen.</p>
<h2>Wat gebeurt er wanneer</h2>
<ul><li><strong>Twee weken vooraf:</strong> elke dealer krijgt demoauto's, prijslijsten en showroommateriaal.</li><li><strong>Eén week vooraf:</strong> online productles van 45 minuten voor alle verkopers. Rond die af vóór de introductiedag.</li><li><strong>Introductiedag:</strong> de hele dag proefritten. Bestellen kan vanaf 8.00 uur in het bestelsysteem.</li></ul>
<p>Bel nu al de klanten die het huidige model rijden en nodig ze uit voor een proefrit. Zij zijn de meest waarschijnlijke kopers, en ze zijn graag de eersten.</p>
<p>Bedankt voor de inzet die jullie er nu al in steken. Een sterke start zet de toon voor het hele jaar.</p>`,
      },
      pl: {
        title: `Nowy {{brand}} Aven: w salonach już w przyszłym miesiącu`,
        summary: `Samochody demonstracyjne dotrą na dwa tygodnie przed premierą. Oto wszystko, czego potrzebujesz, by sprzedawać Avena od pierwszego dnia.`,
        bodyHtml: `<p>Nowy {{brand}} Aven to najważniejsza premiera tego roku. Więcej miejsca w środku, czytelniejszy ekran na desce rozdzielczej i niższe koszty eksploatacji – dokładnie to, o co klienci pytają od dawna.</p>
<h2>Co i kiedy</h2>
<ul><li><strong>Dwa tygodnie przed premierą:</strong> każdy dealer otrzyma samochody demonstracyjne, cenniki i materiały do salonu.</li><li><strong>Tydzień przed premierą:</strong> 45-minutowe szkolenie produktowe online dla wszystkich sprzedawców. Ukończ je przed dniem premiery.</li><li><strong>Dzień premiery:</strong> jazdy próbne przez cały dzień. Zamówienia w systemie ruszają o 8:00.</li></ul>
<p>Już teraz zadzwoń do klientów, którzy jeżdżą obecnym modelem, i zaproś ich na jazdę próbną. To najbardziej prawdopodobni kupujący, a oni lubią być pierwsi.</p>
<p>Dziękuję za zaangażowanie, które już widać. Mocny start nadaje rytm całemu rokowi.</p>`,
      },
    },
  },
  {
    key: 'winter-service-campaign',
    image: 'service-campaign',
    imageAlt: alt['service-campaign'],
    authorTitle: author.afterSalesDirector,
    text: {
      en: {
        title: `Winter check campaign: free 20-point check from 1 November`,
        summary: `Every {{brand}} owner can book a free winter check until the end of January. Here is how it works in the workshop and at reception.`,
        bodyHtml: `<p>Cold weather is hard on batteries, tyres and wipers. From 1 November to 31 January, every {{brand}} owner can book a free 20-point winter check, whatever the age of the car.</p>
<h2>In the workshop</h2>
<ul><li>Use the new winter check sheet: it takes about 25 minutes per car.</li><li>Test the battery with the tester and print the result for the customer.</li><li>Measure tyre tread depth on all four wheels and note it on the sheet.</li></ul>
<h2>At reception</h2>
<p>Service advisers should explain each finding in plain words and give a written quote before any extra work. Campaign prices on batteries, wiper blades and winter tyres are already loaded in the parts system.</p>
<p>Last winter, workshops that called their customers in October filled twice as many slots. Start your calls now.</p>`,
      },
      it: {
        title: `Campagna inverno: check-up gratuito in 20 punti dal 1° novembre`,
        summary: `Fino a fine gennaio ogni cliente {{brand}} può prenotare un controllo invernale gratuito. Ecco come funziona in officina e in accettazione.`,
        bodyHtml: `<p>Il freddo mette a dura prova batteria, pneumatici e tergicristalli. Dal 1° novembre al 31 gennaio ogni cliente {{brand}} può prenotare un controllo invernale gratuito in 20 punti, qualunque sia l'età dell'auto.</p>
<h2>In officina</h2>
<ul><li>Usate la nuova scheda di controllo invernale: servono circa 25 minuti per vettura.</li><li>Provate la batteria con il tester e stampate l'esito per il cliente.</li><li>Misurate lo spessore del battistrada su tutte e quattro le ruote e riportatelo sulla scheda.</li></ul>
<h2>In accettazione</h2>
<p>Gli accettatori spiegano ogni risultato con parole semplici e consegnano un preventivo scritto prima di qualsiasi lavoro aggiuntivo. I prezzi della campagna su batterie, spazzole e pneumatici invernali sono già caricati nel sistema ricambi.</p>
<p>L'inverno scorso le officine che hanno chiamato i clienti già a ottobre hanno riempito il doppio degli appuntamenti. Iniziate a telefonare adesso.</p>`,
      },
      fr: {
        title: `Campagne hiver : contrôle gratuit en 20 points dès le 1er novembre`,
        summary: `Jusqu'à fin janvier, tout client {{brand}} peut réserver un contrôle hiver gratuit. Voici comment ça se passe à l'atelier et à la réception.`,
        bodyHtml: `<p>Le froid use les batteries, les pneus et les balais d'essuie-glace. Du 1er novembre au 31 janvier, tout propriétaire de {{brand}} peut réserver un contrôle hiver gratuit en 20 points, quel que soit l'âge du véhicule.</p>
<h2>À l'atelier</h2>
<ul><li>Utilisez la nouvelle fiche de contrôle hiver : comptez environ 25 minutes par véhicule.</li><li>Testez la batterie avec le testeur et imprimez le résultat pour le client.</li><li>Mesurez la profondeur des sculptures sur les quatre pneus et notez-la sur la fiche.</li></ul>
<h2>À la réception</h2>
<p>Les conseillers service expliquent chaque point avec des mots simples et remettent un devis écrit avant tout travail supplémentaire. Les prix de campagne sur les batteries, les balais et les pneus hiver sont déjà dans le système pièces.</p>
<p>L'hiver dernier, les ateliers qui ont appelé leurs clients dès octobre ont rempli deux fois plus de créneaux. Commencez vos appels dès maintenant.</p>`,
      },
      es: {
        title: `Campaña de invierno: revisión gratuita de 20 puntos desde el 1 de noviembre`,
        summary: `Hasta finales de enero, todo cliente de {{brand}} puede pedir cita para una revisión de invierno gratuita. Así funciona en el taller y en recepción.`,
        bodyHtml: `<p>El frío castiga la batería, los neumáticos y las escobillas. Del 1 de noviembre al 31 de enero, cualquier propietario de un {{brand}} puede reservar una revisión de invierno gratuita de 20 puntos, tenga el coche los años que tenga.</p>
<h2>En el taller</h2>
<ul><li>Usad la nueva hoja de revisión de invierno: son unos 25 minutos por coche.</li><li>Comprobad la batería con el comprobador e imprimid el resultado para el cliente.</li><li>Medid la profundidad del dibujo en las cuatro ruedas y anotadla en la hoja.</li></ul>
<h2>En recepción</h2>
<p>Los asesores de servicio explican cada resultado con palabras sencillas y entregan un presupuesto por escrito antes de cualquier trabajo adicional. Los precios de campaña de baterías, escobillas y neumáticos de invierno ya están cargados en el sistema de recambios.</p>
<p>El invierno pasado, los talleres que llamaron a sus clientes en octubre llenaron el doble de citas. Empezad a llamar ya.</p>`,
      },
      de: {
        title: `Winter-Check: kostenloser 20-Punkte-Check ab 1. November`,
        summary: `Bis Ende Januar können alle {{brand}} Kunden einen kostenlosen Winter-Check buchen. So läuft die Aktion in der Werkstatt und an der Annahme.`,
        bodyHtml: `<p>Kälte setzt Batterie, Reifen und Wischerblättern zu. Vom 1. November bis 31. Januar können alle {{brand}} Fahrerinnen und Fahrer einen kostenlosen 20-Punkte-Winter-Check buchen – unabhängig vom Alter des Fahrzeugs.</p>
<h2>In der Werkstatt</h2>
<ul><li>Nutzen Sie das neue Winter-Check-Formular: Rechnen Sie mit etwa 25 Minuten pro Fahrzeug.</li><li>Prüfen Sie die Batterie mit dem Tester und drucken Sie das Ergebnis für den Kunden aus.</li><li>Messen Sie die Profiltiefe an allen vier Reifen und tragen Sie sie ins Formular ein.</li></ul>
<h2>An der Serviceannahme</h2>
<p>Die Serviceberater erklären jeden Befund in einfachen Worten und erstellen vor jeder zusätzlichen Arbeit einen schriftlichen Kostenvoranschlag. Die Aktionspreise für Batterien, Wischerblätter und Winterreifen sind bereits im Teilesystem hinterlegt.</p>
<p>Im letzten Winter haben Betriebe, die ihre Kunden schon im Oktober angerufen haben, doppelt so viele Termine gefüllt. Fangen Sie jetzt mit den Anrufen an.</p>`,
      },
      nl: {
        title: `Winteractie: gratis 20-puntencheck vanaf 1 november`,
        summary: `Tot eind januari kan elke {{brand}}-rijder een gratis wintercheck boeken. Zo werkt het in de werkplaats en aan de balie.`,
        bodyHtml: `<p>Kou is zwaar voor de accu, de banden en de ruitenwissers. Van 1 november tot en met 31 januari kan elke {{brand}}-rijder een gratis wintercheck van 20 punten boeken, hoe oud de auto ook is.</p>
<h2>In de werkplaats</h2>
<ul><li>Gebruik het nieuwe wintercheckformulier: reken op ongeveer 25 minuten per auto.</li><li>Test de accu met de accutester en print de uitslag voor de klant.</li><li>Meet de profieldiepte van alle vier de banden en noteer die op het formulier.</li></ul>
<h2>Aan de balie</h2>
<p>Serviceadviseurs leggen elke bevinding in gewone woorden uit en geven een schriftelijke offerte vóór extra werk. De actieprijzen voor accu's, wisserbladen en winterbanden staan al in het onderdelensysteem.</p>
<p>Vorige winter vulden werkplaatsen die hun klanten al in oktober belden twee keer zoveel afspraken. Begin nu met bellen.</p>`,
      },
      pl: {
        title: `Akcja zimowa: bezpłatny przegląd 20 punktów od 1 listopada`,
        summary: `Do końca stycznia każdy właściciel samochodu {{brand}} może umówić bezpłatny przegląd zimowy. Tak wygląda to w warsztacie i w recepcji.`,
        bodyHtml: `<p>Mróz daje się we znaki akumulatorom, oponom i wycieraczkom. Od 1 listopada do 31 stycznia każdy właściciel samochodu {{brand}} może umówić bezpłatny przegląd zimowy obejmujący 20 punktów, niezależnie od wieku auta.</p>
<h2>W warsztacie</h2>
<ul><li>Korzystaj z nowej karty przeglądu zimowego: to około 25 minut na samochód.</li><li>Sprawdź akumulator testerem i wydrukuj wynik dla klienta.</li><li>Zmierz głębokość bieżnika na wszystkich czterech kołach i wpisz ją do karty.</li></ul>
<h2>W recepcji serwisu</h2>
<p>Doradcy serwisowi wyjaśniają każdą usterkę prostymi słowami i przed dodatkowymi pracami przedstawiają pisemną wycenę. Ceny promocyjne na akumulatory, pióra wycieraczek i opony zimowe są już w systemie części.</p>
<p>Zeszłej zimy warsztaty, które dzwoniły do klientów już w październiku, zapełniły dwa razy więcej terminów. Zacznij dzwonić już teraz.</p>`,
      },
    },
  },
  {
    key: 'recall-campaign-procedure',
    image: 'workshop',
    imageAlt: alt.workshop,
    authorTitle: author.technicalServiceManager,
    text: {
      en: {
        title: `Recall campaign: how to handle it, step by step`,
        summary: `A new recall campaign opens on Monday. Check every car that comes in, follow the technical bulletin and close each job the same day.`,
        bodyHtml: `<p>A recall campaign on a small number of {{brand}} vehicles opens on Monday. Owners will receive a letter, but many will simply turn up at your workshop, so please be ready.</p>
<h2>Step by step</h2>
<ul><li><strong>Check:</strong> enter the VIN in the warranty system for every car that comes in, whatever the reason for the visit.</li><li><strong>Order:</strong> if the car is affected, order the part kit listed in the technical bulletin. Kits are sent within 48 hours.</li><li><strong>Repair:</strong> follow the bulletin exactly. The standard time is 0.8 hours.</li><li><strong>Close:</strong> record the job in the warranty system the same day, with a photo of the new label.</li></ul>
<p>Tell customers calmly what is being done and how long it takes. The work is free, and they can keep driving the car normally until the appointment.</p>
<p>If anything is unclear, open a ticket for technical support: we answer within four working hours.</p>`,
      },
      it: {
        title: `Campagna di richiamo: come gestirla, passo dopo passo`,
        summary: `Lunedì si apre una nuova campagna di richiamo. Verificate ogni vettura in ingresso, seguite il bollettino tecnico e chiudete ogni intervento in giornata.`,
        bodyHtml: `<p>Lunedì si apre una campagna di richiamo su un numero limitato di vetture {{brand}}. I proprietari riceveranno una lettera, ma molti si presenteranno direttamente in officina: fatevi trovare pronti.</p>
<h2>Passo dopo passo</h2>
<ul><li><strong>Verifica:</strong> inserite il numero di telaio nel sistema garanzia per ogni auto in ingresso, qualunque sia il motivo della visita.</li><li><strong>Ordine:</strong> se la vettura è interessata, ordinate il kit indicato nel bollettino tecnico. I kit partono entro 48 ore.</li><li><strong>Intervento:</strong> seguite il bollettino alla lettera. Il tempo standard è di 0,8 ore.</li><li><strong>Chiusura:</strong> registrate l'intervento nel sistema garanzia in giornata, con la foto della nuova etichetta.</li></ul>
<p>Spiegate al cliente con calma cosa viene fatto e quanto ci vuole. L'intervento è gratuito e fino all'appuntamento l'auto si può usare normalmente.</p>
<p>Se qualcosa non è chiaro, aprite un ticket all'assistenza tecnica: rispondiamo entro quattro ore lavorative.</p>`,
      },
      fr: {
        title: `Campagne de rappel : la procédure, étape par étape`,
        summary: `Une nouvelle campagne de rappel démarre lundi. Vérifiez chaque véhicule qui entre, suivez la note technique et clôturez chaque intervention le jour même.`,
        bodyHtml: `<p>Une campagne de rappel concernant un petit nombre de véhicules {{brand}} démarre lundi. Les propriétaires recevront un courrier, mais beaucoup passeront directement à l'atelier : soyez prêts.</p>
<h2>Étape par étape</h2>
<ul><li><strong>Vérifier :</strong> saisissez le numéro de série (VIN) dans l'outil garantie pour chaque véhicule qui entre, quel que soit le motif de la visite.</li><li><strong>Commander :</strong> si le véhicule est concerné, commandez le kit indiqué dans la note technique. Les kits sont expédiés sous 48 heures.</li><li><strong>Réparer :</strong> suivez la note technique à la lettre. Le temps barémé est de 0,8 heure.</li><li><strong>Clôturer :</strong> saisissez l'intervention dans l'outil garantie le jour même, avec une photo de la nouvelle étiquette.</li></ul>
<p>Expliquez calmement au client ce qui est fait et combien de temps cela prend. L'intervention est gratuite, et il peut continuer à rouler normalement jusqu'au rendez-vous.</p>
<p>En cas de doute, ouvrez un ticket au support technique : nous répondons sous quatre heures ouvrées.</p>`,
      },
      es: {
        title: `Campaña de revisión: cómo gestionarla paso a paso`,
        summary: `El lunes se abre una nueva campaña de revisión. Comprobad cada coche que entre, seguid el boletín técnico y cerrad cada trabajo el mismo día.`,
        bodyHtml: `<p>El lunes se abre una campaña de revisión (llamada a revisión) que afecta a un número reducido de vehículos {{brand}}. Los propietarios recibirán una carta, pero muchos se presentarán directamente en el taller, así que estad preparados.</p>
<h2>Paso a paso</h2>
<ul><li><strong>Comprobar:</strong> introducid el número de bastidor en el sistema de garantías de cada coche que entre, sea cual sea el motivo de la visita.</li><li><strong>Pedir:</strong> si el coche está afectado, pedid el kit que indica el boletín técnico. Los kits salen en 48 horas.</li><li><strong>Reparar:</strong> seguid el boletín al pie de la letra. El tiempo estándar es de 0,8 horas.</li><li><strong>Cerrar:</strong> registrad el trabajo en el sistema de garantías el mismo día, con una foto de la etiqueta nueva.</li></ul>
<p>Explicad al cliente con tranquilidad qué se hace y cuánto se tarda. La intervención es gratuita y puede seguir usando el coche con normalidad hasta la cita.</p>
<p>Si algo no queda claro, abrid un ticket a asistencia técnica: respondemos en un plazo de cuatro horas laborables.</p>`,
      },
      de: {
        title: `Rückrufaktion: So gehen Sie Schritt für Schritt vor`,
        summary: `Am Montag startet eine neue Rückrufaktion. Prüfen Sie jedes Fahrzeug, folgen Sie der technischen Mitteilung und schließen Sie jeden Auftrag am selben Tag ab.`,
        bodyHtml: `<p>Am Montag startet eine Rückrufaktion für eine kleine Zahl von {{brand}} Fahrzeugen. Die Halter erhalten einen Brief, viele kommen aber einfach direkt in die Werkstatt. Bitte seien Sie vorbereitet.</p>
<h2>Schritt für Schritt</h2>
<ul><li><strong>Prüfen:</strong> Geben Sie bei jedem Fahrzeug, das in die Werkstatt kommt, die Fahrgestellnummer ins Garantiesystem ein – egal aus welchem Grund es da ist.</li><li><strong>Bestellen:</strong> Ist das Fahrzeug betroffen, bestellen Sie den Teilesatz aus der technischen Mitteilung. Die Sätze werden innerhalb von 48 Stunden verschickt.</li><li><strong>Instand setzen:</strong> Halten Sie sich genau an die technische Mitteilung. Die Vorgabezeit beträgt 0,8 Stunden.</li><li><strong>Abschließen:</strong> Erfassen Sie den Auftrag noch am selben Tag im Garantiesystem, mit einem Foto des neuen Aufklebers.</li></ul>
<p>Erklären Sie dem Kunden in Ruhe, was gemacht wird und wie lange es dauert. Die Arbeit ist kostenlos, und das Fahrzeug kann bis zum Termin ganz normal gefahren werden.</p>
<p>Wenn etwas unklar ist, eröffnen Sie ein Ticket beim technischen Support. Wir antworten innerhalb von vier Arbeitsstunden.</p>`,
      },
      nl: {
        title: `Terugroepactie: zo pak je het stap voor stap aan`,
        summary: `Maandag start een nieuwe terugroepactie. Controleer elke auto die binnenkomt, volg het technisch bulletin en sluit elke klus dezelfde dag af.`,
        bodyHtml: `<p>Maandag start een terugroepactie voor een klein aantal {{brand}}-auto's. Eigenaren krijgen een brief, maar veel van hen staan gewoon bij jullie in de werkplaats. Zorg dat je er klaar voor bent.</p>
<h2>Stap voor stap</h2>
<ul><li><strong>Controleren:</strong> voer bij elke auto die binnenkomt het chassisnummer in het garantiesysteem in, wat de reden van het bezoek ook is.</li><li><strong>Bestellen:</strong> valt de auto onder de actie, bestel dan de onderdelenset uit het technisch bulletin. Sets worden binnen 48 uur verstuurd.</li><li><strong>Repareren:</strong> volg het bulletin precies. De normtijd is 0,8 uur.</li><li><strong>Afsluiten:</strong> registreer de klus dezelfde dag in het garantiesysteem, met een foto van het nieuwe label.</li></ul>
<p>Leg de klant rustig uit wat er gebeurt en hoe lang het duurt. Het werk is gratis en de klant kan tot de afspraak gewoon met de auto blijven rijden.</p>
<p>Is iets niet duidelijk? Open een ticket bij de technische ondersteuning: we reageren binnen vier werkuren.</p>`,
      },
      pl: {
        title: `Akcja przywoławcza: jak ją obsłużyć krok po kroku`,
        summary: `W poniedziałek rusza nowa akcja przywoławcza. Sprawdzaj każde auto, postępuj zgodnie z biuletynem technicznym i zamykaj każde zlecenie tego samego dnia.`,
        bodyHtml: `<p>W poniedziałek rusza akcja przywoławcza obejmująca niewielką liczbę samochodów {{brand}}. Właściciele dostaną list, ale wielu z nich po prostu przyjedzie do warsztatu, więc bądźcie przygotowani.</p>
<h2>Krok po kroku</h2>
<ul><li><strong>Sprawdź:</strong> dla każdego auta, które przyjeżdża do serwisu, wpisz numer VIN do systemu gwarancyjnego, bez względu na powód wizyty.</li><li><strong>Zamów:</strong> jeśli samochód jest objęty akcją, zamów zestaw części wskazany w biuletynie technicznym. Zestawy wysyłamy w ciągu 48 godzin.</li><li><strong>Napraw:</strong> wykonaj naprawę dokładnie według biuletynu. Czas normatywny to 0,8 godziny.</li><li><strong>Zamknij:</strong> tego samego dnia zarejestruj zlecenie w systemie gwarancyjnym i dołącz zdjęcie nowej etykiety.</li></ul>
<p>Spokojnie wyjaśnij klientowi, co zostanie zrobione i ile to potrwa. Naprawa jest bezpłatna, a do dnia wizyty można normalnie jeździć samochodem.</p>
<p>Jeśli coś jest niejasne, otwórz zgłoszenie do wsparcia technicznego: odpowiadamy w ciągu czterech godzin roboczych.</p>`,
      },
    },
  },
  {
    key: 'csi-quarterly-results',
    image: 'chart-up',
    imageAlt: alt['chart-up'],
    authorTitle: author.customerExperienceManager,
    text: {
      en: {
        title: `Customer satisfaction: our results for the quarter`,
        summary: `Satisfaction is up in sales and stable in service. Customers praise our people, and they still wait too long when they collect their car.`,
        bodyHtml: `<p>Thank you to everyone who made our customers' visits a good experience this quarter. More than 18,000 {{brand}} customers answered our survey, and the results are good news.</p>
<h2>The figures</h2>
<ul><li><strong>Sales satisfaction:</strong> 89 out of 100, up 2 points.</li><li><strong>Service satisfaction:</strong> 84 out of 100, the same as last quarter.</li><li><strong>Would recommend their dealer:</strong> 8 customers out of 10.</li></ul>
<h2>What customers tell us</h2>
<p>Customers most often praise how friendly and honest our staff are. The most common complaint is waiting time when they collect their car after a service: on average, 14 minutes.</p>
<p>Our goal for next quarter: get the car, the invoice and the explanations ready before the customer arrives. Your dealer's own results are on its dashboard.</p>`,
      },
      it: {
        title: `Soddisfazione clienti: i risultati del trimestre`,
        summary: `Soddisfazione in crescita nella vendita e stabile nell'assistenza. I clienti lodano le persone, ma al ritiro dell'auto aspettano ancora troppo.`,
        bodyHtml: `<p>Grazie a tutti voi che in questo trimestre avete reso piacevole la visita dei nostri clienti. Oltre 18.000 clienti {{brand}} hanno risposto al questionario, e i risultati sono buone notizie.</p>
<h2>I numeri</h2>
<ul><li><strong>Soddisfazione vendita:</strong> 89 su 100, in crescita di 2 punti.</li><li><strong>Soddisfazione assistenza:</strong> 84 su 100, come nel trimestre scorso.</li><li><strong>Consiglierebbero il proprio concessionario:</strong> 8 clienti su 10.</li></ul>
<h2>Cosa ci dicono i clienti</h2>
<p>I clienti apprezzano soprattutto la cortesia e l'onestà del personale. La lamentela più frequente è l'attesa al ritiro dell'auto dopo il tagliando: in media 14 minuti.</p>
<p>Obiettivo del prossimo trimestre: preparare auto, fattura e spiegazioni prima che il cliente arrivi. I risultati della vostra concessionaria sono nel suo cruscotto.</p>`,
      },
      fr: {
        title: `Satisfaction client : nos résultats du trimestre`,
        summary: `La satisfaction progresse en vente et reste stable à l'après-vente. Les clients saluent nos équipes, mais attendent encore trop à la restitution du véhicule.`,
        bodyHtml: `<p>Merci à toutes celles et ceux qui ont fait de la visite de nos clients un bon moment ce trimestre. Plus de 18 000 clients {{brand}} ont répondu à notre enquête, et les résultats sont encourageants.</p>
<h2>Les chiffres</h2>
<ul><li><strong>Satisfaction vente :</strong> 89 sur 100, en hausse de 2 points.</li><li><strong>Satisfaction après-vente :</strong> 84 sur 100, stable par rapport au trimestre dernier.</li><li><strong>Recommanderaient leur concession :</strong> 8 clients sur 10.</li></ul>
<h2>Ce que disent les clients</h2>
<p>Les clients saluent surtout l'amabilité et l'honnêteté de nos équipes. Le reproche le plus fréquent reste l'attente à la restitution du véhicule après un entretien : 14 minutes en moyenne.</p>
<p>Notre objectif pour le prochain trimestre : préparer le véhicule, la facture et les explications avant l'arrivée du client. Les résultats de votre concession sont sur son tableau de bord.</p>`,
      },
      es: {
        title: `Satisfacción del cliente: nuestros resultados del trimestre`,
        summary: `La satisfacción sube en ventas y se mantiene en posventa. Los clientes valoran a nuestro equipo, pero aún esperan demasiado al recoger el coche.`,
        bodyHtml: `<p>Gracias a todos los que este trimestre habéis hecho que la visita de nuestros clientes fuera una buena experiencia. Más de 18.000 clientes de {{brand}} respondieron a la encuesta, y los resultados son buenas noticias.</p>
<h2>Las cifras</h2>
<ul><li><strong>Satisfacción en ventas:</strong> 89 sobre 100, 2 puntos más.</li><li><strong>Satisfacción en posventa:</strong> 84 sobre 100, igual que el trimestre pasado.</li><li><strong>Recomendarían su concesionario:</strong> 8 de cada 10 clientes.</li></ul>
<h2>Lo que nos dicen los clientes</h2>
<p>Lo que más valoran los clientes es la amabilidad y la honestidad del equipo. La queja más habitual es la espera al recoger el coche después de una revisión: 14 minutos de media.</p>
<p>Nuestro objetivo para el próximo trimestre: tener listos el coche, la factura y las explicaciones antes de que llegue el cliente. Los resultados de tu concesionario están en su panel.</p>`,
      },
      de: {
        title: `Kundenzufriedenheit: unsere Ergebnisse im Quartal`,
        summary: `Die Zufriedenheit steigt im Verkauf und bleibt im Service stabil. Kunden loben unsere Mitarbeitenden, warten aber bei der Fahrzeugrückgabe noch zu lange.`,
        bodyHtml: `<p>Danke an alle, die in diesem Quartal dafür gesorgt haben, dass sich unsere Kunden bei ihrem Besuch wohlgefühlt haben. Mehr als 18.000 {{brand}} Kunden haben an unserer Befragung teilgenommen, und die Ergebnisse sind erfreulich.</p>
<h2>Die Zahlen</h2>
<ul><li><strong>Zufriedenheit Verkauf:</strong> 89 von 100 Punkten, 2 Punkte mehr.</li><li><strong>Zufriedenheit Service:</strong> 84 von 100 Punkten, wie im Vorquartal.</li><li><strong>Würden ihren Händler weiterempfehlen:</strong> 8 von 10 Kunden.</li></ul>
<h2>Was Kunden uns sagen</h2>
<p>Am häufigsten loben die Kunden die Freundlichkeit und Ehrlichkeit unserer Teams. Die häufigste Kritik: die Wartezeit bei der Fahrzeugabholung nach dem Service – im Schnitt 14 Minuten.</p>
<p>Unser Ziel für das nächste Quartal: Fahrzeug, Rechnung und Erklärungen sind fertig, bevor der Kunde kommt. Die Ergebnisse Ihres Betriebs finden Sie in seinem Dashboard.</p>`,
      },
      nl: {
        title: `Klanttevredenheid: onze resultaten van dit kwartaal`,
        summary: `De tevredenheid stijgt bij verkoop en blijft gelijk bij service. Klanten zijn lovend over onze mensen, maar wachten nog te lang bij het ophalen van hun auto.`,
        bodyHtml: `<p>Dank aan iedereen die het bezoek van onze klanten dit kwartaal tot een goede ervaring heeft gemaakt. Meer dan 18.000 {{brand}}-klanten vulden onze enquête in, en de uitkomst is goed nieuws.</p>
<h2>De cijfers</h2>
<ul><li><strong>Tevredenheid verkoop:</strong> 89 van de 100, 2 punten hoger.</li><li><strong>Tevredenheid service:</strong> 84 van de 100, gelijk aan vorig kwartaal.</li><li><strong>Zouden hun dealer aanraden:</strong> 8 op de 10 klanten.</li></ul>
<h2>Wat klanten ons vertellen</h2>
<p>Klanten prijzen vooral de vriendelijkheid en eerlijkheid van onze medewerkers. De meest gehoorde klacht is de wachttijd bij het ophalen van de auto na een onderhoudsbeurt: gemiddeld 14 minuten.</p>
<p>Ons doel voor volgend kwartaal: auto, factuur en uitleg liggen klaar voordat de klant binnenkomt. De resultaten van je eigen vestiging staan op het dashboard.</p>`,
      },
      pl: {
        title: `Zadowolenie klientów: wyniki kwartału`,
        summary: `Zadowolenie rośnie w sprzedaży i utrzymuje się w serwisie. Klienci chwalą nasz zespół, ale wciąż za długo czekają przy odbiorze samochodu.`,
        bodyHtml: `<p>Dziękuję wszystkim, dzięki którym wizyty klientów w tym kwartale były udane. Na naszą ankietę odpowiedziało ponad 18 000 klientów {{brand}}, a wyniki są dobrą wiadomością.</p>
<h2>Liczby</h2>
<ul><li><strong>Zadowolenie ze sprzedaży:</strong> 89 na 100 punktów, o 2 punkty więcej.</li><li><strong>Zadowolenie z serwisu:</strong> 84 na 100 punktów, tyle samo co w poprzednim kwartale.</li><li><strong>Poleciłoby swojego dealera:</strong> 8 na 10 klientów.</li></ul>
<h2>Co mówią klienci</h2>
<p>Klienci najczęściej chwalą uprzejmość i uczciwość naszych pracowników. Najczęstsza skarga to czas oczekiwania przy odbiorze auta po przeglądzie: średnio 14 minut.</p>
<p>Cel na kolejny kwartał: samochód, faktura i wyjaśnienia mają być gotowe, zanim klient przyjedzie. Wyniki Twojego salonu znajdziesz na jego pulpicie.</p>`,
      },
    },
  },
  {
    key: 'training-path-opening',
    image: 'training',
    imageAlt: alt.training,
    authorTitle: author.trainingManager,
    text: {
      en: {
        title: `New training path for service advisers: sign-up is open`,
        summary: `Six short lessons, one day in a training centre and a badge at the end. Built with service advisers, for service advisers.`,
        bodyHtml: `<p>We have built a new training path for {{brand}} service advisers, together with a group of advisers from the network. It covers the moments that matter most at reception.</p>
<h2>What is in it</h2>
<ul><li>Six online lessons of about ten minutes each, which you can follow on your phone.</li><li>Topics: welcoming the customer, explaining a quote, handling a complaint, handing back the car.</li><li>One practical day in a training centre, in small groups.</li><li>A short quiz after each lesson, and a badge when you finish the path.</li></ul>
<p>Sign up in the Training section. The lessons are open now; the classroom days start next month, and places are limited to twelve people per session.</p>
<p>Managers: please give your advisers 30 minutes a week for the lessons. It is time well spent.</p>`,
      },
      it: {
        title: `Nuovo percorso formativo per accettatori: iscrizioni aperte`,
        summary: `Sei lezioni brevi, una giornata in aula e un badge alla fine. Costruito con gli accettatori, per gli accettatori.`,
        bodyHtml: `<p>Abbiamo creato un nuovo percorso formativo per gli accettatori {{brand}}, insieme a un gruppo di accettatori della rete. Tocca i momenti che contano di più al banco accettazione.</p>
<h2>Cosa comprende</h2>
<ul><li>Sei lezioni online di circa dieci minuti, da seguire anche sullo smartphone.</li><li>Temi: l'accoglienza del cliente, la spiegazione del preventivo, la gestione di un reclamo, la riconsegna dell'auto.</li><li>Una giornata pratica in un centro di formazione, in piccoli gruppi.</li><li>Un breve quiz dopo ogni lezione e un badge a percorso completato.</li></ul>
<p>Iscrivetevi dalla sezione Formazione. Le lezioni sono già disponibili; le giornate in aula partono il mese prossimo, con un massimo di dodici persone per sessione.</p>
<p>Ai responsabili: lasciate ai vostri accettatori 30 minuti a settimana per le lezioni. È tempo ben speso.</p>`,
      },
      fr: {
        title: `Nouveau parcours de formation pour les conseillers service`,
        summary: `Six courtes leçons, une journée en centre de formation et un badge à la clé. Conçu avec des conseillers service, pour les conseillers service.`,
        bodyHtml: `<p>Nous avons conçu un nouveau parcours de formation pour les conseillers service {{brand}}, avec un groupe de conseillers du réseau. Il couvre les moments qui comptent le plus à la réception atelier.</p>
<h2>Au programme</h2>
<ul><li>Six leçons en ligne d'une dizaine de minutes, à suivre aussi sur votre téléphone.</li><li>Thèmes : l'accueil du client, l'explication d'un devis, la gestion d'une réclamation, la restitution du véhicule.</li><li>Une journée pratique en centre de formation, en petits groupes.</li><li>Un court quiz après chaque leçon, et un badge à la fin du parcours.</li></ul>
<p>Inscrivez-vous dans la rubrique Formation. Les leçons sont déjà ouvertes ; les journées en salle commencent le mois prochain, avec douze places maximum par session.</p>
<p>Responsables, merci de laisser à vos conseillers 30 minutes par semaine pour suivre les leçons. C'est du temps bien investi.</p>`,
      },
      es: {
        title: `Nuevo itinerario formativo para asesores de servicio`,
        summary: `Seis lecciones cortas, un día en un centro de formación y una insignia al final. Creado con asesores de servicio, para asesores de servicio.`,
        bodyHtml: `<p>Hemos creado un nuevo itinerario formativo para los asesores de servicio de {{brand}}, junto con un grupo de asesores de la red. Trata los momentos más importantes en la recepción del taller.</p>
<h2>Qué incluye</h2>
<ul><li>Seis lecciones online de unos diez minutos cada una, que también puedes seguir desde el móvil.</li><li>Temas: recibir al cliente, explicar un presupuesto, atender una reclamación, entregar el coche.</li><li>Un día práctico en un centro de formación, en grupos reducidos.</li><li>Un pequeño test después de cada lección y una insignia al terminar el itinerario.</li></ul>
<p>Apúntate en la sección Formación. Las lecciones ya están disponibles; las jornadas presenciales empiezan el mes que viene, con un máximo de doce personas por sesión.</p>
<p>Responsables: dad a vuestros asesores 30 minutos a la semana para las lecciones. Es tiempo bien invertido.</p>`,
      },
      de: {
        title: `Neuer Trainingspfad für Serviceberater: Anmeldung offen`,
        summary: `Sechs kurze Lektionen, ein Präsenztag im Trainingszentrum und ein Abzeichen zum Abschluss. Mit Serviceberatern für Serviceberater entwickelt.`,
        bodyHtml: `<p>Gemeinsam mit einer Gruppe von Serviceberatern aus dem Netz haben wir einen neuen Trainingspfad für {{brand}} Serviceberaterinnen und Serviceberater entwickelt. Er behandelt die Momente, auf die es an der Annahme am meisten ankommt.</p>
<h2>Was dazugehört</h2>
<ul><li>Sechs Online-Lektionen von etwa zehn Minuten, auch auf dem Smartphone.</li><li>Themen: Kunden empfangen, einen Kostenvoranschlag erklären, mit einer Reklamation umgehen, das Fahrzeug übergeben.</li><li>Ein Praxistag im Trainingszentrum in kleinen Gruppen.</li><li>Ein kurzes Quiz nach jeder Lektion und ein Abzeichen am Ende des Pfads.</li></ul>
<p>Melden Sie sich im Bereich Training an. Die Lektionen sind ab sofort freigeschaltet; die Präsenztage beginnen im nächsten Monat, mit höchstens zwölf Personen pro Termin.</p>
<p>An die Führungskräfte: Bitte geben Sie Ihren Serviceberatern 30 Minuten pro Woche für die Lektionen. Das ist gut investierte Zeit.</p>`,
      },
      nl: {
        title: `Nieuw leertraject voor serviceadviseurs: inschrijving geopend`,
        summary: `Zes korte lessen, één dag in een trainingscentrum en een badge aan het eind. Gemaakt met serviceadviseurs, voor serviceadviseurs.`,
        bodyHtml: `<p>Samen met een groep serviceadviseurs uit het dealernetwerk hebben we een nieuw leertraject voor {{brand}}-serviceadviseurs gemaakt. Het gaat over de momenten die aan de servicebalie het meest tellen.</p>
<h2>Wat zit erin</h2>
<ul><li>Zes online lessen van ongeveer tien minuten, ook te volgen op je telefoon.</li><li>Onderwerpen: de klant ontvangen, een offerte uitleggen, een klacht afhandelen, de auto teruggeven.</li><li>Eén praktijkdag in een trainingscentrum, in kleine groepen.</li><li>Een korte quiz na elke les en een badge als je het traject afrondt.</li></ul>
<p>Schrijf je in via het onderdeel Training. De lessen staan al open; de praktijkdagen beginnen volgende maand, met maximaal twaalf deelnemers per keer.</p>
<p>Leidinggevenden: geef jullie adviseurs 30 minuten per week voor de lessen. Dat is goed bestede tijd.</p>`,
      },
      pl: {
        title: `Nowa ścieżka szkoleniowa dla doradców serwisowych`,
        summary: `Sześć krótkich lekcji, jeden dzień w centrum szkoleniowym i odznaka na koniec. Przygotowana z doradcami serwisowymi, dla doradców serwisowych.`,
        bodyHtml: `<p>Razem z grupą doradców serwisowych z sieci przygotowaliśmy nową ścieżkę szkoleniową dla doradców serwisowych {{brand}}. Dotyczy sytuacji, które w recepcji serwisu są najważniejsze.</p>
<h2>Co obejmuje</h2>
<ul><li>Sześć lekcji online po około dziesięć minut, także na telefonie.</li><li>Tematy: powitanie klienta, wyjaśnienie wyceny, obsługa reklamacji, wydanie samochodu.</li><li>Jeden dzień zajęć praktycznych w centrum szkoleniowym, w małych grupach.</li><li>Krótki quiz po każdej lekcji i odznaka po ukończeniu ścieżki.</li></ul>
<p>Zapisz się w sekcji Szkolenia. Lekcje są już dostępne, a zajęcia stacjonarne ruszają w przyszłym miesiącu – maksymalnie dwanaście osób w grupie.</p>
<p>Kierownicy: dajcie swoim doradcom 30 minut tygodniowo na lekcje. To dobrze wykorzystany czas.</p>`,
      },
    },
  },
  {
    key: 'sales-contest-results',
    image: 'trophy',
    imageAlt: alt.trophy,
    authorTitle: author.salesDirector,
    text: {
      en: {
        title: `Spring sales contest: the winners are…`,
        summary: `Twelve weeks, 340 salespeople taking part and a record number of test drives. Congratulations to the winning teams and thank you to all.`,
        bodyHtml: `<p>Our spring sales contest is over, and what a contest it was. 340 {{brand}} salespeople took part, and the network booked 22% more test drives than in the same weeks last year.</p>
<h2>The winners</h2>
<ul><li><strong>Best team:</strong> the dealer with the highest growth in orders against its target, at 131%.</li><li><strong>Best salesperson:</strong> 47 cars sold in twelve weeks, with excellent customer feedback.</li><li><strong>Best newcomer:</strong> a salesperson in their first year who reached 118% of target.</li></ul>
<p>The names of the winners and the full ranking by region are in the Contests section. The winning teams will join us for a weekend trip in June.</p>
<p>Thank you to every one of you who took part. The summer contest starts next month, with new prizes for service teams too.</p>`,
      },
      it: {
        title: `Contest vendite di primavera: ecco i vincitori`,
        summary: `Dodici settimane, 340 venditori in gara e un numero record di prove su strada. Complimenti alle squadre vincitrici e grazie a tutti.`,
        bodyHtml: `<p>Il contest vendite di primavera si è chiuso, ed è stata una bella gara. Hanno partecipato 340 venditori {{brand}} e la rete ha fissato il 22% di prove su strada in più rispetto alle stesse settimane dell'anno scorso.</p>
<h2>I vincitori</h2>
<ul><li><strong>Miglior squadra:</strong> la concessionaria con la crescita più alta degli ordini rispetto all'obiettivo, al 131%.</li><li><strong>Miglior venditore:</strong> 47 auto vendute in dodici settimane, con giudizi eccellenti dei clienti.</li><li><strong>Miglior esordiente:</strong> un venditore al primo anno che ha raggiunto il 118% dell'obiettivo.</li></ul>
<p>I nomi dei vincitori e la classifica completa per zona sono nella sezione Contest. Le squadre vincitrici partiranno con noi per un weekend a giugno.</p>
<p>Grazie a ognuno di voi per aver partecipato. Il contest d'estate parte il mese prossimo, con premi nuovi anche per le squadre dell'assistenza.</p>`,
      },
      fr: {
        title: `Challenge commercial de printemps : les gagnants sont…`,
        summary: `Douze semaines, 340 vendeurs en lice et un nombre record d'essais. Bravo aux équipes gagnantes et merci à tous.`,
        bodyHtml: `<p>Notre challenge commercial de printemps est terminé, et quel challenge ! 340 vendeurs {{brand}} y ont participé, et le réseau a réalisé 22 % d'essais de plus que sur les mêmes semaines l'an dernier.</p>
<h2>Le palmarès</h2>
<ul><li><strong>Meilleure équipe :</strong> la concession qui a le plus progressé en commandes par rapport à son objectif, à 131 %.</li><li><strong>Meilleur vendeur :</strong> 47 véhicules vendus en douze semaines, avec d'excellents retours clients.</li><li><strong>Meilleure recrue :</strong> un vendeur dans sa première année, à 118 % de son objectif.</li></ul>
<p>Les noms des gagnants et le classement complet par région sont dans la rubrique Challenges. Les équipes gagnantes partiront avec nous pour un week-end en juin.</p>
<p>Merci à chacune et chacun d'entre vous d'avoir joué le jeu. Le challenge d'été démarre le mois prochain, avec de nouveaux prix, y compris pour les équipes après-vente.</p>`,
      },
      es: {
        title: `Concurso de ventas de primavera: estos son los ganadores`,
        summary: `Doce semanas, 340 comerciales participando y un número récord de pruebas de conducción. Enhorabuena a los equipos ganadores y gracias a todos.`,
        bodyHtml: `<p>Ha terminado nuestro concurso de ventas de primavera, y ha estado muy reñido. Participaron 340 comerciales de {{brand}} y la red hizo un 22 % más de pruebas de conducción que en las mismas semanas del año pasado.</p>
<h2>Los ganadores</h2>
<ul><li><strong>Mejor equipo:</strong> el concesionario que más creció en pedidos frente a su objetivo, con un 131 %.</li><li><strong>Mejor comercial:</strong> 47 coches vendidos en doce semanas, con valoraciones excelentes de los clientes.</li><li><strong>Mejor incorporación:</strong> un comercial en su primer año que llegó al 118 % de su objetivo.</li></ul>
<p>Los nombres de los ganadores y la clasificación completa por zona están en la sección Concursos. Los equipos ganadores se vienen con nosotros de fin de semana en junio.</p>
<p>Gracias a cada uno de vosotros por participar. El concurso de verano empieza el mes que viene, con premios nuevos también para los equipos de posventa.</p>`,
      },
      de: {
        title: `Frühjahrs-Verkaufswettbewerb: Das sind die Gewinner`,
        summary: `Zwölf Wochen, 340 Verkäuferinnen und Verkäufer und so viele Probefahrten wie nie. Glückwunsch an die Gewinnerteams und danke an alle.`,
        bodyHtml: `<p>Unser Frühjahrs-Verkaufswettbewerb ist vorbei – und er war spannend. 340 {{brand}} Verkäuferinnen und Verkäufer haben mitgemacht, und das Netz hat 22 % mehr Probefahrten vereinbart als in denselben Wochen des Vorjahres.</p>
<h2>Die Gewinner</h2>
<ul><li><strong>Bestes Team:</strong> der Betrieb mit dem stärksten Auftragsplus im Verhältnis zum Ziel – 131 %.</li><li><strong>Beste Verkaufsleistung:</strong> 47 verkaufte Fahrzeuge in zwölf Wochen, mit hervorragenden Kundenbewertungen.</li><li><strong>Bester Newcomer:</strong> im ersten Jahr dabei und schon bei 118 % des Ziels.</li></ul>
<p>Die Namen der Gewinner und die vollständige Rangliste nach Region finden Sie im Bereich Wettbewerbe. Die Gewinnerteams fahren im Juni mit uns auf eine Wochenendreise.</p>
<p>Danke an jede und jeden, die mitgemacht haben. Der Sommerwettbewerb startet im nächsten Monat, diesmal auch mit Preisen für die Serviceteams.</p>`,
      },
      nl: {
        title: `Verkoopwedstrijd voorjaar: dit zijn de winnaars`,
        summary: `Twaalf weken, 340 verkopers die meededen en een record aantal proefritten. Gefeliciteerd aan de winnende teams en bedankt allemaal.`,
        bodyHtml: `<p>Onze voorjaarsverkoopwedstrijd zit erop, en het was een spannende strijd. 340 {{brand}}-verkopers deden mee en het netwerk plande 22% meer proefritten dan in dezelfde weken vorig jaar.</p>
<h2>De winnaars</h2>
<ul><li><strong>Beste team:</strong> de vestiging met de sterkste groei in orders ten opzichte van het doel: 131%.</li><li><strong>Beste verkoper:</strong> 47 auto's verkocht in twaalf weken, met uitstekende beoordelingen van klanten.</li><li><strong>Beste nieuwkomer:</strong> een verkoper in het eerste jaar die 118% van het doel haalde.</li></ul>
<p>De namen van de winnaars en de volledige ranglijst per regio vind je bij Wedstrijden. De winnende teams gaan in juni met ons een weekend weg.</p>
<p>Iedereen die meedeed: bedankt. De zomerwedstrijd begint volgende maand, dit keer ook met prijzen voor de serviceteams.</p>`,
      },
      pl: {
        title: `Wiosenny konkurs sprzedażowy: poznajcie zwycięzców`,
        summary: `Dwanaście tygodni, 340 sprzedawców i rekordowa liczba jazd próbnych. Gratulacje dla zwycięskich zespołów i podziękowania dla wszystkich.`,
        bodyHtml: `<p>Wiosenny konkurs sprzedażowy dobiegł końca i była to naprawdę wyrównana rywalizacja. Wzięło w nim udział 340 sprzedawców {{brand}}, a sieć umówiła o 22% więcej jazd próbnych niż w tych samych tygodniach ubiegłego roku.</p>
<h2>Zwycięzcy</h2>
<ul><li><strong>Najlepszy zespół:</strong> salon z największym wzrostem zamówień względem celu – 131%.</li><li><strong>Najlepszy sprzedawca:</strong> 47 sprzedanych samochodów w dwanaście tygodni i świetne opinie klientów.</li><li><strong>Najlepszy debiutant:</strong> sprzedawca w pierwszym roku pracy, który osiągnął 118% celu.</li></ul>
<p>Nazwiska zwycięzców i pełny ranking według regionów znajdziesz w sekcji Konkursy. Zwycięskie zespoły jadą z nami w czerwcu na weekendowy wyjazd.</p>
<p>Dziękuję każdemu, kto wziął udział. Letni konkurs startuje w przyszłym miesiącu, tym razem z nagrodami także dla zespołów serwisowych.</p>`,
      },
    },
  },
];
