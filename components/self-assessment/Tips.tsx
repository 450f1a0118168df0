import type { Tip } from '../../lib/self-assessment/tips';

interface TipsProps {
  tips: Tip[];
}

/** One concrete thing to try for each of the agent's most frequent findings. */
export function Tips({ tips }: TipsProps) {
  if (tips.length === 0) return <p class="muted" data-tips="none">Nothing comes up often enough for a tip. Keep doing what you are doing.</p>;
  return (
    <ul class="tips">
      {tips.map((tip) => (
        <li key={tip.id} class="tip" data-tip={tip.id} data-category={tip.category}>
          <p class="tip__title">{tip.title}</p>
          <p class="tip__evidence muted">{tip.evidence}</p>
          <p class="tip__try">{tip.tryThis}</p>
        </li>
      ))}
    </ul>
  );
}
