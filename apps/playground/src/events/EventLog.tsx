import type { LoggedEvent } from './useEventLog';

interface EventLogProps {
  events: readonly LoggedEvent[];
  onClear: () => void;
  /** Whether the backend receives keylink-server's webhooks (they join the log). */
  webhooks: boolean;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The widget's events as they happen (what a host would send to its analytics), and the account
 * webhooks Acme's backend received from keylink-server.
 */
export function EventLog({ events, onClear, webhooks }: EventLogProps) {
  return (
    <section className="panel" aria-labelledby="event-log-heading">
      <div className="panel-header">
        <h2 id="event-log-heading">Event log</h2>
        <button
          type="button"
          className="button ghost small"
          onClick={onClear}
          disabled={events.length === 0}
        >
          Clear log
        </button>
      </div>
      <p className="muted">
        Every onEvent, onSuccess and onExit call
        {webhooks ? ", and each account webhook Acme's backend received (signature checked)" : ''},
        newest first.
      </p>
      {/* Focusable so the scrolling log can be read with the keyboard. */}
      <div role="log" aria-label="Event log" className="event-log-frame" tabIndex={0}>
        <ol className="event-log">
          {events.length === 0 ? (
            <li className="muted">Nothing yet: open the widget.</li>
          ) : (
            events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.at.toISOString()}>{timeFormat.format(event.at)}</time>
                <span className="event-source">{event.source}</span>
                <code className="event-type">{event.type}</code>
                {event.detail ? <code className="event-detail">{event.detail}</code> : null}
              </li>
            ))
          )}
        </ol>
      </div>
    </section>
  );
}
