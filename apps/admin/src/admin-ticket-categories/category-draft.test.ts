import { expect } from '@open-wc/testing';
import { emptyDraft, formFieldOf, inputOf } from './category-draft.js';

describe('category-draft', () => {
  const draft = () => ({
    ...emptyDraft(),
    code: 'VALET',
    names: { en: 'Valet', it: '', pl: 'Parkingowy' },
  });

  it('sends the names given and the targets typed, in minutes', () => {
    const typed = draft();
    typed.targets.HIGH = { respond: '1,5', resolve: '24' };
    const prepared = inputOf(typed, undefined);
    expect(prepared).to.deep.include({
      input: {
        id: undefined,
        kind: 'HELP_DESK',
        code: 'VALET',
        names: [
          { locale: 'en', name: 'Valet' },
          { locale: 'pl', name: 'Parkingowy' },
        ],
        active: true,
        defaultQueueId: null,
        slaTargets: [{ priority: 'HIGH', respondWithinMinutes: 90, resolveWithinMinutes: 1440 }],
      },
    });
  });

  it('refuses half a priority, and targets the API could not carry', () => {
    const typed = draft();
    typed.targets.URGENT = { respond: '2', resolve: '' };
    typed.targets.LOW = { respond: '0', resolve: '9999999999' };
    expect(inputOf(typed, undefined)).to.deep.equal({
      errors: [
        { field: 'target-URGENT-resolve', reason: 'REQUIRED' },
        { field: 'target-LOW-respond', reason: 'TOO_SMALL' },
        { field: 'target-LOW-resolve', reason: 'TOO_LARGE' },
      ],
    });
  });

  it("places the server's refusals on the fields that were sent", () => {
    const typed = draft();
    typed.targets.NORMAL = { respond: '8', resolve: '2' };
    const prepared = inputOf(typed, 'category-valet');
    if (!('input' in prepared)) throw new Error('not sent');
    expect(formFieldOf('names.1.name', prepared.input)).to.equal('name-pl');
    expect(formFieldOf('names', prepared.input)).to.equal('name-en');
    expect(formFieldOf('slaTargets.0.resolveWithinMinutes', prepared.input)).to.equal(
      'target-NORMAL-resolve',
    );
    expect(formFieldOf('code', prepared.input)).to.equal('code');
    expect(formFieldOf('id', prepared.input)).to.equal(undefined);
  });
});
