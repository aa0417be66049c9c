import type { NamesData } from './data/types.js';
import { demoPeople, type DemoPerson } from './demo-people.js';
import type { Grant, PersonRoleRow, PersonRow } from './network-types.js';
import type { Random } from './random.js';
import { pad, slug } from './text.js';

/** A position in the org: everything about a person but who they are. */
export type Position = Omit<PersonRow, 'id' | 'givenName' | 'familyName' | 'email'>;

export interface Anchors {
  /** The dealer and region that demo people of a country work at, once generated. */
  dealerId: Map<string, string>;
  regionId: Map<string, string>;
}

/** Fills positions with people: invented ones, or the demo person the position fits. */
export class PeopleRegistry {
  readonly people: PersonRow[] = [];
  readonly roles: PersonRoleRow[] = [];
  private readonly emails = new Set<string>();
  private readonly unclaimed: DemoPerson[] = [...demoPeople];

  constructor(
    private readonly random: Random,
    private readonly names: Record<string, NamesData>,
    private readonly anchors: Anchors,
  ) {}

  add(position: Position, grants: Grant[]): void {
    const demo = this.claimDemo(position);
    const names = this.names[position.countryCode];
    if (!names) throw new Error(`generateNetwork: no names for country ${position.countryCode}`);
    const givenName = demo?.givenName ?? this.random.pick(names.given);
    const familyName = demo?.familyName ?? this.random.pick(names.family);
    const brandId = demo ? `brand-${demo.brandCode}` : position.brandId;
    const id =
      demo?.id ?? `person-${position.countryCode.toLowerCase()}-${pad(this.people.length + 1, 6)}`;
    const email = this.uniqueEmail(
      givenName,
      familyName,
      `${brandId.slice(6)}-${position.countryCode}`,
    );
    this.people.push({
      ...position,
      id,
      givenName,
      familyName,
      email,
      brandId,
      locale: demo?.locale ?? position.locale,
    });
    for (const [role, scopeType, scopeId] of [...grants, ...(demo?.extraGrants ?? [])])
      this.roles.push({ personId: id, role, scopeType, scopeId });
  }

  /** Throws unless every demo person found a position: their journeys depend on it. */
  assertDemoPeoplePlaced(): void {
    if (this.unclaimed.length === 0) return;
    const ids = this.unclaimed.map((person) => person.id).join(', ');
    throw new Error(`generateNetwork: no position fits the demo people ${ids}`);
  }

  private claimDemo(position: Position): DemoPerson | undefined {
    const { job, countryCode, dealerId, regionId } = position;
    // The brand is part of the place for dealer staff, managers and editors only.
    const brandMatters = dealerId !== null || regionId !== null || job === 'EDITOR';
    const index = this.unclaimed.findIndex(
      (demo) =>
        demo.job === job &&
        demo.countryCode === countryCode &&
        (!brandMatters || `brand-${demo.brandCode}` === position.brandId) &&
        (dealerId === null || dealerId === this.anchors.dealerId.get(countryCode)) &&
        (regionId === null || regionId === this.anchors.regionId.get(countryCode)),
    );
    return index < 0 ? undefined : this.unclaimed.splice(index, 1)[0];
  }

  private uniqueEmail(givenName: string, familyName: string, domain: string): string {
    const local = `${slug(givenName)}.${slug(familyName)}`;
    const host = `${domain.toLowerCase()}.example`;
    let email = `${local}@${host}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${host}`;
    this.emails.add(email);
    return email;
  }
}
