import type { TTemplate } from '../contracts/workshop.js';
import { DE_VS_MLOPS } from './de-vs-mlops.js';

export { DE_VS_MLOPS } from './de-vs-mlops.js';

/** The built-in templates, in the order a facilitator is offered them. */
export const TEMPLATES: TTemplate[] = [DE_VS_MLOPS];

export function findTemplate(id: string): TTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
