import type { BrandData } from './types.js';

/** The group's four invented car brands (no real trademarks). */
export const brands: BrandData[] = [
  {
    code: 'veyra',
    name: 'Veyra',
    tagline: 'Premium electric saloons and SUVs, quiet and beautifully made.',
  },
  {
    code: 'lumo',
    name: 'Lumo',
    tagline: 'Small, bright city cars that are easy to park and cheap to run.',
  },
  {
    code: 'norvik',
    name: 'Norvik',
    tagline: 'Rugged SUVs and vans built for work, weather and long roads.',
  },
  {
    code: 'castello',
    name: 'Castello',
    tagline: 'Italian-styled sports cars for drivers who love the road.',
  },
];
