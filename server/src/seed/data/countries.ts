import type { CountryData } from './types.js';

/** The countries Piazza serves, with the sales regions a manufacturer would use. */
export const countries: CountryData[] = [
  {
    code: 'IT',
    name: 'Italy',
    locale: 'it',
    timeZone: 'Europe/Rome',
    regions: [
      {
        name: 'Nord-Ovest',
        cities: ['Milano', 'Torino', 'Genova', 'Bergamo', 'Brescia', 'Varese', 'Novara'],
      },
      {
        name: 'Nord-Est',
        cities: ['Venezia', 'Verona', 'Padova', 'Treviso', 'Trieste', 'Udine', 'Trento'],
      },
      {
        name: 'Emilia-Romagna e Marche',
        cities: ['Bologna', 'Modena', 'Parma', 'Reggio Emilia', 'Rimini', 'Ancona'],
      },
      {
        name: 'Centro',
        cities: ['Roma', 'Firenze', 'Perugia', 'Pisa', 'Latina', 'Arezzo', 'Viterbo'],
      },
      {
        name: 'Sud',
        cities: ['Napoli', 'Bari', 'Salerno', 'Lecce', 'Pescara', 'Reggio Calabria', 'Cosenza'],
      },
      { name: 'Isole', cities: ['Palermo', 'Catania', 'Messina', 'Cagliari', 'Sassari'] },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    locale: 'fr',
    timeZone: 'Europe/Paris',
    regions: [
      {
        name: 'Île-de-France',
        cities: [
          'Paris',
          'Versailles',
          'Boulogne-Billancourt',
          'Saint-Denis',
          'Créteil',
          'Nanterre',
          'Argenteuil',
        ],
      },
      {
        name: 'Auvergne-Rhône-Alpes',
        cities: [
          'Lyon',
          'Grenoble',
          'Saint-Étienne',
          'Annecy',
          'Clermont-Ferrand',
          'Chambéry',
          'Valence',
        ],
      },
      {
        name: 'Nord-Est',
        cities: ['Lille', 'Strasbourg', 'Reims', 'Metz', 'Nancy', 'Amiens', 'Mulhouse'],
      },
      {
        name: 'Ouest',
        cities: ['Nantes', 'Rennes', 'Brest', 'Angers', 'Le Mans', 'Tours', 'Caen'],
      },
      {
        name: 'Sud-Ouest',
        cities: ['Bordeaux', 'Toulouse', 'Pau', 'Bayonne', 'Limoges', 'Poitiers', 'Périgueux'],
      },
      {
        name: 'Méditerranée',
        cities: [
          'Marseille',
          'Nice',
          'Montpellier',
          'Toulon',
          'Aix-en-Provence',
          'Avignon',
          'Nîmes',
          'Perpignan',
        ],
      },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    locale: 'es',
    timeZone: 'Europe/Madrid',
    regions: [
      {
        name: 'Centro',
        cities: ['Madrid', 'Alcalá de Henares', 'Toledo', 'Guadalajara', 'Valladolid', 'Salamanca'],
      },
      {
        name: 'Cataluña y Aragón',
        cities: ['Barcelona', 'Girona', 'Tarragona', 'Lleida', 'Zaragoza', 'Huesca'],
      },
      {
        name: 'Levante',
        cities: ['Valencia', 'Alicante', 'Castellón de la Plana', 'Elche', 'Murcia', 'Cartagena'],
      },
      {
        name: 'Andalucía',
        cities: [
          'Sevilla',
          'Málaga',
          'Córdoba',
          'Granada',
          'Cádiz',
          'Almería',
          'Jerez de la Frontera',
        ],
      },
      {
        name: 'Norte',
        cities: ['Bilbao', 'San Sebastián', 'Santander', 'Oviedo', 'Gijón', 'Pamplona', 'Logroño'],
      },
      {
        name: 'Noroeste',
        cities: ['A Coruña', 'Vigo', 'Santiago de Compostela', 'Ourense', 'León'],
      },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    locale: 'nl',
    timeZone: 'Europe/Amsterdam',
    regions: [
      { name: 'Noord', cities: ['Groningen', 'Leeuwarden', 'Assen', 'Emmen', 'Heerenveen'] },
      {
        name: 'Noord-Holland en Utrecht',
        cities: ['Amsterdam', 'Haarlem', 'Utrecht', 'Almere', 'Amersfoort', 'Hilversum', 'Alkmaar'],
      },
      {
        name: 'Zuid-Holland',
        cities: ['Rotterdam', 'Den Haag', 'Leiden', 'Delft', 'Dordrecht', 'Gouda'],
      },
      {
        name: 'Oost',
        cities: ['Arnhem', 'Nijmegen', 'Apeldoorn', 'Enschede', 'Zwolle', 'Deventer'],
      },
      {
        name: 'Zuid',
        cities: ['Eindhoven', 'Tilburg', 'Breda', "'s-Hertogenbosch", 'Maastricht', 'Venlo'],
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    locale: 'en',
    timeZone: 'Europe/London',
    regions: [
      {
        name: 'London and South East',
        cities: ['London', 'Brighton', 'Reading', 'Guildford', 'Maidstone', 'Oxford'],
      },
      {
        name: 'South West and Wales',
        cities: ['Bristol', 'Exeter', 'Plymouth', 'Bath', 'Cardiff', 'Swansea'],
      },
      {
        name: 'Midlands',
        cities: ['Birmingham', 'Coventry', 'Nottingham', 'Leicester', 'Derby', 'Wolverhampton'],
      },
      {
        name: 'North',
        cities: ['Manchester', 'Liverpool', 'Leeds', 'Sheffield', 'Newcastle upon Tyne', 'York'],
      },
      {
        name: 'Scotland and Northern Ireland',
        cities: ['Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee', 'Inverness', 'Belfast'],
      },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    regions: [
      {
        name: 'Nord',
        cities: ['Hamburg', 'Bremen', 'Hannover', 'Kiel', 'Lübeck', 'Osnabrück', 'Rostock'],
      },
      {
        name: 'West',
        cities: ['Köln', 'Düsseldorf', 'Dortmund', 'Essen', 'Bonn', 'Münster', 'Aachen'],
      },
      {
        name: 'Mitte',
        cities: ['Frankfurt am Main', 'Wiesbaden', 'Mainz', 'Kassel', 'Darmstadt', 'Erfurt'],
      },
      {
        name: 'Süd',
        cities: [
          'München',
          'Stuttgart',
          'Nürnberg',
          'Augsburg',
          'Regensburg',
          'Freiburg im Breisgau',
          'Ulm',
        ],
      },
      { name: 'Ost', cities: ['Berlin', 'Leipzig', 'Dresden', 'Potsdam', 'Magdeburg', 'Chemnitz'] },
    ],
  },
  {
    code: 'PL',
    name: 'Poland',
    locale: 'pl',
    timeZone: 'Europe/Warsaw',
    regions: [
      { name: 'Północ', cities: ['Gdańsk', 'Gdynia', 'Szczecin', 'Bydgoszcz', 'Toruń', 'Olsztyn'] },
      { name: 'Centrum', cities: ['Warszawa', 'Łódź', 'Radom', 'Płock', 'Kielce'] },
      {
        name: 'Południe',
        cities: ['Kraków', 'Katowice', 'Gliwice', 'Bielsko-Biała', 'Rzeszów', 'Tarnów'],
      },
      {
        name: 'Zachód',
        cities: ['Poznań', 'Wrocław', 'Zielona Góra', 'Opole', 'Kalisz', 'Legnica'],
      },
      { name: 'Wschód', cities: ['Lublin', 'Białystok', 'Zamość', 'Siedlce', 'Chełm'] },
    ],
  },
  {
    code: 'CL',
    name: 'Chile',
    locale: 'es',
    timeZone: 'America/Santiago',
    regions: [
      {
        name: 'Zona Norte',
        cities: ['Arica', 'Iquique', 'Antofagasta', 'Calama', 'Copiapó', 'La Serena'],
      },
      {
        name: 'Región Metropolitana',
        cities: ['Santiago', 'Las Condes', 'Providencia', 'Maipú', 'Puente Alto', 'La Florida'],
      },
      {
        name: 'Zona Centro',
        cities: ['Valparaíso', 'Viña del Mar', 'Rancagua', 'Talca', 'Curicó', 'San Antonio'],
      },
      {
        name: 'Zona Sur',
        cities: [
          'Concepción',
          'Chillán',
          'Los Ángeles',
          'Temuco',
          'Valdivia',
          'Osorno',
          'Puerto Montt',
          'Punta Arenas',
        ],
      },
    ],
  },
];
