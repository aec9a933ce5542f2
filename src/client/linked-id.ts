/** The id the address's #… names ('' for none, or for a mistyped one such as "#%E0", which names nothing). */
export function linkedId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}
