/**
 * How each city status looks wherever cities are drawn: a colour from the colour-blind-safe palette and
 * a shape, so two statuses never differ by colour alone. "Adopted" and "label dropped" share a hue
 * (both have a policy) and differ by fill; so do "declined" and "withdrawn".
 */
import type { CityStatus } from '../../data/schemas.ts';
import { PALETTE } from './palette.ts';
import type { MarkShape } from './draw.ts';

export interface StatusStyle {
  readonly color: string;
  readonly shape: MarkShape;
}

export const STATUS_STYLE: Readonly<Record<CityStatus, StatusStyle>> = {
  adopted: { color: PALETTE.blue, shape: 'circle' },
  renamed: { color: PALETTE.blue, shape: 'ring' },
  referred: { color: PALETTE.orange, shape: 'diamond' },
  debated: { color: PALETTE.green, shape: 'triangle' },
  declined: { color: PALETTE.purple, shape: 'square' },
  withdrawn: { color: PALETTE.purple, shape: 'open-square' },
  no_action: { color: PALETTE.grey, shape: 'cross' },
};
