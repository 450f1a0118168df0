import type { ComponentChildren } from 'preact';

interface EmptyStateProps {
  title: string;
  children?: ComponentChildren;
}

/** A calm message where findings would be: no editor, an empty draft, or nothing to improve. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div class="empty" role="status">
      <p class="empty__title">{title}</p>
      {children && <div class="empty__body">{children}</div>}
    </div>
  );
}
