/**
 * Runs `start` (which imports and mounts Pagefind's UI into `root`'s dialog) the first time the reader reaches for
 * search: the pointer over the search button, the focus on it, a click or tap, or the Ctrl/⌘+K shortcut. That is
 * before the dialog opens in every case but the shortcut; then the search field gets the focus once it exists,
 * as Starlight's own script gives it when the UI is already there. (On a first tap on a phone, the UI arrives just
 * after the tap: the field gets the focus, but a phone may keep its keyboard closed until the field is tapped, as
 * it does for any focus a script gives.)
 */
export function whenSearchWanted(root: HTMLElement, start: () => Promise<void>): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-open-modal]');
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    for (const type of ['pointerover', 'focus', 'click'] as const) button?.removeEventListener(type, begin);
    window.removeEventListener('keydown', onKey);
    void start().then(() => {
      if (root.querySelector('dialog')?.open) root.querySelector<HTMLInputElement>('input')?.focus();
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') begin();
  };
  for (const type of ['pointerover', 'focus', 'click'] as const) button?.addEventListener(type, begin);
  window.addEventListener('keydown', onKey);
}
