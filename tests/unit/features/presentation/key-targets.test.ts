import {
  isTypingTarget,
  usesArrowKeys,
  usesSpace,
} from '../../../../src/features/presentation/key-targets';

function make(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('[data-target]')!;
}

describe('key targets', () => {
  it('treats text fields, selects and type-ahead lists as typing, not buttons or checkboxes', () => {
    expect(isTypingTarget(make('<input data-target>'))).toBe(true);
    expect(isTypingTarget(make('<input type="search" data-target>'))).toBe(true);
    expect(isTypingTarget(make('<select data-target></select>'))).toBe(true);
    expect(
      isTypingTarget(make('<ul role="listbox"><li role="option" data-target></li></ul>')),
    ).toBe(true);
    expect(isTypingTarget(make('<input type="checkbox" data-target>'))).toBe(false);
    expect(isTypingTarget(make('<input type="range" data-target>'))).toBe(false);
    expect(isTypingTarget(make('<button data-target></button>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('leaves arrows to sliders and radios but takes them on buttons and the page', () => {
    expect(usesArrowKeys(make('<input type="range" data-target>'))).toBe(true);
    expect(usesArrowKeys(make('<div role="slider" tabindex="0" data-target></div>'))).toBe(true);
    expect(usesArrowKeys(make('<input type="radio" data-target>'))).toBe(true);
    expect(usesArrowKeys(make('<button data-target></button>'))).toBe(false);
    expect(usesArrowKeys(make('<section tabindex="-1" data-target></section>'))).toBe(false);
  });

  it('leaves Space to what it presses', () => {
    expect(usesSpace(make('<button data-target></button>'))).toBe(true);
    expect(usesSpace(make('<label><input type="checkbox" data-target></label>'))).toBe(true);
    expect(usesSpace(make('<a href="#x" data-target>x</a>'))).toBe(true);
    expect(usesSpace(make('<section tabindex="-1"><p data-target>x</p></section>'))).toBe(false);
  });
});
