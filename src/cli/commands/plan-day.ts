import { summarisePlan } from '../../agents/planner/summarise-plan.js';
import { ensureLocalUser } from '../../app/local-user.js';
import { openApp } from '../../app/open-app.js';
import { ensureSampleMailbox } from '../../app/sample-bootstrap.js';
import { presentDailyPlan } from '../../bots/presenter/daily-plan.js';
import { plainStyle, renderTerminal } from '../../bots/terminal/render-terminal.js';
import { usageError } from '../cli-error.js';
import { type CommandSpec, loadCliConfig } from '../command-spec.js';

export const planDayCommand: CommandSpec = {
  usage: 'plan-day [--date YYYY-MM-DD]',
  summary: "analyse new mail, then print the day's plan",
  options: { date: { type: 'string' } },
  async run({ values }) {
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw usageError('--date expects YYYY-MM-DD');
    const config = loadCliConfig();
    const app = await openApp(config, { defaultLogLevel: 'warn' });
    try {
      const user = await ensureLocalUser(app.db.prisma, config);
      await ensureSampleMailbox(app, user);
      await app.orchestrator.run(user.id, 'refresh_inbox');
      const outcome = await app.orchestrator.run(user.id, 'plan_day', { date });
      if (!outcome.plan) {
        process.stderr.write(`ops: no plan was made: ${outcome.summary}\n`);
        return 1;
      }
      const proposals = await app.db.prisma.actionProposal.findMany({
        where: { id: { in: outcome.proposalIds } },
        select: { id: true, status: true, version: true },
      });
      const message = presentDailyPlan(
        outcome.plan,
        summarisePlan(outcome.plan),
        new Map(proposals.map((p) => [p.id, p])),
      );
      // One-shot output: no buttons to press here; /plan-day in `ops start` has them.
      message.blocks = message.blocks.filter((b) => b.type !== 'buttons');
      process.stdout.write(`${renderTerminal(message, plainStyle, () => 0)}\n`);
      if (outcome.proposalIds.length) {
        process.stdout.write(
          `\n${outcome.proposalIds.length} block(s) proposed: approve them with \`ops start\` (/pending).\n`,
        );
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};
