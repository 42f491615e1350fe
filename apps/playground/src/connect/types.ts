import type { widgetProps } from './widgetProps';

export type ReturnTypeOfWidgetProps = ReturnType<typeof widgetProps>;
