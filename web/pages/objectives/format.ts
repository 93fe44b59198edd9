import type { SoftColor } from '../../components/SoftBadge';
import { AGREEMENT_LABEL, OBJECTIVE_STATE_LABEL, type ObjectiveSummary } from '../../../common/api/objectives';

export const stateLabel = (s: ObjectiveSummary['state']) => OBJECTIVE_STATE_LABEL[s];
export const agreementLabel = (a: ObjectiveSummary['agreement']) => AGREEMENT_LABEL[a];
export const agreementColor = (a: ObjectiveSummary['agreement']): SoftColor =>
  a === 'agreed' ? 'green' : a === 'disputed' ? 'red' : a === 'proposal_pending' ? 'yellow' : 'gray';
export const today = () => new Date().toISOString().slice(0, 10);
