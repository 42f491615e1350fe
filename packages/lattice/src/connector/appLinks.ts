import type { Link, ProviderDescriptor } from '@keylink/contract';
import { latticeRegions } from '../regions';

/**
 * Where people sign in to Lattice, for the guide's links, from the connector's configuration:
 * an explicit `appUrl` wins; a base URL of one of Lattice's API hosts gives that region's app;
 * any other base URL (the sandbox, a Lattice-compatible fake) serves its console under /app.
 *
 * @example
 * latticeAppUrl({}) // 'https://app.latticehq.com'
 * latticeAppUrl({ baseUrl: 'http://127.0.0.1:4010' }) // 'http://127.0.0.1:4010/app'
 */
export function latticeAppUrl(options: { baseUrl?: string; appUrl?: string }): string {
  if (options.appUrl !== undefined) return options.appUrl.replace(/\/+$/, '');
  if (options.baseUrl === undefined) return latticeRegions.us.appUrl;
  // The client resolves /v1/… against the base URL's origin, so only the origin matters here.
  const origin = URL.canParse(options.baseUrl) ? new URL(options.baseUrl).origin : 'null';
  // A base URL that is no web address fails every call anyway; the guide still links somewhere real.
  if (!/^https?:\/\//.test(origin)) return latticeRegions.us.appUrl;
  const region = Object.values(latticeRegions).find((r) => r.baseUrl === origin);
  return region?.appUrl ?? `${origin}/app`;
}

/**
 * The descriptor with its links into Lattice's app (written for app.latticehq.com) pointed at
 * `appUrl`, paths kept. Works on any language's descriptor: only URLs change, never text.
 */
export function withAppLinks(descriptor: ProviderDescriptor, appUrl: string): ProviderDescriptor {
  const home = latticeRegions.us.appUrl;
  if (appUrl === home) return descriptor;
  const point = <T extends { link?: Link }>(item: T): T => {
    const { link } = item;
    if (link === undefined || new URL(link.url).origin !== home) return item;
    return { ...item, link: { ...link, url: `${appUrl}${link.url.slice(home.length)}` } };
  };
  return {
    ...descriptor,
    notices: descriptor.notices.map(point),
    guide: descriptor.guide.map(point),
  };
}
