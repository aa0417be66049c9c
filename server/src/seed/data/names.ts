import type { NamesData } from './types.js';

/**
 * Given names, family names and dealer name patterns per country (keyed by the
 * country code of countries.ts).
 *
 * Polish family names are all forms that do not change with gender (Nowak, Wójcik…),
 * so any given name can be paired with any family name. Dutch family names keep their
 * lower-case prefix ("de Jong"); when one starts a business name it is usually written
 * with a capital ("Autobedrijf De Jong").
 */
export const names: Record<string, NamesData> = {
  IT: {
    given: [
      'Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Andrea', 'Sara',
      'Matteo', 'Valentina', 'Lorenzo', 'Martina', 'Davide', 'Elena', 'Simone', 'Federica',
      'Giorgio', 'Alessia', 'Stefano', 'Silvia', 'Roberto', 'Paola', 'Francesco', 'Laura',
      'Giuseppe', 'Anna', 'Antonio', 'Elisa', 'Riccardo', 'Ilaria', 'Fabio', 'Serena',
      'Paolo', 'Roberta', 'Nicola', 'Beatrice', 'Emanuele', 'Camilla', 'Daniele', 'Giorgia',
      'Niccolò', 'Noemi', 'Gianluca', 'Cristina',
    ],
    family: [
      'Rossi', 'Russo', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino',
      'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano',
      'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi',
      'Caruso', 'Ferrara', 'Galli', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale',
      'Lombardo', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti', 'Parisi', 'Villa',
      'Ferraro', 'Fabbri', 'Marini', 'Grasso', 'Valentini', 'Sala',
    ],
    dealerPatterns: [
      'Autosalone {{family}}',
      '{{family}} Motori',
      'Concessionaria {{family}} S.r.l.',
      'Autocentro {{city}}',
      'F.lli {{family}} Automobili',
    ],
  },
  FR: {
    given: [
      'Thomas', 'Camille', 'Nicolas', 'Julie', 'Julien', 'Marie', 'Pierre', 'Sophie',
      'Antoine', 'Claire', 'Maxime', 'Émilie', 'Alexandre', 'Céline', 'Guillaume', 'Aurélie',
      'Romain', 'Élodie', 'Mathieu', 'Laure', 'Sébastien', 'Manon', 'Vincent', 'Pauline',
      'François', 'Chloé', 'Jérôme', 'Hélène', 'Laurent', 'Inès', 'Hugo', 'Léa',
      'Benoît', 'Margaux', 'Olivier', 'Nathalie', 'Yannick', 'Amélie', 'Karim', 'Sarah',
      'Stéphane', 'Anaïs', 'Théo', 'Océane',
    ],
    family: [
      'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand',
      'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David',
      'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre',
      'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier',
      'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Perrin',
      'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Chevalier', 'Benoît',
    ],
    dealerPatterns: [
      'Garage {{family}}',
      'Auto {{city}}',
      'Établissements {{family}}',
      '{{family}} Automobiles',
      'Espace Auto {{city}}',
    ],
  },
  ES: {
    given: [
      'Alejandro', 'Lucía', 'Javier', 'María', 'Daniel', 'Carmen', 'David', 'Laura',
      'Pablo', 'Marta', 'Sergio', 'Ana', 'Carlos', 'Paula', 'Adrián', 'Cristina',
      'Álvaro', 'Sara', 'Manuel', 'Elena', 'Jorge', 'Isabel', 'Raúl', 'Patricia',
      'Diego', 'Nerea', 'Iván', 'Raquel', 'Rubén', 'Beatriz', 'Íñigo', 'Silvia',
      'Jesús', 'Alba', 'Miguel', 'Irene', 'Fernando', 'Claudia', 'Óscar', 'Noelia',
      'Gonzalo', 'Rocío', 'Jordi', 'Montserrat',
    ],
    family: [
      'García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez',
      'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz',
      'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez',
      'Ramos', 'Gil', 'Ramírez', 'Serrano', 'Blanco', 'Molina', 'Morales', 'Suárez',
      'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias',
      'Núñez', 'Medina', 'Garrido', 'Puig',
    ],
    dealerPatterns: [
      'Automóviles {{family}}',
      'Talleres {{family}}',
      '{{family}} Motor S.L.',
      'Motor {{city}}',
      'Autos {{city}}',
    ],
  },
  NL: {
    given: [
      'Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Sophie', 'Bram', 'Anna',
      'Thijs', 'Lotte', 'Jesse', 'Fleur', 'Ruben', 'Sanne', 'Niels', 'Eva',
      'Joris', 'Femke', 'Tim', 'Lisa', 'Stijn', 'Iris', 'Jeroen', 'Marloes',
      'Bas', 'Ilse', 'Koen', 'Anouk', 'Wouter', 'Marieke', 'Sander', 'Esther',
      'Pieter', 'Linda', 'Maarten', 'Noor', 'Jan', 'Inge', 'Mohamed', 'Yara',
      'Kevin', 'Mirjam',
    ],
    family: [
      'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser',
      'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
      'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf',
      'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen',
      'van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'Hoekstra',
      'Maas', 'Verhoeven', 'Koster', 'Prins',
    ],
    dealerPatterns: [
      'Autobedrijf {{family}}',
      'Garage {{family}}',
      'Autoservice {{city}}',
      'Autocentrum {{city}}',
      "{{family}} Auto's",
    ],
  },
  GB: {
    given: [
      'Oliver', 'Amelia', 'Harry', 'Olivia', 'Jack', 'Emily', 'George', 'Isla',
      'Charlie', 'Sophie', 'James', 'Jessica', 'William', 'Chloe', 'Thomas', 'Lucy',
      'Daniel', 'Hannah', 'Samuel', 'Grace', 'Joshua', 'Ellie', 'Matthew', 'Charlotte',
      'Ryan', 'Rebecca', 'Liam', 'Megan', 'Callum', 'Holly', 'Owen', 'Zoe',
      'Rhys', 'Niamh', 'Aidan', 'Priya', 'Arjun', 'Fiona', 'Ewan', 'Kirsty',
      'Ben', 'Laura',
    ],
    family: [
      'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies',
      'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green',
      'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Phillips',
      'Mason', 'Mitchell', 'Cooper', 'Harris', 'Ward', 'Hughes', 'Edwards', 'Turner',
      'Hill', 'Moore', 'Campbell', 'Stewart', 'MacDonald', 'Kelly', 'Baker', 'Price',
      "O'Brien", 'Murray', 'Fletcher', 'Shaw',
    ],
    dealerPatterns: [
      '{{family}} Motors',
      '{{family}} & Sons',
      '{{family}} Garages Ltd',
      '{{city}} Motor Centre',
      '{{city}} Car Centre',
    ],
  },
  DE: {
    given: [
      'Lukas', 'Anna', 'Maximilian', 'Lena', 'Felix', 'Laura', 'Jonas', 'Julia',
      'Leon', 'Sarah', 'Paul', 'Lisa', 'Tobias', 'Katharina', 'Florian', 'Sophie',
      'Jan', 'Hannah', 'Niklas', 'Marie', 'Stefan', 'Sabine', 'Michael', 'Claudia',
      'Thomas', 'Andrea', 'Markus', 'Nicole', 'Sebastian', 'Jana', 'Jürgen', 'Birgit',
      'Uwe', 'Kerstin', 'Matthias', 'Anke', 'Jörg', 'Lea', 'Sören', 'Jens',
      'Björn', 'Christina', 'Mehmet', 'Ayşe',
    ],
    family: [
      'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker',
      'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf',
      'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
      'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schulze',
      'Köhler', 'Herrmann', 'König', 'Walter', 'Huber', 'Kaiser', 'Fuchs', 'Scholz',
      'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Groß', 'Yılmaz',
    ],
    dealerPatterns: [
      'Autohaus {{family}}',
      'Autohaus {{family}} GmbH',
      'Autozentrum {{city}}',
      'Auto {{family}} GmbH & Co. KG',
      '{{family}} Automobile',
    ],
  },
  PL: {
    given: [
      'Jakub', 'Anna', 'Kacper', 'Maria', 'Piotr', 'Katarzyna', 'Tomasz', 'Małgorzata',
      'Paweł', 'Agnieszka', 'Michał', 'Magdalena', 'Krzysztof', 'Joanna', 'Łukasz', 'Aleksandra',
      'Marcin', 'Monika', 'Mateusz', 'Zofia', 'Bartłomiej', 'Ewa', 'Grzegorz', 'Barbara',
      'Wojciech', 'Dorota', 'Adam', 'Natalia', 'Rafał', 'Karolina', 'Szymon', 'Justyna',
      'Maciej', 'Beata', 'Dariusz', 'Iwona', 'Przemysław', 'Żaneta', 'Sławomir', 'Jolanta',
      'Jędrzej', 'Urszula', 'Mikołaj', 'Bożena',
    ],
    family: [
      'Nowak', 'Wójcik', 'Kowalczyk', 'Woźniak', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając',
      'Król', 'Wieczorek', 'Wróbel', 'Dudek', 'Adamczyk', 'Pawlak', 'Walczak', 'Sikora',
      'Baran', 'Michalak', 'Szewczyk', 'Pietrzak', 'Marciniak', 'Bąk', 'Włodarczyk', 'Urban',
      'Kubiak', 'Wilk', 'Lis', 'Mazurek', 'Kaźmierczak', 'Sobczak', 'Cieślak', 'Kołodziej',
      'Szulc', 'Stępień', 'Duda', 'Kaczmarczyk', 'Żak', 'Krupa', 'Janik', 'Mróz',
      'Sowa', 'Piątek', 'Banaś', 'Kołodziejczyk', 'Leśniak', 'Sobczyk',
    ],
    dealerPatterns: [
      'Auto {{family}} Sp. z o.o.',
      '{{family}} Auto Sp.j.',
      'Salon Samochodowy {{family}}',
      'Autoserwis {{family}}',
      'Auto-Centrum {{city}}',
    ],
  },
  CL: {
    given: [
      'Matías', 'Sofía', 'Benjamín', 'Isidora', 'Vicente', 'Florencia', 'Martín', 'Catalina',
      'Tomás', 'Javiera', 'Joaquín', 'Constanza', 'Agustín', 'Antonia', 'Cristóbal', 'Fernanda',
      'Felipe', 'Valentina', 'Sebastián', 'Camila', 'Diego', 'Francisca', 'Ignacio', 'Daniela',
      'Nicolás', 'Josefa', 'Rodrigo', 'Carolina', 'Gonzalo', 'Macarena', 'Claudio', 'Paulina',
      'Patricio', 'Marcela', 'Andrés', 'Trinidad', 'Pablo', 'Bárbara', 'Héctor', 'Verónica',
      'Juan Pablo', 'María José',
    ],
    family: [
      'González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva',
      'Martínez', 'Sepúlveda', 'Morales', 'Rodríguez', 'López', 'Fuentes', 'Hernández', 'Torres',
      'Araya', 'Flores', 'Espinoza', 'Valenzuela', 'Castillo', 'Ramírez', 'Reyes', 'Gutiérrez',
      'Castro', 'Vargas', 'Álvarez', 'Vásquez', 'Tapia', 'Fernández', 'Sánchez', 'Carrasco',
      'Gómez', 'Cortés', 'Herrera', 'Núñez', 'Jara', 'Vergara', 'Rivera', 'Figueroa',
      'Riquelme', 'Miranda', 'Bravo', 'Sandoval', 'Olivares',
    ],
    dealerPatterns: [
      'Automotora {{family}}',
      'Automóviles {{family}}',
      'Automotriz {{city}}',
      'Comercial {{family}} Ltda.',
      'Automotora {{city}}',
    ],
  },
};
