/** Which text-layer policy applies: the one asked for, else SARABAN_TEXT_LAYER, else auto. */
import { TextLayerPolicy } from '../../schemas/index.js';

export const TEXT_LAYER_VARIABLE = 'SARABAN_TEXT_LAYER';

export function resolveTextLayerPolicy(requested?: string, environment: NodeJS.ProcessEnv = process.env): TextLayerPolicy {
  const raw = requested ?? (environment[TEXT_LAYER_VARIABLE] || undefined) ?? 'auto';
  const policy = TextLayerPolicy.safeParse(raw);
  if (!policy.success) {
    const source = requested === undefined ? TEXT_LAYER_VARIABLE : '--text-layer';
    throw new RangeError(`${source} must be one of ${TextLayerPolicy.options.join(', ')}, got "${raw}"`);
  }
  return policy.data;
}
