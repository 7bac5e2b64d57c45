import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { silentLogger } from '../logging/logger.js';
import { createLlmClient } from './create-llm-client.js';
import { OpenAiLlmClient } from './openai-llm-client.js';

describe('createLlmClient', () => {
  it('returns undefined without an API key (heuristic mode)', () => {
    expect(createLlmClient({ config: loadConfig({}), logger: silentLogger })).toBeUndefined();
    expect(
      createLlmClient({ config: loadConfig({ LLM_API_KEY: '' }), logger: silentLogger }),
    ).toBeUndefined();
  });

  it('builds the OpenAI-compatible client from the configuration', () => {
    const config = loadConfig({ LLM_API_KEY: 'nvapi-x', LLM_MODEL: 'some/model' });
    const llm = createLlmClient({ config, logger: silentLogger });
    expect(llm).toBeInstanceOf(OpenAiLlmClient);
    expect(llm?.model).toBe('some/model');
    expect(llm?.isAvailable()).toBe(true);
  });
});
