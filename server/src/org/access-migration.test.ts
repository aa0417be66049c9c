import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.js';
import { migrate, readMigrations } from '../db/migrate.js';
import { createPgliteDb } from '../db/pglite-db.js';

/** A database seeded before migration 0003 keeps working: roles and teams are carried over. */
describe('migration 0003 on a database seeded before it', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createPgliteDb();
    const migrations = readMigrations();
    await migrate(db, migrations.slice(0, 2));
    await db.query(`
      insert into brands values ('brand-lumo', 'lumo', 'Lumo');
      insert into countries values ('IT', 'Italia', 'it', 'Europe/Rome');
      insert into regions values ('region-it-01', 'IT', 'Lombardia');
      insert into dealers values ('dealer-it-0001', 'region-it-01', 'brand-lumo', 'Autolumo', 'Milano');
      insert into people (id, given_name, family_name, email, job, dealer_id, region_id, brand_id,
                          country_code, locale) values
        ('p-editor', 'E', 'E', 'e@x.example', 'EDITOR', null, null, 'brand-lumo', 'IT', 'it'),
        ('p-translator', 'T', 'T', 't@x.example', 'TRANSLATOR', null, null, 'brand-lumo', 'IT', 'it'),
        ('p-mechanic', 'M', 'M', 'm@x.example', 'MECHANIC', 'dealer-it-0001', null, 'brand-lumo', 'IT', 'it'),
        ('p-seller', 'S', 'S', 's@x.example', 'SALESPERSON', 'dealer-it-0001', null, 'brand-lumo', 'IT', 'it');
      insert into person_roles values
        ('p-editor', 'EDITOR', 'country', 'IT'),
        ('p-translator', 'TRANSLATOR', 'group', null),
        ('p-mechanic', 'EMPLOYEE', 'dealer', 'dealer-it-0001');
    `);
    await migrate(db, migrations);
  });
  afterAll(() => db.close());

  it('gives editors their community and translators their locale', async () => {
    expect(
      await db.query('select person_id, scope_type, scope_id from person_roles order by 1', []),
    ).toEqual([
      { person_id: 'p-editor', scope_type: 'community', scope_id: 'community-lumo-it' },
      { person_id: 'p-mechanic', scope_type: 'dealer', scope_id: 'dealer-it-0001' },
      { person_id: 'p-translator', scope_type: 'locale', scope_id: 'it' },
    ]);
  });

  it('puts dealer staff in their teams', async () => {
    expect(
      await db.query('select id, team_id from people where dealer_id is not null order by 1', []),
    ).toEqual([
      { id: 'p-mechanic', team_id: 'team-it-0001-workshop' },
      { id: 'p-seller', team_id: 'team-it-0001-sales' },
    ]);
  });
});
