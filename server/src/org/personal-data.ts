import type { PersonalDataSection } from '../privacy/personal-data.js';

/** The person's own record and roles. */
export const orgPersonalData: PersonalDataSection = {
  name: 'person',
  async export(db, personId) {
    const [person] = await db.query(
      `select p.id, p.given_name, p.family_name, p.email, p.job, p.locale, p.brand_id,
              p.country_code, p.region_id, p.dealer_id, p.team_id, p.erased_at,
              coalesce((select json_agg(json_build_object('role', g.role, 'scope_type',
                          g.scope_type, 'scope_id', g.scope_id) order by g.role, g.scope_id)
                        from person_roles g where g.person_id = p.id), '[]') as roles
       from people p where p.id = $1`,
      [personId],
    );
    return person;
  },
  async erase(db, personId) {
    // The row stays, emptied, so that what the person wrote keeps a (former) author.
    await db.query(
      `update people set given_name = '', family_name = '',
              email = 'erased-' || id || '@erased.invalid', erased_at = now()
       where id = $1`,
      [personId],
    );
    await db.query('delete from person_roles where person_id = $1', [personId]);
  },
};
