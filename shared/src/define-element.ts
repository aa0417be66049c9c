/**
 * Registers a custom element once. Micro-frontends may load a module twice (two
 * versions deployed side by side, a parcel and a route): the second registration
 * warns and keeps the first instead of throwing and breaking the page.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `<${tagName}> is already defined by another bundle; keeping the first definition. ` +
        'Load each app module once per page (check the import map).',
    );
  }
}
