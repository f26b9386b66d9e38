/** The one place the app fetches: same-origin JSON, with errors that say what failed. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (err) {
    throw new Error(`could not fetch ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`${url} is not valid JSON`);
  }
}
