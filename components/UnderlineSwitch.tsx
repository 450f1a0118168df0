interface UnderlineSwitchProps {
  site: string;
  on: boolean;
  everywhere: boolean;
  /** On, but the editor's frame could not load them. */
  unavailable?: boolean;
  onChange(on: boolean): void;
}

/** Underlines in this site's pages, on or off; when they are off everywhere, where to turn them back on. */
export function UnderlineSwitch({ site, on, everywhere, unavailable = false, onChange }: UnderlineSwitchProps) {
  if (!everywhere) {
    return (
      <p class="switch muted" data-underlines="off-everywhere">
        Underlines in the page are off everywhere (
        <a href="/options.html#underlines" target="_blank" rel="noopener">
          Settings
        </a>
        ).
      </p>
    );
  }
  const label = (
    <label class="switch" data-underlines={on ? 'on' : 'off'}>
      <input type="checkbox" checked={on} data-action="underlines-here" onChange={(event) => onChange(event.currentTarget.checked)} /> Underline suggestions on {site}
    </label>
  );
  if (!on || !unavailable) return label;
  // Never a silent switch that says "on" while the page shows nothing.
  return (
    <>
      {label}
      <p class="switch muted" data-underlines="unavailable">
        The underlines could not load in this page (Reply Coach was probably updated after it opened). Reload the page to bring them back; this panel
        keeps checking meanwhile.
      </p>
    </>
  );
}
