/**
 * Triage quality on real mail (`npm run bench triage-quality`): needs_reply
 * against hand-labelled requests, meeting detection (category "meeting" or a
 * calendar proposal from the event agent) against labelled meeting mail, and
 * the category confusion, per DEV / TEST split. Heuristic mode, no LLM.
 *
 *   node --import tsx bench/triage-quality.bench.ts --list dev   # DEV rows, for tuning
 */
import { pathToFileURL } from 'node:url';
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

export async function run(): Promise<BenchResult> {
  const rows = await scoreAll();
  return {
    name: 'Triage quality on labelled Enron mail (heuristic mode)',
    lines: [
      ...splitLines(rows, 'dev'),
      ...splitLines(rows, 'test'),
      // Labelled after round 1 froze the heuristics: held out whatever their hash split.
      ...splitLines(
        rows.filter((r) => r.mail.set === 'fresh').map((r) => ({ ...r, mail: { ...r.mail, split: 'test' } })),
        'test',
        'FRESH (DEV+TEST, labelled after round 1)',
      ),
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
  else for (const line of (await run()).lines) console.log(line);
}
