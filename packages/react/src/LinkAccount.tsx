import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { createLinkApi } from './api/createLinkApi';
import type {
  LinkAccountOnError,
  LinkAccountOnEvent,
  LinkAccountOnExit,
  LinkAccountOnSuccess,
} from './events';
import { LinkFlow } from './flow/LinkFlow';
import { useFocusTracking } from './flow/useFocusTracking';
import { useIsomorphicLayoutEffect } from './flow/useIsomorphicLayoutEffect';
import { WidgetContext } from './flow/WidgetContext';
import { en } from './locales/en';
import type { LinkAccountLocale } from './messages/LinkAccountLocale';
import type { LinkAccountMessageOverrides } from './messages/LinkAccountMessages';
import { resolveMessages } from './messages/resolveMessages';
import { themeStyle } from './theme/themeStyle';
import type { LinkAccountTheme } from './theme/themeStyle';

export interface LinkAccountProps {
  /** Required. The connect session token the host's backend created (`POST /v1/connect-sessions`). */
  sessionToken: string;
  /** Required. Where keylink-server answers, e.g. `https://keylink.example.com`. */
  serverUrl: string;
  /**
   * Called once the account is linked, as the success screen shows. Every host should pass it:
   * it is how the account id arrives.
   * @default undefined
   */
  onSuccess?: LinkAccountOnSuccess;
  /**
   * Called when the flow ends without linking: the person cancelled, or the session cannot go
   * on (expired, used, locked, not valid).
   * @default undefined
   */
  onExit?: LinkAccountOnExit;
  /**
   * Called for every event, in order (analytics, logs). Events never carry a credential.
   * @default undefined
   */
  onEvent?: LinkAccountOnEvent;
  /**
   * Called for every error the widget shows (it also shows it to the person).
   * @default undefined
   */
  onError?: LinkAccountOnError;
  /**
   * Light, dark or system, and a brand colour.
   * @default { mode: 'system' }
   */
  theme?: LinkAccountTheme;
  /**
   * The language of every text, and its tag for the `lang` attribute and the Accept-Language the
   * widget sends (the provider's guide comes back in the best match, else English). English is
   * built in; import others from their subpath (`fr`, `de`, `es`):
   * `import { fr } from '@keylink/react/locales/fr'`, then `locale={fr}` (a region:
   * `locale={{ ...fr, tag: 'fr-CA' }}`).
   * @default en
   */
  locale?: LinkAccountLocale;
  /**
   * Any of the widget's texts, laid over the locale's (the rest stay the locale's).
   * @default {}
   */
  messages?: LinkAccountMessageOverrides;
  /**
   * Added to the root element's classes, beside `kl-root`.
   * @default undefined
   */
  className?: string;
}

/** Props only the widget's own wrappers use. */
export interface LinkAccountInternalProps extends LinkAccountProps {
  /** Filled with a function that ends the flow as cancelled (the dialog's close). */
  exitRef?: RefObject<(() => void) | null>;
  /** Rendered first inside the root (the dialog's close button), so it shares the theme. */
  toolbar?: ReactNode;
  /** Closes what holds the widget once the account is linked (the dialog's "Done"). */
  onDone?: () => void;
}

/**
 * The Link Account widget, rendered inline. Import `@keylink/react/styles.css` once.
 *
 * @example
 * <LinkAccount
 *   sessionToken={token}
 *   serverUrl="https://keylink.example.com"
 *   onSuccess={({ accountId }) => save(accountId)}
 *   onExit={() => setShowWidget(false)}
 * />
 */
export function LinkAccount(props: LinkAccountProps) {
  return <LinkAccountRoot {...props} />;
}

export function LinkAccountRoot(props: LinkAccountInternalProps) {
  const { sessionToken, serverUrl, theme, locale = en, messages: overrides, className } = props;
  // One client per widget instance, never the host's: nothing shared between two widgets.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
      }),
  );
  const { rootRef, onFocus, onBlur, takeFocus } = useFocusTracking();
  const messages = useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
  const context = useMemo(() => ({ messages, takeFocus }), [messages, takeFocus]);
  const language = locale.tag;
  const api = useMemo(
    () => createLinkApi({ serverUrl, sessionToken, language }),
    [serverUrl, sessionToken, language],
  );
  const brandColor = theme?.brandColor;
  const look = themeStyle(theme);

  // Set with setProperty rather than a style attribute: server-rendered markup then carries no
  // inline style for a strict Content-Security-Policy to block.
  useIsomorphicLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const { properties } = themeStyle({ brandColor });
    for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(properties)) root.style.removeProperty(name);
    };
  }, [brandColor, rootRef]);

  return (
    <QueryClientProvider client={queryClient}>
      <WidgetContext.Provider value={context}>
        <section
          ref={rootRef}
          className={className ? `${look.className} ${className}` : look.className}
          aria-label={messages.widgetLabel}
          lang={locale.tag}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {props.toolbar}
          <LinkFlow
            key={`${serverUrl}\n${sessionToken}`}
            api={api}
            callbacks={props}
            exitRef={props.exitRef}
            onDone={props.onDone}
          />
        </section>
      </WidgetContext.Provider>
    </QueryClientProvider>
  );
}
