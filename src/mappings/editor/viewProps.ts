import type { OffloadSupport } from '../offload/offloadForm';
import type { MappingIssue } from './checks';
import type { MappingKind, MappingPair, MappingSource, MappingTarget } from './types';

/** What the drawing and the table views both get from the editor. */
export interface MappingViewProps {
  kind: MappingKind;
  sources: MappingSource[];
  targets: MappingTarget[];
  pairs: MappingPair[];
  onChange: (pairs: MappingPair[]) => void;
  issues: MappingIssue[];
  nameOf: (sourceId: string) => string;
  requiredSourceIds: string[];
  readOnly?: boolean;
  /** Storage pairs from vSphere: copy offload form fields per pair. */
  offload?: OffloadSupport;
}
