import type { Notice } from '../lib/panel/notices';

/** The outcome of the agent's last action (a fix applied, or why it was not), shown where it happened. */
export function NoticeLine({ notice }: { notice: Notice }) {
  return (
    <p class={`notice notice--${notice.tone}`} data-testid="notice" data-tone={notice.tone}>
      {notice.text}
    </p>
  );
}

/**
 * The same words for screen readers: a live region always in the page (one added with its text is
 * not reliably announced), wherever the visible notice is.
 */
export function NoticeAnnouncer({ notice }: { notice: Notice | null }) {
  return (
    <p class="visually-hidden" role="status">
      {notice?.text ?? ''}
    </p>
  );
}
