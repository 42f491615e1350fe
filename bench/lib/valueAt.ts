/**
 * The value at a dotted path ("verify.p50Ratio") inside figures read back as `unknown` (JSON a
 * benchmark wrote), or undefined where the path leads nowhere.
 */
export function valueAt(figures: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null && key in value
          ? Reflect.get(value, key)
          : undefined,
      figures,
    );
}
