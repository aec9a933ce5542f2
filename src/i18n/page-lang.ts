/** The language of the page being rendered, read from its URL (/en/… or /fr/…). */
import { isLang, type Lang } from './locale.ts';

export function langOf(url: URL): Lang {
  const first = url.pathname.split('/')[1];
  return isLang(first) ? first : 'en';
}
