// "How are you feeling?" on a 1–5 scale; choosing the selected value again clears it.
import { useId } from 'react';

const MOODS = [
  { value: 1, label: 'Very low' },
  { value: 2, label: 'Low' },
  { value: 3, label: 'Okay' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
] as const;

interface MoodCheckProps {
  question: string;
  value: number | null;
  onChange: (mood: number | null) => void;
}

export function MoodCheck({ question, value, onChange }: MoodCheckProps) {
  const questionId = useId();
  return (
    <div className="mood-check" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="mood-question">
        {question}
      </p>
      <div className="mood-scale">
        {MOODS.map((mood) => (
          <button
            key={mood.value}
            type="button"
            className="mood-option"
            aria-pressed={value === mood.value}
            onClick={() => onChange(value === mood.value ? null : mood.value)}
          >
            <span className="mood-number">{mood.value}</span>
            <span className="mood-label">{mood.label}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
