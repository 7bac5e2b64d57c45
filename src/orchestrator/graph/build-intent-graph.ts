/** One LangGraph graph per intent: load the run's input, then its agents in order. */
import type { BaseCheckpointSaver } from '@langchain/langgraph';
import { END, START, StateGraph } from '@langchain/langgraph';
import type { Intent } from '../../agents/agent.js';
import { intentSteps } from '../intent-steps.js';
import type { OrchestratorDeps } from '../orchestrator-deps.js';
import { loadRunInputNode } from './nodes/load-run-input.js';
import { runAgentNode } from './nodes/run-agent-node.js';
import type { OpsStateType, OpsStateUpdate } from './state.js';
import { OpsState } from './state.js';

type Node = (state: OpsStateType) => Promise<OpsStateUpdate>;

/** StateGraph's builder types track node names statically; ours come from a table. */
interface DynamicBuilder {
  addNode(name: string, node: Node): DynamicBuilder;
  addEdge(from: string, to: string): DynamicBuilder;
  compile(options: { checkpointer: BaseCheckpointSaver; name: string }): CompiledIntentGraph;
}

export interface CompiledIntentGraph {
  invoke(
    input: Partial<OpsStateType> | null,
    config: { configurable: { thread_id: string }; durability?: 'sync' | 'async' | 'exit' },
  ): Promise<OpsStateType>;
}

export function buildIntentGraph(
  intent: Intent,
  deps: OrchestratorDeps,
  checkpointer: BaseCheckpointSaver,
): CompiledIntentGraph {
  const builder = new StateGraph(OpsState) as unknown as DynamicBuilder;
  builder.addNode('load', loadRunInputNode(deps));
  let previous = 'load';
  builder.addEdge(START, 'load');
  for (const step of intentSteps[intent]) {
    // Node names must differ from state keys ("safety", "triage" are both).
    const node = `${step}_agent`;
    builder.addNode(node, runAgentNode(step, deps));
    builder.addEdge(previous, node);
    previous = node;
  }
  builder.addEdge(previous, END);
  return builder.compile({ checkpointer, name: intent });
}
