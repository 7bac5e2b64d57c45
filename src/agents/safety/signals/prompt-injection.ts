/**
 * Mail that tries to instruct the assistant reading it. Such text is flagged
 * and never obeyed; the agents fence mail as data in every prompt anyway, this
 * makes the attempt visible to the user. Also catches invisible Unicode "tag"
 * characters, which carry hidden instructions a person cannot see.
 */
const patterns: ReadonlyArray<{ words: readonly string[]; pattern: RegExp; what: string }> = [
  {
    words: ['ignore', 'disregard', 'forget', 'override', 'bypass'],
    pattern:
      /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|these\s+)*(?:previous|prior|above|earlier|preceding|former|original|existing|system)\s+(?:instructions?|prompts?|messages?|rules|directions|guidelines|commands|context)/i,
    what: 'tells the assistant to ignore its instructions',
  },
  {
    words: ['ignore', 'disregard', 'forget'],
    pattern:
      /\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:you(?:'ve| have)? been told|above|before)\b/i,
    what: 'tells the assistant to ignore its instructions',
  },
  {
    words: ['forward'],
    pattern:
      /\bforward\s+(?:all|every|the\s+user'?s?)\s+(?:of\s+(?:the|your|my)\s+)?(?:e-?mails?|mails?|messages?|correspondence|inbox|conversations?|threads?|attachments?)/i,
    what: 'asks the assistant to forward mail',
  },
  {
    words: ['ai', 'llm', 'gpt', 'chatbot', 'language', 'intelligence', 'assistant', 'agent', 'a.i'],
    pattern:
      /\b(?:you are|you're|act as|pretend to be|behave as)\s+(?:now\s+)?(?:an?\s+)?(?:ai|a\.i\.|artificial intelligence|large language model|llm|language model|chatbot|e-?mail assistant|ai assistant|ai agent|gpt)\b/i,
    what: 'addresses the AI assistant directly',
  },
  {
    words: ['ai', 'llm', 'gpt', 'chatbot', 'copilot', 'language', 'assistant', 'agent', 'a.i'],
    pattern:
      /\b(?:dear|hey|hello|attention|note to(?: the)?)\s+(?:ai|a\.i\.|ai assistant|ai agent|llm|language model|chatbot|gpt|copilot)\b/i,
    what: 'addresses the AI assistant directly',
  },
  {
    words: ['ai', 'assistant', 'llm', 'copilot', 'gpt', 'chatgpt', 'claude', 'gemini'],
    pattern:
      /\b(?:ai|ai assistant|assistant|llm|copilot|gpt|chatgpt|claude|gemini)\s*[,:]\s*(?:please\s+)?(?:forward|send|reply|delete|archive|mark|approve|transfer|pay|export|share|reveal|print|output|summari[sz]e|classify|create|schedule|accept)\b/i,
    what: 'gives the AI assistant an order',
  },
  {
    words: ['instruction', 'instructions', 'system', 'im_start', 'endoftext', 'inst'],
    pattern:
      /\b(?:new|updated|real|actual|hidden|secret)\s+(?:system\s+)?instructions?\s*:|\bsystem\s*(?:prompt|message|instructions?)\s*[:=]|<\|?(?:im_start|system|endoftext)\|?>|\[\/?(?:system|inst)\]|<\/?system>|###\s*(?:system|instruction)/i,
    what: 'contains text dressed up as system instructions',
  },
  {
    words: ['user', 'owner', 'recipient', 'human'],
    pattern:
      /\b(?:do not|don't|never)\s+(?:tell|inform|alert|notify|warn|show)\s+(?:the\s+)?(?:user|owner|recipient|human)\b/i,
    what: 'asks the assistant to hide something from you',
  },
  {
    words: ['safe', 'legitimate', 'trusted', 'verified', 'harmless', 'scam', 'phishing'],
    pattern:
      /\b(?:mark|classify|treat|label|flag|consider|report)\s+(?:this|the)\s+(?:e-?mail|message|mail|sender)\s+as\s+(?:safe|legitimate|trusted|not\s+(?:a\s+)?(?:scam|phishing)|verified|harmless)/i,
    what: 'tells the assistant how to classify this mail',
  },
  {
    words: ['prompt', 'instructions', 'secret', 'secrets', 'key'],
    pattern:
      /\b(?:reveal|print|output|repeat|show)\s+(?:your|the)\s+(?:system\s+prompt|instructions|initial prompt|hidden prompt|api key|secrets?)\b/i,
    what: 'asks the assistant to reveal its instructions',
  },
];

/** Unicode tag characters (U+E0000-U+E007F): invisible ASCII look-alikes used to smuggle prompts. */
const tagCharacters = /[\u{E0000}-\u{E007F}]{4,}/u;
const markup = /<\||\[\/?inst\]|<\/?system>|###/;

export interface PromptInjectionFinding {
  detected: boolean;
  reason: string | null;
}

/**
 * `text` is the lower-cased mail text, `words` its distinct words (see
 * MailFacts); a pattern is tried only when one of its key words occurs.
 */
export function detectPromptInjection(text: string, words: ReadonlySet<string>): PromptInjectionFinding {
  const hasMarkup = markup.test(text);
  for (const { words: keys, pattern, what } of patterns) {
    if (!hasMarkup && !keys.some((key) => words.has(key))) continue;
    if (pattern.test(text)) {
      return {
        detected: true,
        reason: `The mail ${what}: a prompt-injection attempt (it will not be obeyed)`,
      };
    }
  }
  if (/[\u{E0000}-\u{E007F}]/u.test(text) && tagCharacters.test(text)) {
    return {
      detected: true,
      reason: 'The mail hides invisible instructions in Unicode tag characters: a prompt-injection attempt',
    };
  }
  return { detected: false, reason: null };
}
