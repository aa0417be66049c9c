import { describe, expect, it } from 'vitest';
import { commentBody, givenReason, holdReason, MAX_COMMENT_LENGTH } from './comment-rules.js';

const WORDS = ['idiot', 'arnaque', 'scheiße', 'kretyn'];

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { reason: string } }).extensions.reason;
  }
  return null;
};

describe('the moderation rules', () => {
  it.each([
    'See https://example.com',
    'Photos: www.example.com/launch',
    'Prices on offers.example.fr/veyra today',
    'Write to promo.shop',
    'HTTP://EXAMPLE.COM',
  ])('hold a comment with a link: %s', (body) => {
    expect(holdReason(body, WORDS)).toBe('LINK');
  });

  it.each([
    'Write to camille.laurent@example.com',
    'See the slides, e.g. the second one.',
    'Bravo à tous.Merci',
    'Version 2.0 is out',
  ])('let through what only looks like a link: %s', (body) => {
    expect(holdReason(body, WORDS)).toBeNull();
  });

  it.each(['Quelle ARNAQUE !', 'So ein Scheiße-Tag', 'Ty kretyn.'])(
    'hold a listed word, ignoring case, in any language: %s',
    (body) => {
      expect(holdReason(body, WORDS)).toBe('WORD');
    },
  );

  it.each(['Idiotensicher erklärt', 'Les arnaqueurs'])('match whole words only: %s', (body) => {
    expect(holdReason(body, WORDS)).toBeNull();
  });
});

describe('a comment body', () => {
  it('is trimmed, with plain line ends and at most one empty line in a row', () => {
    expect(commentBody('  Merci\r\n\r\n\r\n\r\nà tous \n')).toBe('Merci\n\nà tous');
  });

  it('is refused empty, or longer than the limit counted in characters', () => {
    expect(reasonOf(() => commentBody(' \n '))).toBe('COMMENT_EMPTY');
    expect(reasonOf(() => commentBody('👍'.repeat(MAX_COMMENT_LENGTH)))).toBeNull();
    expect(reasonOf(() => commentBody('a'.repeat(MAX_COMMENT_LENGTH + 1)))).toBe(
      'COMMENT_TOO_LONG',
    );
  });

  it('has a reason that must be given and short', () => {
    expect(givenReason('  Spam ')).toBe('Spam');
    expect(reasonOf(() => givenReason(''))).toBe('REASON_EMPTY');
    expect(reasonOf(() => givenReason('x'.repeat(501)))).toBe('REASON_TOO_LONG');
  });
});
