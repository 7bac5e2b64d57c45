/** The email agent's reading of one important mail. */
export interface MailSummary {
  tldr: string;
  bullets: string[];
}
