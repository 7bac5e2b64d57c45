/** What the safety agent decides about one item or one proposal. */
export type RiskLevel = 'low' | 'medium' | 'high';

export interface SafetyVerdict {
  isScam: boolean;
  riskLevel: RiskLevel;
  /** Human-readable, one line each ("Reply-To goes to a different domain than From"). */
  reasons: string[];
  /** The mail tries to instruct the assistant; its text must never be obeyed. */
  promptInjection: boolean;
  /** Internal score behind the verdict, for measurement and tuning. */
  score: number;
}

export interface ProposalRisk {
  riskLevel: RiskLevel;
  reasons: string[];
}
