/** Finding and using elements in shadow DOM as a person would, for component tests. */

/** A rendered element: a Lit element, or a native one (whose `updateComplete` is undefined). */
export type Rendered = HTMLElement & { readonly updateComplete: Promise<unknown> };

/** An element found by a path of selectors, each inside the shadow root of the one before. */
export function deep<T extends Element = Rendered>(
  root: Element,
  ...selectors: string[]
): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = (current?.shadowRoot ?? current)?.querySelector(selector) ?? null;
  }
  return current as T | null;
}

/** Every element matching the last selector, inside the element found by the others. */
export function deepAll<T extends Element = Rendered>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return [...((parent?.shadowRoot ?? parent)?.querySelectorAll<T>(last) ?? [])];
}

/** Types into a field as a person does: the value changes and an input event follows. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Chooses files in a file input as a person does: its files change and a change event follows. */
export function chooseFiles(input: HTMLInputElement, ...files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** The text of an element without layout whitespace. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
