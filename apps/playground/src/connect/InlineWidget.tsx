import { LinkAccount } from '@keylink/react';
import type { ReturnTypeOfWidgetProps } from './types';

/** Placeholder until the widget's props land. */
export function InlineWidget({ props }: { props: ReturnTypeOfWidgetProps }) {
  return <LinkAccount sessionToken={props.sessionToken} serverUrl={props.serverUrl} />;
}
