/** First node of every graph: decides which items the run is about and loads what is known of them. */
import { preferencesFromRows } from '../../../agents/preferences.js';
import { AppError } from '../../../domain/errors.js';
import { loadStoredAnalyses } from '../../context/load-analyses.js';
import { selectPlanCandidates, selectUnanalysedMail } from '../../context/load-items.js';
import { loadUserAddresses } from '../../context/load-user-context.js';
import type { OrchestratorDeps } from '../../orchestrator-deps.js';
import type { OpsStateType, OpsStateUpdate } from '../state.js';

const PLAN_LOOKBACK_DAYS = 14;

export function loadRunInputNode(deps: OrchestratorDeps) {
  return async (state: OpsStateType): Promise<OpsStateUpdate> => {
    const rows = await deps.prisma.userPreference.findMany({ where: { userId: state.userId } });
    const preferences = preferencesFromRows(rows);
    let itemIds: string[];
    if (state.intent === 'refresh_inbox') {
      itemIds = await selectUnanalysedMail(deps.prisma, state.userId, deps.maxItemsPerRun);
    } else if (state.intent === 'plan_day') {
      const since = new Date(deps.now().getTime() - PLAN_LOOKBACK_DAYS * 86_400_000);
      const user = await deps.prisma.user.findUniqueOrThrow({
        where: { id: state.userId },
        include: { accounts: true },
      });
      const addresses = await loadUserAddresses(deps.prisma, user);
      itemIds = await selectPlanCandidates(deps.prisma, state.userId, since, addresses);
    } else {
      const itemId = state.input.itemId;
      const item = itemId
        ? await deps.prisma.item.findFirst({
            where: { id: itemId, userId: state.userId },
            select: { id: true },
          })
        : null;
      if (!item) throw new AppError('NOT_FOUND', `No item ${itemId ?? '(none given)'} for this user`);
      itemIds = [item.id];
    }
    const stored = await loadStoredAnalyses(deps.prisma, itemIds);
    return { itemIds, preferences, ...stored };
  };
}
