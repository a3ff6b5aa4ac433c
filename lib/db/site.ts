/**
 * Which hosts belong to one site, by the Public Suffix List (tldts) with its private section on, so hosting
 * services whose customers get sibling subdomains (github.io, readthedocs.io, myshopify.com, the S3 regional
 * endpoints, …) count each customer as a site of its own.
 */
import { parse } from 'tldts';

/**
 * Multi-tenant hosts the Public Suffix List does not list (checked against tldts 7.6): each of their
 * subdomains is a different author. Matched on the registrable domain; `blogspot` under any public suffix too
 * (blogspot.co.uk, blogspot.de, … left the list when they began redirecting to blogspot.com).
 */
const UNLISTED_SHARED_HOSTS = new Set([
  'wordpress.com',
  'substack.com',
  'medium.com',
  'tumblr.com',
  'ghost.io',
  'glitch.me',
  'neocities.org',
  'weebly.com',
  'beehiiv.com',
  'livejournal.com',
  'typepad.com',
  'squarespace.com',
]);

const isIpAddress = (host: string) => /^[\d.]+$/.test(host) || host.startsWith('[') || host.includes(':');

function isUnlistedSharedHost(domain: string, withoutSuffix: string | null): boolean {
  return UNLISTED_SHARED_HOSTS.has(domain) || withoutSuffix === 'blogspot';
}

/**
 * The registrable part of a host ("www.bbc.co.uk" -> "bbc.co.uk", "alice.github.io" -> "alice.github.io",
 * "bucket.s3.eu-west-1.amazonaws.com" stays whole). IP addresses and single-label hosts come back as they are.
 */
export function siteOf(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (isIpAddress(lower)) return lower;
  const { domain, domainWithoutSuffix, subdomain } = parse(lower, { allowPrivateDomains: true });
  if (!domain) return lower;
  if (subdomain && isUnlistedSharedHost(domain, domainWithoutSuffix)) {
    return `${subdomain.split('.').at(-1)}.${domain}`;
  }
  return domain;
}
