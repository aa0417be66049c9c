import { tokens, type PortalContext } from '@piazza/shared';
import {
  SaveTranslationDocument,
  SubmitTranslationsDocument,
} from '../editor/translation-editor.generated.js';

/** Saves a Polish text of a plain string as someone's draft, and sends it for review unless told. */
export async function proposePolish(
  portal: PortalContext,
  options: { namespace: string; key: string; text: string; submit?: boolean },
): Promise<void> {
  const { namespace, key, text, submit = true } = options;
  const at = { locale: 'pl', namespace };
  await portal.client.mutate({
    mutation: SaveTranslationDocument,
    variables: { input: { ...at, key, forms: [{ category: null, value: text }] } },
  });
  if (submit) {
    await portal.client.mutate({
      mutation: SubmitTranslationsDocument,
      variables: { ...at, keys: [key] },
    });
  }
}

/** The design tokens on the test page, as the shell gives them to its root, for measuring sizes. */
export function adoptTokens(): void {
  if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
  }
  document.body.classList.add('piazza-root');
}
