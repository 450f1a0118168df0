interface RecordingSwitchProps {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The off switch: while off, finished replies are not recorded; what is already there stays until cleared. */
export function RecordingSwitch({ enabled, onChange }: RecordingSwitchProps) {
  return (
    <div class="recording">
      <label class="recording__switch">
        <input type="checkbox" role="switch" checked={enabled} data-action="toggle-recording" onChange={(event) => onChange(event.currentTarget.checked)} />
        Record my finished replies
      </label>
      <p class="muted" data-recording={enabled ? 'on' : 'off'}>
        {enabled ? 'On: each reply you finish adds its counts here.' : 'Off: new replies are not recorded.'}
      </p>
    </div>
  );
}
