import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestPortal } from '../../../../mocks/test-portal.js';
import type { PiazzaNewsroomRichText } from './rich-text-editor.js';
import './rich-text-editor.js';

async function mountEditor(value = ''): Promise<PiazzaNewsroomRichText> {
  await createTestPortal({
    personId: 'person-demo-it-editor',
    locale: 'en',
    app: { namespace: 'newsroom', folder: 'apps/newsroom' },
  });
  const element = await fixture<PiazzaNewsroomRichText>(
    html`<piazza-newsroom-rich-text
      .value=${value}
      label="Text of the article in Italian"
      text-lang="it"
    ></piazza-newsroom-rich-text>`,
  );
  await waitUntil(() => editable(element) !== null, 'Tiptap did not load', { timeout: 5000 });
  return element;
}

const editable = (element: PiazzaNewsroomRichText) =>
  element.shadowRoot!.querySelector<HTMLElement>('[contenteditable="true"]');
const tool = (element: PiazzaNewsroomRichText, name: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tool')].find((button) =>
    button.textContent!.trim().endsWith(name),
  )!;

describe('piazza-newsroom-rich-text', () => {
  it('is a labelled text box in the text’s language, with a labelled toolbar', async () => {
    const element = await mountEditor('<p>Ciao</p>');
    const box = editable(element)!;
    expect(box.getAttribute('role')).to.equal('textbox');
    expect(box.getAttribute('aria-multiline')).to.equal('true');
    expect(box.getAttribute('aria-label')).to.equal('Text of the article in Italian');
    expect(box.closest('[lang]')!.getAttribute('lang')).to.equal('it');
    const toolbar = element.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal('Text formatting');
    expect(tool(element, 'Bold').getAttribute('aria-pressed')).to.equal('false');
    expect(tool(element, 'Undo').hasAttribute('aria-pressed')).to.equal(false);
  });

  it('turns what is typed inside its shadow root into HTML, with the formatting chosen', async () => {
    const element = await mountEditor();
    const changes: string[] = [];
    element.addEventListener('input', () => changes.push(element.value));
    editable(element)!.focus();
    await sendKeys({ type: 'Buongiorno ' });
    tool(element, 'Bold').click();
    await element.updateComplete;
    expect(tool(element, 'Bold').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ type: 'a tutti' });
    await sendKeys({ press: 'Enter' });
    tool(element, 'List').click();
    await sendKeys({ type: 'primo punto' });
    await waitUntil(() => element.value.includes('<ul>'), 'no list in the HTML');
    expect(element.value).to.equal(
      '<p>Buongiorno <strong>a tutti</strong></p><ul><li><p>primo punto</p></li></ul>',
    );
    expect(changes.at(-1)).to.equal(element.value);
  });

  it('selects inside the shadow root: a heading applies to the line under the cursor', async () => {
    const element = await mountEditor('<p>Titolo</p><p>Testo</p>');
    editable(element)!.focus();
    // The cursor goes to the end of the first line with the keyboard: ProseMirror reads
    // the selection from the shadow root.
    await sendKeys({ press: 'Control+Home' });
    await sendKeys({ press: 'End' });
    tool(element, 'Heading').click();
    await waitUntil(() => element.value.startsWith('<h2>'), 'no heading');
    expect(element.value).to.equal('<h2>Titolo</h2><p>Testo</p>');
    expect(tool(element, 'Heading').getAttribute('aria-pressed')).to.equal('true');
    tool(element, 'Undo').click();
    await waitUntil(() => element.value.startsWith('<p>'), 'undo did not undo');
  });

  it('links the selected words to an https address only', async () => {
    const element = await mountEditor('<p>Leggi qui</p>');
    editable(element)!.focus();
    await sendKeys({ press: 'Control+Home' });
    await sendKeys({ press: 'Shift+End' });
    tool(element, 'Link').click();
    await element.updateComplete;
    const address = element.shadowRoot!.querySelector<HTMLInputElement>('#link')!;
    address.value = 'javascript:alert(1)';
    element.shadowRoot!.querySelector<HTMLButtonElement>('.link-form .piazza-button')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#link-error')!.textContent).to.contain('https://');
    address.value = 'https://lumo.example/news';
    element.shadowRoot!.querySelector<HTMLButtonElement>('.link-form .piazza-button')!.click();
    await waitUntil(() => element.value.includes('<a '), 'no link');
    expect(element.value).to.equal('<p><a href="https://lumo.example/news">Leggi qui</a></p>');
  });

  it('takes a new value from outside without reporting it as typed', async () => {
    const element = await mountEditor('<p>Prima</p>');
    let reported = 0;
    element.addEventListener('input', () => reported++);
    element.value = '<p>Dopo</p>';
    await element.updateComplete;
    expect(editable(element)!.textContent).to.equal('Dopo');
    expect(reported).to.equal(0);
  });
});
