// The page is a client of Sitrep's HTTP API: its filters are the API's parameters, read from the page's own URL
// (the search form submits to it), so a view can be bookmarked and shared.

export const FILTERS = ['text', 'type', 'actor', 'country', 'place', 'near', 'from', 'to', 'modality'];

/** The filters in the page's address, without empty ones. */
export function filtersOf(search) {
  const given = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const name of FILTERS) {
    const value = (given.get(name) || '').trim();
    if (value) out.set(name, value);
  }
  return out;
}

/** The filters with some parameters added or replaced. */
export function withParams(filters, extra) {
  const out = new URLSearchParams(filters);
  for (const [k, v] of Object.entries(extra)) out.set(k, String(v));
  return out;
}

/** The JSON answer of an API route; an error answer throws with the API's message. */
export async function get(path, params) {
  const query = params ? params.toString() : '';
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${path} answered ${response.status}`);
  return body;
}

/** The page's address with these filters (for links that narrow the view). */
export function pageUrl(filters) {
  const query = filters.toString();
  return query ? `/?${query}` : '/';
}

/** The article id of an event key ("article-id/V3"). */
export function articleOf(key) {
  return key.slice(0, key.lastIndexOf('/'));
}
