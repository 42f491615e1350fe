import { createContext, useContext } from 'react';
import type { LinkAccountMessages } from '../messages/LinkAccountMessages';

export interface WidgetContextValue {
  messages: LinkAccountMessages;
  /**
   * Moves focus to an element of a new step or error, but only when the person was already in
   * the widget: a step that changes on its own never pulls focus away from the host's page.
   */
  takeFocus: (element: HTMLElement) => void;
}

/** Per widget instance (never module state): two widgets on a page stay apart. */
export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('Keylink widget parts must be rendered inside <LinkAccount>.');
  return value;
}

export function useMessages(): LinkAccountMessages {
  return useWidget().messages;
}
