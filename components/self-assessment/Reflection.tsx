import { REFLECTION_GUIDANCE, WAYS_TO_IMPROVE, type ReflectionQuestion } from '../../lib/self-assessment/reflection';

interface ReflectionProps {
  questions: ReflectionQuestion[];
}

/** Chapter 004's self-assessment questions, each beside the agent's own number, and ways to work on them. */
export function Reflection({ questions }: ReflectionProps) {
  return (
    <div class="reflection">
      <ol class="reflection__questions">
        {questions.map(({ id, question, yourNumbers }) => (
          <li key={id} data-question-id={id}>
            <p class="reflection__question">{question}</p>
            {yourNumbers && <p class="reflection__numbers muted">{yourNumbers}</p>}
          </li>
        ))}
      </ol>
      <h3>Ways to work on it</h3>
      <ul class="reflection__ways">
        {WAYS_TO_IMPROVE.map((way) => (
          <li key={way}>{way}</li>
        ))}
      </ul>
      <p class="reflection__source muted">Guidance: {REFLECTION_GUIDANCE}</p>
    </div>
  );
}
