/**
 * Triage quality on real mail (`npm run bench triage-quality`): needs_reply
 * against hand-labelled requests, meeting detection (category "meeting" or a
 * calendar proposal from the event agent) against labelled meeting mail, and
 * the category confusion, per DEV / TEST split. Heuristic mode, no LLM.
 *
 *   node --import tsx bench/triage-quality.bench.ts --list dev   # DEV rows, for tuning
 *   node --import tsx bench/triage-quality.bench.ts --ham        # unlabelled ham guard only
 */
import { pathToFileURL } from 'node:url';
import { scoreHam } from './triage-quality/ham.js';
import { type LabelledMail, loadLabelledMail } from './triage-quality/labels.js';
import { type PipelineResult, runPipeline } from './triage-quality/pipeline.js';
import { confusion, formatBinary, formatConfusion, scoreBinary } from './triage-quality/scoring.js';
import type { BenchResult } from './types.js';

interface Row {
  mail: LabelledMail;
  result: PipelineResult;
}

export function meetingDetected(result: PipelineResult): boolean {
  return result.category === 'meeting' || result.eventProposal;
}

async function scoreAll(): Promise<Row[]> {
  const mails = loadLabelledMail();
  const rows: Row[] = [];
  for (const [index, mail] of mails.entries())
    rows.push({ mail, result: await runPipeline(mail.raw, index) });
  return rows;
}

function splitLines(rows: Row[], split: 'dev' | 'test', name = split.toUpperCase()): string[] {
  const mine = rows.filter((r) => r.mail.split === split);
  const requests = mine.filter((r) => r.mail.request).length;
  const meetings = mine.filter((r) => r.mail.meeting).length;
  const reply = scoreBinary(mine.map((r) => ({ expected: r.mail.request, predicted: r.result.needsReply })));
  const meeting = scoreBinary(
    mine.map((r) => ({ expected: r.mail.meeting, predicted: meetingDetected(r.result) })),
  );
  const proposals = scoreBinary(
    mine.map((r) => ({ expected: r.mail.meeting, predicted: r.result.eventProposal })),
  );
  const categories = confusion(
    mine.map((r) => ({ expected: r.mail.category, predicted: r.result.category })),
  );
  const right = mine.filter((r) => r.mail.category === r.result.category).length;
  return [
    `${name}: ${mine.length} messages (${requests} requests, ${meetings} meeting mails)`,
    `${name} needs_reply on requests: ${formatBinary(reply)}`,
    `${name} meeting detected (category or proposal): ${formatBinary(meeting)}`,
    `${name} create_calendar_event proposals alone: ${formatBinary(proposals)}`,
    `${name} category agreement ${right}/${mine.length}; expected → predicted: ${formatConfusion(categories).join('; ')}`,
    `${name} flagged as scam: ${mine.filter((r) => r.result.isScam).length}`,
  ];
}

/** Both halves of one or more label sets, reported as one block. */
function setLines(rows: Row[], sets: LabelledMail['set'][], name: string): string[] {
  return splitLines(
    rows.filter((r) => sets.includes(r.mail.set)).map((r) => ({ ...r, mail: { ...r.mail, split: 'test' } })),
    'test',
    name,
  );
}

function roundTwo(rows: Row[]): Row[] {
  return rows.filter((r) => r.mail.set === 'round2' || r.mail.set === 'modern');
}

async function hamLines(): Promise<string[]> {
  const lines: string[] = [];
  for (const split of ['dev', 'test'] as const) {
    const ham = await scoreHam(split);
    lines.push(
      `SpamAssassin ham ${split.toUpperCase()} (unlabelled 2002 lists, newsletters, personal mail): ` +
        `needs_reply ${ham.needsReply}/${ham.messages}, meeting detected ${ham.meeting}/${ham.messages}`,
    );
  }
  return lines;
}

export async function run(): Promise<BenchResult> {
  const rows = await scoreAll();
  return {
    name: 'Triage quality on labelled Enron and modern mail (heuristic mode)',
    lines: [
      ...splitLines(rows, 'dev'),
      ...splitLines(rows, 'test'),
      // Labelled after round 1 froze the heuristics: held out whatever their hash split.
      ...setLines(rows, ['fresh'], 'FRESH (DEV+TEST, labelled after round 1)'),
      // Labelled in round 2 before any heuristic ran on them; their DEV half was then tuned on.
      ...setLines(rows, ['round2', 'modern'], 'ROUND2 (DEV+TEST, labelled in round 2)'),
      ...splitLines(roundTwo(rows), 'dev', 'ROUND2 DEV'),
      ...splitLines(roundTwo(rows), 'test', 'ROUND2 TEST'),
      ...setLines(rows, ['modern'], 'MODERN (2018-2025 mail only)'),
      ...(await hamLines()),
    ],
  };
}

/** One line per DEV message that the heuristics get wrong, for tuning without looking at TEST. */
async function listDev(): Promise<void> {
  const rows = (await scoreAll()).filter((r) => r.mail.split === 'dev');
  for (const line of splitLines(rows, 'dev')) console.log(line);
  for (const { mail, result } of rows) {
    const replyWrong = mail.request !== result.needsReply;
    const meetingWrong = mail.meeting !== meetingDetected(result);
    if (!replyWrong && !meetingWrong && mail.category === result.category) continue;
    const marks =
      [replyWrong ? 'REPLY' : '', meetingWrong ? 'MEETING' : ''].filter(Boolean).join('+') || 'cat';
    console.log(
      `${marks.padEnd(13)} ${mail.file}: want reply=${mail.request} meeting=${mail.meeting} ${mail.category}; ` +
        `got reply=${result.needsReply} ${result.category}${result.eventProposal ? ' +proposal' : ''} [${result.reasons.join('; ')}]`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args[0] === '--list' && args[1] === 'dev') await listDev();
  else if (args[0] === '--ham') for (const line of await hamLines()) console.log(line);
  else for (const line of (await run()).lines) console.log(line);
}
