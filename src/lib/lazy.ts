/** `load`, run the first time the result is asked for and remembered: a dialog's code loads when it is first opened. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => (loaded ??= load());
}
