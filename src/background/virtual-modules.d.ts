/** The anchor table of every bundled pattern, facts included, made by the build (vite.config.ts) for the background. */
declare module 'virtual:gossip-lens/all-anchors' {
  import type { AnchorData } from '../engine/leading-words';
  const table: Record<string, AnchorData[] | null>;
  export default table;
}
