import type { Category } from '../engine/types';

/** How each category looks and reads to the user. Colours hold on light and dark pages; the underline style tells them apart without colour. */
export const CATEGORY_STYLE: Record<Category, { label: string; colour: string; tint: string; underline: 'solid' | 'dashed' | 'dotted' | 'double'; explanation: string }> = {
  'anonymous-source': { label: 'Anonymous source', colour: '#b04ad8', tint: 'rgba(176, 74, 216, 0.22)', underline: 'dashed', explanation: 'Rests on someone the reader cannot identify or check.' },
  'unverified-claim': { label: 'Unverified claim', colour: '#c98a00', tint: 'rgba(230, 170, 20, 0.28)', underline: 'dotted', explanation: 'Hedged, rumoured or insinuated rather than established.' },
  'invented-interview': { label: 'Invented interview', colour: '#1f8fb5', tint: 'rgba(31, 143, 181, 0.22)', underline: 'double', explanation: 'Reads like fiction: scenes and quotes nobody could have recorded.' },
  'fact-contradiction': { label: 'Fact contradiction', colour: '#d43a2f', tint: 'rgba(212, 58, 47, 0.22)', underline: 'solid', explanation: 'Contradicted by the bundled known-facts file.' },
};
