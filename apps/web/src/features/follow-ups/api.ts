import type { TFollowUp, TFollowUpCreate, TFollowUpPatch } from '@thinline/shared';
import { http } from '../../lib/http';

export const createFollowUp = (workshopId: string, body: TFollowUpCreate) => http.post<TFollowUp>(`/api/workshops/${encodeURIComponent(workshopId)}/follow-ups`, body);

export const patchFollowUp = (id: string, body: TFollowUpPatch) => http.patch<TFollowUp>(`/api/follow-ups/${encodeURIComponent(id)}`, body);
