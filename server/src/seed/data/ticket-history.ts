import type { Locale } from './types.js';

/**
 * What dealers of each language file again and again, for the ticket history
 * (../ticket-history.ts): a ticket's category, title and description as a dealer writes
 * them, the tags its handler gives it, and the months it peaks in (tyres in spring and
 * autumn, deliveries in the plate-change months, parts in the summer holidays).
 */
export interface HistoryTicket {
  categoryId: string;
  title: string;
  description: string;
  tags: string[];
  peakMonths?: number[];
}

const TYRES = [3, 4, 10, 11];
const SUMMER = [6, 7, 8];
const PLATES = [3, 9];
const YEAR_START = [1];

export const HISTORY_TICKETS: Record<Locale, HistoryTicket[]> = {
  de: [
    {
      categoryId: 'category-it',
      title: 'Werkstattdrucker druckt keine Aufträge',
      description:
        'Nach dem Update druckt der Drucker in der Annahme keine Werkstattaufträge mehr. Wir drucken vorerst über den Verkauf.',
      tags: ['dms', 'drucker'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Kunde doppelt im CRM angelegt',
      description:
        'Nach der Probefahrt steht der Kunde zweimal im CRM, mit verschiedenen Telefonnummern. Bitte zusammenführen.',
      tags: ['crm-dubletten'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Reifenwechsel ohne Drehmomentprotokoll',
      description:
        'Beim Radwechsel wurde das Nachziehen der Radmuttern nicht dokumentiert. Der Kunde kam mit lockeren Radschrauben zurück.',
      tags: ['reifenwechsel'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Falsches Ersatzteil geliefert',
      description:
        'Geliefert wurde ein Teil für das Vorgängermodell, obwohl über die Fahrgestellnummer bestellt wurde. Der Kunde wartet.',
      tags: ['teilelogistik'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Garantieantrag ohne Begründung abgelehnt',
      description:
        'Der Antrag für das Infotainment-Steuergerät wurde ohne Begründung abgelehnt, obwohl die Diagnose anhängt.',
      tags: ['garantie'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Fahrzeug ohne Zulassungsbescheinigung übergeben',
      description:
        'Bei der Auslieferung fehlte die Zulassungsbescheinigung Teil II. Der Kunde musste noch einmal kommen.',
      tags: ['auslieferung'],
      peakMonths: PLATES,
    },
  ],
  en: [
    {
      categoryId: 'category-it',
      title: 'Workshop printer stopped printing job cards',
      description:
        'Since the update the printer at service reception prints no job cards. We print them from the sales office for now.',
      tags: ['dms', 'printer'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Customer created twice in the CRM',
      description:
        'After a test drive the customer appears twice in the CRM, with different phone numbers. Please merge the records.',
      tags: ['crm-duplicates'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Tyre change without a torque record',
      description:
        'The wheel nuts were not re-torqued and signed off after a tyre change. The customer came back with loose wheel bolts.',
      tags: ['tyre-change'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Wrong part delivered',
      description:
        'We received a part for the previous model although we ordered by VIN. The customer is waiting for the car.',
      tags: ['parts-logistics'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Warranty claim rejected without a reason',
      description:
        'The claim for the infotainment unit was rejected without a reason, although the diagnosis report is attached.',
      tags: ['warranty'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Car handed over without its V5C',
      description:
        'At delivery the registration document was missing. The customer had to come back for it.',
      tags: ['delivery'],
      peakMonths: PLATES,
    },
  ],
  fr: [
    {
      categoryId: 'category-it',
      title: 'L’imprimante de l’atelier n’imprime plus les OR',
      description:
        'Depuis la mise à jour, l’imprimante de la réception n’imprime plus les ordres de réparation. Nous imprimons depuis le bureau commercial en attendant.',
      tags: ['dms', 'imprimante'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Client créé deux fois dans le CRM',
      description:
        'Après un essai, le client apparaît deux fois dans le CRM, avec des numéros différents. Merci de fusionner les fiches.',
      tags: ['crm-doublons'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Changement de pneus sans contrôle du serrage',
      description:
        'Le resserrage des écrous de roue n’a pas été tracé après un changement de pneus. Le client est revenu avec des vis desserrées.',
      tags: ['pneumatiques'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Mauvaise pièce livrée',
      description:
        'Nous avons reçu une pièce du modèle précédent alors que la commande était faite par VIN. Le client attend son véhicule.',
      tags: ['logistique-pièces'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Demande de garantie refusée sans motif',
      description:
        'La demande pour le module multimédia a été refusée sans motif, alors que le diagnostic est joint.',
      tags: ['garantie'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Véhicule livré sans certificat d’immatriculation',
      description:
        'Lors de la livraison, le certificat d’immatriculation manquait. Le client a dû revenir.',
      tags: ['livraison'],
      peakMonths: PLATES,
    },
  ],
  it: [
    {
      categoryId: 'category-it',
      title: 'La stampante dell’officina non stampa gli ordini di lavoro',
      description:
        'Dopo l’aggiornamento la stampante in accettazione non stampa più gli ordini di lavoro. Per ora stampiamo dall’ufficio vendite.',
      tags: ['dms', 'stampante'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Cliente inserito due volte nel CRM',
      description:
        'Dopo una prova su strada il cliente compare due volte nel CRM, con numeri di telefono diversi. Chiediamo di unire le schede.',
      tags: ['crm-duplicati'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Cambio gomme senza registrazione del serraggio',
      description:
        'Dopo il cambio gomme il serraggio dei bulloni non è stato registrato. Il cliente è tornato con i bulloni allentati.',
      tags: ['cambio-gomme'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Consegnato il ricambio sbagliato',
      description:
        'È arrivato un ricambio del modello precedente anche se l’ordine era fatto per numero di telaio. Il cliente aspetta l’auto.',
      tags: ['ricambi'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Richiesta di garanzia respinta senza motivazione',
      description:
        'La richiesta per la centralina dell’infotainment è stata respinta senza motivazione, anche se la diagnosi è allegata.',
      tags: ['garanzia'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Auto consegnata senza carta di circolazione',
      description: 'Alla consegna mancava la carta di circolazione. Il cliente è dovuto tornare.',
      tags: ['consegna'],
      peakMonths: PLATES,
    },
  ],
  es: [
    {
      categoryId: 'category-it',
      title: 'La impresora del taller no imprime las órdenes de reparación',
      description:
        'Desde la actualización, la impresora de recepción no imprime las órdenes. De momento imprimimos desde la oficina de ventas.',
      tags: ['dms', 'impresora'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Cliente duplicado en el CRM',
      description:
        'Tras una prueba de conducción el cliente aparece dos veces en el CRM, con teléfonos distintos. Por favor, fusionad las fichas.',
      tags: ['crm-duplicados'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Cambio de neumáticos sin registro del apriete',
      description:
        'Tras un cambio de neumáticos no se registró el reapriete de las tuercas. El cliente volvió con los tornillos flojos.',
      tags: ['neumáticos'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Recambio equivocado',
      description:
        'Recibimos una pieza del modelo anterior aunque el pedido se hizo por número de bastidor. El cliente espera su coche.',
      tags: ['recambios'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Reclamación de garantía rechazada sin motivo',
      description:
        'La reclamación de la unidad multimedia se rechazó sin motivo, aunque el diagnóstico está adjunto.',
      tags: ['garantía'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Coche entregado sin permiso de circulación',
      description: 'En la entrega faltaba el permiso de circulación. El cliente tuvo que volver.',
      tags: ['entregas'],
      peakMonths: PLATES,
    },
  ],
  nl: [
    {
      categoryId: 'category-it',
      title: 'Werkplaatsprinter drukt geen werkorders meer af',
      description:
        'Sinds de update drukt de printer bij de receptie geen werkorders meer af. We printen voorlopig via de verkoopafdeling.',
      tags: ['dms', 'printer'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Klant dubbel aangemaakt in het CRM',
      description:
        'Na een proefrit staat de klant twee keer in het CRM, met verschillende telefoonnummers. Graag samenvoegen.',
      tags: ['crm-dubbelingen'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Bandenwissel zonder registratie van het aanhaalmoment',
      description:
        'Na een bandenwissel is het natrekken van de wielmoeren niet vastgelegd. De klant kwam terug met losse wielbouten.',
      tags: ['bandenwissel'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Verkeerd onderdeel geleverd',
      description:
        'We kregen een onderdeel voor het vorige model, hoewel op chassisnummer was besteld. De klant wacht op zijn auto.',
      tags: ['onderdelenlogistiek'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Garantieclaim zonder reden afgewezen',
      description:
        'De claim voor de infotainmentmodule is zonder reden afgewezen, hoewel de diagnose is bijgevoegd.',
      tags: ['garantie'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Auto afgeleverd zonder kentekenbewijs',
      description: 'Bij de aflevering ontbrak het kentekenbewijs. De klant moest terugkomen.',
      tags: ['aflevering'],
      peakMonths: PLATES,
    },
  ],
  pl: [
    {
      categoryId: 'category-it',
      title: 'Drukarka w serwisie nie drukuje zleceń',
      description:
        'Po aktualizacji drukarka w przyjęciu serwisowym nie drukuje zleceń. Na razie drukujemy w dziale sprzedaży.',
      tags: ['dms', 'drukarka'],
      peakMonths: YEAR_START,
    },
    {
      categoryId: 'category-crm-duplicate',
      title: 'Klient założony dwa razy w CRM',
      description:
        'Po jeździe próbnej klient występuje w CRM dwa razy, z różnymi numerami telefonu. Prosimy o scalenie kart.',
      tags: ['crm-duplikaty'],
    },
    {
      categoryId: 'category-nc-workshop',
      title: 'Wymiana opon bez protokołu dokręcenia',
      description:
        'Po wymianie opon nie odnotowano dokręcenia śrub kół. Klient wrócił z poluzowanymi śrubami.',
      tags: ['wymiana-opon'],
      peakMonths: TYRES,
    },
    {
      categoryId: 'category-nc-parts',
      title: 'Dostarczono niewłaściwą część',
      description:
        'Otrzymaliśmy część do poprzedniego modelu, choć zamówienie było po numerze VIN. Klient czeka na samochód.',
      tags: ['logistyka-części'],
      peakMonths: SUMMER,
    },
    {
      categoryId: 'category-nc-warranty',
      title: 'Wniosek gwarancyjny odrzucony bez uzasadnienia',
      description:
        'Wniosek dotyczący modułu multimedialnego odrzucono bez uzasadnienia, choć diagnoza jest załączona.',
      tags: ['gwarancja'],
    },
    {
      categoryId: 'category-nc-sales',
      title: 'Samochód wydany bez dowodu rejestracyjnego',
      description:
        'Przy wydaniu brakowało dowodu rejestracyjnego. Klient musiał przyjechać ponownie.',
      tags: ['wydanie'],
      peakMonths: PLATES,
    },
  ],
};
