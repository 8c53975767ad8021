import { useAnchorReader } from '../src/engine/leading-words';
import { computingReader } from '../src/engine/anchors/compute';

// The build bundles every pattern's anchors as a table (`__GOSSIP_LENS_ANCHORS__`); the tests run without it.
// Without a reader every pattern would be scanned in full: the tests read patterns as the build does, so that
// indexed matching (and its comparison with a full scan) is tested on real anchors.
useAnchorReader(computingReader);
