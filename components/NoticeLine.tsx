import type { Notice } from '../lib/panel/notices';

/**
 * The outcome of the agent's last action (a fix applied, or why it was not). The live region is
 * always in the page, so screen readers announce the text when it appears.
 */
export function NoticeLine({ notice }: { notice: Notice | null }) {
  return (
    <p class={notice ? `notice notice--${notice.tone}` : 'notice notice--empty'} role="status" data-testid="notice" {...(notice ? { 'data-tone': notice.tone } : {})}>
      {notice?.text ?? ''}
    </p>
  );
}
