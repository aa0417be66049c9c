import { expect } from '@open-wc/testing';
import { emptyDraft, formFieldOf, inputOf, memberField } from './queue-draft.js';

describe('queue-draft', () => {
  const draft = {
    ...emptyDraft(),
    name: 'Paint shop',
    members: [
      { id: 'person-a', displayName: 'Ada Lovelace' },
      { id: 'person-b', displayName: null },
    ],
  };

  it('sends every brand and country as none, and the members in their order', () => {
    expect(inputOf(draft, 'queue-1')).to.deep.equal({
      id: 'queue-1',
      name: 'Paint shop',
      brandId: null,
      countryCode: null,
      memberIds: ['person-a', 'person-b'],
    });
  });

  it("places a member's refusal on the member sent at that position", () => {
    const sent = inputOf(draft, undefined);
    expect(formFieldOf('memberIds.1', sent)).to.equal(memberField('person-b'));
    expect(formFieldOf('memberIds.7', sent)).to.equal(undefined);
    expect(formFieldOf('countryCode', sent)).to.equal('countryCode');
    expect(formFieldOf('id', sent)).to.equal(undefined);
  });
});
