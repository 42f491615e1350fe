// The console's stylesheet and script, served from /app (the pages' CSP allows only 'self').

/** Opens the new-key dialog as a modal and copies with the Clipboard API. */
export const consoleScript = `'use strict';
for (const dialog of document.querySelectorAll('dialog[data-show-on-load]')) {
  // Rendered open so it shows without script; reopened as a modal to hold focus while it is up.
  dialog.close();
  dialog.showModal();
  // Shown once: closed, the key leaves the page too. (The close() above fires a close event
  // later, while the modal is already open: that one is ignored.)
  dialog.addEventListener('close', () => {
    if (!dialog.open) dialog.remove();
  });
}
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  if (!button) return;
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.copyStatus);
  try {
    await navigator.clipboard.writeText(field.value);
    status.textContent = 'Copied to the clipboard.';
  } catch {
    field.focus();
    field.select();
    status.textContent = 'Could not copy: the key is selected, copy it with Ctrl+C (⌘C on a Mac).';
  }
});
`;

export const consoleStyles = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1c2430; background: #f5f6f8; }
body { margin: 0; }
a { color: #2b4fd6; }
:focus-visible { outline: 3px solid #2b4fd6; outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.topbar { display: flex; align-items: center; gap: 0.75rem; padding: 0.5rem 1.25rem; background: #14233c; color: #fff; }
.brand { font-weight: 700; font-size: 1.25rem; letter-spacing: 0.02em; }
.badge { background: #ffd76a; color: #3a2a00; border-radius: 999px; padding: 0 0.6rem; font-size: 0.8rem; font-weight: 600; }
.who { margin-left: auto; font-size: 0.9rem; }
.topbar form { margin: 0; }
.shell { display: grid; grid-template-columns: 14rem 1fr; min-height: calc(100vh - 3rem); }
.shell.no-menu { grid-template-columns: 1fr; }
.menu { background: #fff; border-right: 1px solid #d5d9e0; padding: 1rem 0.5rem; }
.menu ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.25rem; height: 100%; }
.menu li.menu-end { margin-top: auto; border-top: 1px solid #d5d9e0; padding-top: 0.5rem; }
.menu a { display: block; padding: 0.4rem 0.75rem; border-radius: 6px; color: #1c2430; text-decoration: none; }
.menu a:hover { background: #eef1f6; }
.menu a[aria-current='page'] { background: #e3e9ff; color: #1d3aa8; font-weight: 600; }
main { padding: 1.5rem 2rem; max-width: 60rem; }
main:focus { outline: none; }
h1 { margin-top: 0; }
.card { background: #fff; border: 1px solid #d5d9e0; border-radius: 10px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
.companies { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.people { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; }
.people form { margin: 0; }
.person { width: 100%; text-align: left; display: flex; flex-direction: column; padding: 0.5rem 0.75rem; border: 1px solid #c3c9d4; border-radius: 8px; background: #fff; font: inherit; cursor: pointer; }
.person:hover { border-color: #2b4fd6; }
.person-name { font-weight: 600; }
.person-role, .muted { color: #4d5766; font-size: 0.9rem; }
.button { display: inline-block; font: inherit; padding: 0.45rem 1rem; border-radius: 6px; border: 1px solid #9aa3b2; background: #fff; color: #1c2430; cursor: pointer; text-decoration: none; }
.button.primary { background: #2b4fd6; border-color: #2b4fd6; color: #fff; }
.button.danger { border-color: #b42318; color: #b42318; }
.button.quiet { background: transparent; color: #fff; border-color: #8b98ad; }
.link-list { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
.link-list a { display: block; padding: 0.75rem 1rem; background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; font-weight: 600; }
.breadcrumb ol { list-style: none; display: flex; gap: 0.5rem; padding: 0; margin: 0 0 1rem; }
.breadcrumb li + li::before { content: '›'; margin-right: 0.5rem; color: #4d5766; }
.keys { border-collapse: collapse; width: 100%; background: #fff; }
.keys th, .keys td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid #d5d9e0; }
.flash { padding: 0.75rem 1rem; border-radius: 8px; }
.flash.success { background: #e6f4ea; color: #14532d; }
.flash.error { background: #fdecea; color: #7f1d1d; }
.key-dialog { border: none; border-radius: 12px; padding: 1.5rem; max-width: 34rem; width: calc(100% - 2rem); box-shadow: 0 10px 40px rgb(0 0 0 / 30%); }
.key-dialog::backdrop { background: rgb(20 35 60 / 55%); }
.warning { background: #fff4d6; color: #4a3500; padding: 0.75rem 1rem; border-radius: 8px; }
.copy-field { display: flex; gap: 0.5rem; margin: 0.25rem 0 0.5rem; }
.key { flex: 1; font-family: ui-monospace, monospace; font-size: 0.95rem; padding: 0.45rem 0.5rem; border: 1px solid #9aa3b2; border-radius: 6px; }
.copy-status { min-height: 1.5em; margin: 0; }
.scenario-keys { list-style: none; padding: 0; }
.scenario-keys h2 { font-size: 1.1rem; margin: 0; }
label { font-weight: 600; }
.actions { display: flex; gap: 0.75rem; align-items: center; }
@media (max-width: 40rem) { .shell { grid-template-columns: 1fr; } .menu ul { height: auto; } .menu li.menu-end { margin-top: 0; } }
`;
