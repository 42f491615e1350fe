import { useCallback, useRef, useState } from 'react';

export interface LoggedEvent {
  id: number;
  at: Date;
  /** Where it came from: the widget's variant, or the page itself. */
  source: string;
  type: string;
  detail: string;
}

const maxEntries = 200;

/** A list of what the widget reported, newest first, capped so a long session stays light. */
export function useEventLog() {
  const [events, setEvents] = useState<readonly LoggedEvent[]>([]);
  const nextId = useRef(1);

  const log = useCallback((source: string, type: string, detail: unknown = undefined) => {
    const id = nextId.current++;
    setEvents((current) =>
      [{ id, at: new Date(), source, type, detail: describe(detail) }, ...current].slice(
        0,
        maxEntries,
      ),
    );
  }, []);

  const clear = useCallback(() => setEvents([]), []);

  return { events, log, clear };
}

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}
