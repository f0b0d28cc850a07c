// "Go to date": the list jumps to the newest entry on or before the chosen day; "Newest" returns to the top.
import { useState } from 'react';

interface GoToDateProps {
  anchor: string | null;
  onGo: (day: string | null) => void;
}

export function GoToDate({ anchor, onGo }: GoToDateProps) {
  const [day, setDay] = useState(anchor ?? '');
  return (
    <form
      className="go-to-date"
      onSubmit={(event) => {
        event.preventDefault();
        if (day) onGo(day);
      }}
    >
      <label>
        Go to date
        <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
      </label>
      <button type="submit" className="button button-quiet button-small" disabled={!day}>
        Go
      </button>
      {anchor && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDay('');
            onGo(null);
          }}
        >
          Newest
        </button>
      )}
    </form>
  );
}
