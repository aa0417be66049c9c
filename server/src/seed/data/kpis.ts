/**
 * The automotive KPIs every brand measures in every country it sells in, named the way a
 * dealer network says them in each language. Seeded per brand × country (kpi-history.ts);
 * imports name a KPI by its code.
 */

export type KpiUnit = 'COUNT' | 'CURRENCY' | 'PERCENT' | 'HOURS' | 'MINUTES' | 'SCORE';
export type KpiRollup = 'SUM' | 'AVERAGE' | 'RATIO';
export type KpiBreakdown = 'NONE' | 'TEAM' | 'PERSON';
type Texts = Record<'en' | 'it' | 'fr' | 'es' | 'de' | 'nl' | 'pl', string>;

export interface KpiDefinition {
  code: string;
  unit: KpiUnit;
  higherIsBetter: boolean;
  rollup: KpiRollup;
  breakdown: KpiBreakdown;
  names: Texts;
  descriptions: Texts;
}

/** The currency service and accessories are invoiced in; the euro elsewhere. */
const CURRENCIES: Readonly<Record<string, string>> = {
  GB: 'GBP',
  PL: 'PLN',
  CH: 'CHF',
  CL: 'CLP',
  CZ: 'CZK',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
  HU: 'HUF',
};

export const kpiCurrency = (countryCode: string): string => CURRENCIES[countryCode] ?? 'EUR';

/** Stable ids, so that imports, links and tests can name a KPI: kpi-veyra-de-new-vehicle-sales. */
export const kpiId = (brandCode: string, countryCode: string, code: string): string =>
  `kpi-${brandCode}-${countryCode.toLowerCase()}-${code.toLowerCase().replaceAll('_', '-')}`;

/** In the order the barometer shows them: sales, after-sales, customers, leads. */
export const kpiDefinitions: readonly KpiDefinition[] = [
  {
    code: 'NEW_VEHICLE_SALES',
    unit: 'COUNT',
    higherIsBetter: true,
    rollup: 'SUM',
    breakdown: 'PERSON',
    names: {
      en: 'New vehicle sales',
      it: 'Vendite vetture nuove',
      fr: 'Ventes VN',
      es: 'Ventas de vehículos nuevos',
      de: 'Neuwagenverkäufe',
      nl: "Verkoop nieuwe auto's",
      pl: 'Sprzedaż nowych samochodów',
    },
    descriptions: {
      en: 'New vehicles delivered to customers in the month (registrations), per salesperson.',
      it: 'Vetture nuove consegnate ai clienti nel mese (immatricolazioni), per venditore.',
      fr: 'Véhicules neufs livrés aux clients dans le mois (immatriculations), par vendeur.',
      es: 'Vehículos nuevos entregados a clientes en el mes (matriculaciones), por vendedor.',
      de: 'Im Monat an Kunden ausgelieferte Neuwagen (Zulassungen), je Verkäufer.',
      nl: "In de maand aan klanten afgeleverde nieuwe auto's (registraties), per verkoper.",
      pl: 'Nowe samochody wydane klientom w miesiącu (rejestracje), według sprzedawcy.',
    },
  },
  {
    code: 'USED_VEHICLE_SALES',
    unit: 'COUNT',
    higherIsBetter: true,
    rollup: 'SUM',
    breakdown: 'PERSON',
    names: {
      en: 'Used vehicle sales',
      it: 'Vendite vetture usate',
      fr: 'Ventes VO',
      es: 'Ventas de vehículos de ocasión',
      de: 'Gebrauchtwagenverkäufe',
      nl: 'Verkoop occasions',
      pl: 'Sprzedaż samochodów używanych',
    },
    descriptions: {
      en: 'Used vehicles sold to customers in the month, per salesperson.',
      it: 'Vetture usate vendute ai clienti nel mese, per venditore.',
      fr: "Véhicules d'occasion vendus aux clients dans le mois, par vendeur.",
      es: 'Vehículos de ocasión vendidos a clientes en el mes, por vendedor.',
      de: 'Im Monat an Kunden verkaufte Gebrauchtwagen, je Verkäufer.',
      nl: 'In de maand aan klanten verkochte occasions, per verkoper.',
      pl: 'Samochody używane sprzedane klientom w miesiącu, według sprzedawcy.',
    },
  },
  {
    code: 'SERVICE_REVENUE',
    unit: 'CURRENCY',
    higherIsBetter: true,
    rollup: 'SUM',
    breakdown: 'NONE',
    names: {
      en: 'Service revenue',
      it: 'Fatturato assistenza',
      fr: 'CA après-vente',
      es: 'Facturación de posventa',
      de: 'Serviceumsatz',
      nl: 'Omzet aftersales',
      pl: 'Przychody serwisu',
    },
    descriptions: {
      en: 'Labour and parts invoiced to service customers in the month.',
      it: "Manodopera e ricambi fatturati ai clienti dell'officina nel mese.",
      fr: "Main-d'œuvre et pièces facturées aux clients de l'atelier dans le mois.",
      es: 'Mano de obra y recambios facturados a los clientes del taller en el mes.',
      de: 'Im Monat an Servicekunden berechnete Arbeitsleistung und Teile.',
      nl: 'In de maand aan werkplaatsklanten gefactureerde arbeid en onderdelen.',
      pl: 'Robocizna i części zafakturowane klientom serwisu w miesiącu.',
    },
  },
  {
    code: 'ACCESSORIES_SALES',
    unit: 'CURRENCY',
    higherIsBetter: true,
    rollup: 'SUM',
    breakdown: 'NONE',
    names: {
      en: 'Accessories and add-on sales',
      it: 'Vendite accessori e servizi aggiuntivi',
      fr: 'Ventes accessoires et services',
      es: 'Ventas de accesorios y servicios adicionales',
      de: 'Zubehör- und Zusatzverkäufe',
      nl: "Verkoop accessoires en extra's",
      pl: 'Sprzedaż akcesoriów i usług dodatkowych',
    },
    descriptions: {
      en: 'Accessories, extended warranties and service plans sold in the month.',
      it: 'Accessori, estensioni di garanzia e pacchetti di manutenzione venduti nel mese.',
      fr: "Accessoires, extensions de garantie et contrats d'entretien vendus dans le mois.",
      es: 'Accesorios, extensiones de garantía y planes de mantenimiento vendidos en el mes.',
      de: 'Im Monat verkauftes Zubehör, Garantieverlängerungen und Wartungsverträge.',
      nl: 'In de maand verkochte accessoires, garantieverlengingen en onderhoudscontracten.',
      pl: 'Akcesoria, przedłużone gwarancje i pakiety serwisowe sprzedane w miesiącu.',
    },
  },
  {
    code: 'WORKSHOP_HOURS_SOLD',
    unit: 'HOURS',
    higherIsBetter: true,
    rollup: 'SUM',
    breakdown: 'TEAM',
    names: {
      en: 'Workshop hours sold',
      it: 'Ore officina vendute',
      fr: 'Heures atelier vendues',
      es: 'Horas de taller vendidas',
      de: 'Verkaufte Werkstattstunden',
      nl: 'Verkochte werkplaatsuren',
      pl: 'Sprzedane roboczogodziny',
    },
    descriptions: {
      en: 'Labour hours invoiced by the workshop team in the month.',
      it: 'Ore di manodopera fatturate dal team officina nel mese.',
      fr: "Heures de main-d'œuvre facturées par l'équipe atelier dans le mois.",
      es: 'Horas de mano de obra facturadas por el equipo de taller en el mes.',
      de: 'Im Monat vom Werkstattteam fakturierte Arbeitsstunden.',
      nl: 'In de maand door het werkplaatsteam gefactureerde arbeidsuren.',
      pl: 'Roboczogodziny zafakturowane przez zespół warsztatu w miesiącu.',
    },
  },
  {
    code: 'CSI',
    unit: 'SCORE',
    higherIsBetter: true,
    rollup: 'AVERAGE',
    breakdown: 'NONE',
    names: {
      en: 'Customer satisfaction (CSI)',
      it: 'Soddisfazione clienti (CSI)',
      fr: 'Satisfaction client (CSI)',
      es: 'Satisfacción del cliente (CSI)',
      de: 'Kundenzufriedenheit (CSI)',
      nl: 'Klanttevredenheid (CSI)',
      pl: 'Zadowolenie klientów (CSI)',
    },
    descriptions: {
      en: 'Customer satisfaction index from the surveys after each visit, from 0 to 100.',
      it: 'Indice di soddisfazione clienti dalle indagini dopo ogni visita, da 0 a 100.',
      fr: 'Indice de satisfaction client issu des enquêtes après chaque visite, de 0 à 100.',
      es: 'Índice de satisfacción del cliente de las encuestas tras cada visita, de 0 a 100.',
      de: 'Kundenzufriedenheitsindex aus den Befragungen nach jedem Besuch, von 0 bis 100.',
      nl: 'Klanttevredenheidsindex uit de enquêtes na elk bezoek, van 0 tot 100.',
      pl: 'Wskaźnik zadowolenia klientów z ankiet po każdej wizycie, od 0 do 100.',
    },
  },
  {
    code: 'NPS',
    unit: 'SCORE',
    higherIsBetter: true,
    rollup: 'AVERAGE',
    breakdown: 'NONE',
    names: {
      en: 'Net Promoter Score (NPS)',
      it: 'Net Promoter Score (NPS)',
      fr: 'Net Promoter Score (NPS)',
      es: 'Net Promoter Score (NPS)',
      de: 'Net Promoter Score (NPS)',
      nl: 'Net Promoter Score (NPS)',
      pl: 'Net Promoter Score (NPS)',
    },
    descriptions: {
      en: 'Promoters minus detractors among the customers surveyed, from −100 to 100.',
      it: 'Promotori meno detrattori tra i clienti intervistati, da −100 a 100.',
      fr: 'Promoteurs moins détracteurs parmi les clients interrogés, de −100 à 100.',
      es: 'Promotores menos detractores entre los clientes encuestados, de −100 a 100.',
      de: 'Promotoren abzüglich Kritiker unter den befragten Kunden, von −100 bis 100.',
      nl: 'Promotors min criticasters onder de ondervraagde klanten, van −100 tot 100.',
      pl: 'Promotorzy minus krytycy wśród ankietowanych klientów, od −100 do 100.',
    },
  },
  {
    code: 'LEAD_RESPONSE_TIME',
    unit: 'MINUTES',
    higherIsBetter: false,
    rollup: 'AVERAGE',
    breakdown: 'NONE',
    names: {
      en: 'Lead response time',
      it: 'Tempo di risposta ai lead',
      fr: 'Délai de réponse aux leads',
      es: 'Tiempo de respuesta a leads',
      de: 'Reaktionszeit auf Leads',
      nl: 'Reactietijd op leads',
      pl: 'Czas reakcji na leady',
    },
    descriptions: {
      en: "Average minutes between a new lead's arrival and the first contact with the customer.",
      it: "Minuti medi tra l'arrivo di un nuovo lead e il primo contatto con il cliente.",
      fr: "Minutes en moyenne entre l'arrivée d'un nouveau lead et le premier contact avec le client.",
      es: 'Minutos de media entre la llegada de un nuevo lead y el primer contacto con el cliente.',
      de: 'Durchschnittliche Minuten zwischen dem Eingang eines neuen Leads und dem ersten Kundenkontakt.',
      nl: 'Gemiddeld aantal minuten tussen de binnenkomst van een nieuwe lead en het eerste contact met de klant.',
      pl: 'Średnia liczba minut od wpłynięcia nowego leada do pierwszego kontaktu z klientem.',
    },
  },
  {
    code: 'LEAD_CONVERSION',
    unit: 'PERCENT',
    higherIsBetter: true,
    rollup: 'RATIO',
    breakdown: 'NONE',
    names: {
      en: 'Lead conversion',
      it: 'Conversione dei lead',
      fr: 'Taux de transformation des leads',
      es: 'Conversión de leads',
      de: 'Lead-Konversionsrate',
      nl: 'Leadconversie',
      pl: 'Konwersja leadów',
    },
    descriptions: {
      en: "Share of the month's leads that became an order.",
      it: 'Quota dei lead del mese trasformati in contratto.',
      fr: 'Part des leads du mois transformés en commande.',
      es: 'Proporción de los leads del mes convertidos en pedido.',
      de: 'Anteil der Leads des Monats, die zu einem Auftrag wurden.',
      nl: 'Aandeel van de leads van de maand dat tot een order leidde.',
      pl: 'Odsetek leadów z danego miesiąca zakończonych zamówieniem.',
    },
  },
  {
    code: 'FIRST_TIME_FIX_RATE',
    unit: 'PERCENT',
    higherIsBetter: true,
    rollup: 'RATIO',
    breakdown: 'NONE',
    names: {
      en: 'First-time fix rate',
      it: 'Riparazioni risolte al primo intervento',
      fr: 'Taux de réparation du premier coup',
      es: 'Tasa de reparación a la primera',
      de: 'Erstreparaturquote',
      nl: 'First-time-fix-ratio',
      pl: 'Skuteczność pierwszej naprawy',
    },
    descriptions: {
      en: "Share of the month's repairs fixed at the first workshop visit.",
      it: 'Quota delle riparazioni del mese risolte al primo passaggio in officina.',
      fr: "Part des réparations du mois réussies dès le premier passage à l'atelier.",
      es: 'Proporción de las reparaciones del mes resueltas en la primera visita al taller.',
      de: 'Anteil der Reparaturen des Monats, die beim ersten Werkstattbesuch erledigt wurden.',
      nl: 'Aandeel van de reparaties van de maand die bij het eerste werkplaatsbezoek verholpen waren.',
      pl: 'Odsetek napraw z danego miesiąca wykonanych skutecznie przy pierwszej wizycie w serwisie.',
    },
  },
];
