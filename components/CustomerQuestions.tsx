import type { Listening } from '../lib/engine/types';

interface CustomerQuestionsProps {
  questions: Listening['questions'];
}

/** "The customer asked": each question or request, answered by the reply yet or not. */
export function CustomerQuestions({ questions }: CustomerQuestionsProps) {
  if (questions.length === 0) return null;
  return (
    <section class="checklist" aria-labelledby="customer-asked">
      <h2 id="customer-asked">The customer asked</h2>
      <ul>
        {questions.map((question) => (
          <li key={question.start} class={question.answered ? 'done' : 'open'} data-question="" data-answered={String(question.answered)}>
            <span class="checklist__mark" aria-hidden="true">
              {question.answered ? '✓' : '○'}
            </span>
            <span class="visually-hidden">{question.answered ? 'Answered: ' : 'Not answered yet: '}</span>
            <q>{question.text}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
