interface UnderlineSwitchProps {
  site: string;
  on: boolean;
  everywhere: boolean;
  onChange(on: boolean): void;
}

/** Underlines in this site's pages, on or off; when they are off everywhere, where to turn them back on. */
export function UnderlineSwitch({ site, on, everywhere, onChange }: UnderlineSwitchProps) {
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
  return (
    <label class="switch" data-underlines={on ? 'on' : 'off'}>
      <input type="checkbox" checked={on} data-action="underlines-here" onChange={(event) => onChange(event.currentTarget.checked)} /> Underline suggestions on {site}
    </label>
  );
}
