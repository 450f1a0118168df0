import type { Listening } from '../lib/engine/types';

interface FollowUpChecklistProps {
  topics: Listening['topics'];
}

/** "They will probably need next": each topic's anticipated needs, covered by the reply or not yet. */
export function FollowUpChecklist({ topics }: FollowUpChecklistProps) {
  if (topics.length === 0) return null;
  return (
    <section class="checklist" aria-labelledby="need-next">
      <h2 id="need-next">They will probably need next</h2>
      {topics.map((topic) => (
        <div key={topic.ruleId} class="checklist__topic" data-checklist-topic={topic.topic}>
          <h3>{topic.label}</h3>
          <ul>
            {topic.needs.map((need) => (
              <li key={need.id} class={need.covered ? 'done' : 'open'} data-need={need.id} data-covered={String(need.covered)}>
                <span class="checklist__mark" aria-hidden="true">
                  {need.covered ? '✓' : '○'}
                </span>
                <span class="visually-hidden">{need.covered ? 'Covered: ' : 'Not yet: '}</span>
                {need.label}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
