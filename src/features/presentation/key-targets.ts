const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'range',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'color',
]);
const roles = (...names: string[]) => names.map((name) => `[role="${name}"]`).join(', ');
/** Widgets that take letters as type-ahead. */
const TYPE_AHEAD_ROLES = roles('listbox', 'combobox', 'menu', 'menubar', 'tree', 'grid');
/** Widgets that move with arrow, page, Home and End keys. */
const ARROW_KEY_ROLES = roles('slider', 'spinbutton', 'tablist', 'radiogroup', 'treegrid');
const SPACE_TARGETS = [
  'button',
  'a[href]',
  'input',
  'summary',
  'label',
  roles('button', 'checkbox', 'switch', 'link', 'option', 'tab', 'menuitem'),
].join(', ');

function element(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement ? target : null;
}

/** True where letters are typed: text fields, selects, editable content, type-ahead lists. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const node = element(target);
  if (!node) return false;
  if (node.isContentEditable || node instanceof HTMLTextAreaElement) return true;
  if (node instanceof HTMLSelectElement) return true;
  if (node instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(node.type);
  return node.closest(TYPE_AHEAD_ROLES) !== null;
}

/** True where arrow and page keys already mean something (fields, sliders, lists, radios). */
export function usesArrowKeys(target: EventTarget | null): boolean {
  const node = element(target);
  if (!node) return false;
  if (isTypingTarget(node)) return true;
  if (node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'range'))
    return true;
  return node.closest(ARROW_KEY_ROLES) !== null;
}

/** True where Space presses or toggles something (buttons, links, checkboxes…). */
export function usesSpace(target: EventTarget | null): boolean {
  const node = element(target);
  if (!node) return false;
  return usesArrowKeys(node) || node.closest(SPACE_TARGETS) !== null;
}
