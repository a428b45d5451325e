/**
 * Keyboard and screen reader access to the tabs of Volto's content forms.
 *
 * Volto's Form (add and edit forms) switches between fieldsets with Semantic
 * UI menu items rendered as <a> without href: they cannot be focused, so a
 * keyboard user could reach no fieldset but the first (WCAG 2.1.1), and
 * nothing tells a screen reader they are tabs or which one is open. Volto
 * made the sidebar's form tabs buttons (#5294), not these; mending the
 * rendered menu avoids copying its 1 100-line Form.
 */

const TAB_LIST = '.formtabs.menu';
const TAB = `${TAB_LIST} > .item`;

function setAttribute(element, name, value) {
  if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/**
 * Marks every form tab list under `root` as a tablist of focusable tabs,
 * the open one selected. Idempotent: run it whenever the form changes.
 */
export function markFormTabs(root) {
  root.querySelectorAll(TAB_LIST).forEach((list) => {
    setAttribute(list, 'role', 'tablist');
  });
  root.querySelectorAll(TAB).forEach((tab) => {
    const isOpen = tab.classList.contains('active');
    setAttribute(tab, 'role', 'tab');
    setAttribute(tab, 'tabindex', '0');
    setAttribute(tab, 'aria-selected', String(isOpen));
  });
}

/** Enter or Space on a form tab opens it, as on a button. */
export function openFormTabFromKeyboard(event) {
  if (
    (event.key === 'Enter' || event.key === ' ') &&
    event.target.matches?.(TAB)
  ) {
    event.preventDefault();
    event.target.click();
  }
}
