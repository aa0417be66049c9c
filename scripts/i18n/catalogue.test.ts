import { describe, expect, it } from 'vitest';
import { readCatalogue } from './catalogue.js';

const fixture = new URL('fixtures/portal', import.meta.url).pathname;

describe('the translation catalogue', () => {
  const catalogue = readCatalogue(fixture);
  const common = catalogue.namespaces['common']!;
  const demo = catalogue.namespaces['demo']!;

  it('lists the locales with bundles, English first, and each namespace of an app by app.json', () => {
    expect(catalogue.locales).toEqual(['en', 'es', 'es-CL']);
    expect(Object.keys(catalogue.namespaces)).toEqual(['common', 'demo']);
  });

  it('gives each string its English forms under its base key', () => {
    expect(demo.strings['items']!.source).toEqual({
      one: '{{count}} item',
      other: '{{count}} items',
    });
    expect(common.strings['nav.home']!.source).toEqual({ '': 'Home' });
    expect(demo.strings['items_one']).toBeUndefined();
  });

  it('finds where the code uses literal keys, and not in comments', () => {
    expect(common.strings['nav.home']!.usages).toEqual(['shell/src/header.ts:4']);
    expect(demo.strings['items']!.usages).toEqual(['apps/demo/src/demo.ts:4']);
  });

  it('finds the keys that template literals and helpers build at run time', () => {
    expect(demo.strings['kind.A.name']!.usages).toEqual(['apps/demo/src/demo.ts:5']);
    expect(demo.strings['kind.B.name']!.usages).toEqual(['apps/demo/src/demo.ts:5']);
    expect(common.strings['jobs.MECHANIC']!.usages).toEqual(['apps/demo/src/demo.ts:6']);
    // An app hands the shell a key of common to translate.
    expect(common.strings['outbox.label.demo']!.usages).toEqual(['apps/demo/src/demo.ts:8']);
    // A form helper told its group of messages.
    expect(demo.strings['form.errors.FAILED']!.usages).toEqual(['apps/demo/src/demo.ts:9']);
    // shared/ builds keys with the `t` an app hands it.
    expect(demo.strings['fieldErrors.title']!.usages).toEqual(['shared/src/field-error.ts:4']);
  });

  it('leaves a string no code uses without usages', () => {
    expect(demo.strings['unused']!.usages).toEqual([]);
  });

  it('carries the translation notes of a namespace, and none where there are none', () => {
    expect(common.strings['nav.home']).toMatchObject({
      description: 'The first link of the navigation.',
      maxLength: 24,
    });
    expect(demo.strings['items']!.description).toBeUndefined();
  });

  it('holds each locale’s bundle flattened, a regional variant with only its own strings', () => {
    expect(demo.bundles['es']!['kind.B.name']).toBe('Tipo B');
    expect(demo.bundles['es']!['items_many']).toBe('{{count}} elementos');
    expect(common.bundles['es-CL']).toEqual({ 'nav.home': 'Portada' });
  });
});
